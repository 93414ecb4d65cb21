import type { Rule } from './rule';
import { documentTitle } from './document-title';
import { imageAlt } from './image-alt';
import { metaDescription } from './meta-description';

/** Every rule, in the order findings are listed when they share a position. */
export const allRules: readonly Rule[] = [documentTitle, metaDescription, imageAlt];

const rulesById = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string | undefined): Rule | undefined {
  return id === undefined ? undefined : rulesById.get(id);
}

export type { Rule, RuleContext, Problem } from './rule';
