import type { Rule } from '../rule';

/** Rules of this group, in the order findings are listed when they share a position. */
export const tableLinkContentRules: readonly Rule[] = [];
