import type { Rule } from '../rule';
import { frontMatterDescription } from '../front-matter-description';
import { frontMatterDraft } from '../front-matter-draft';
import { frontMatterImage } from '../front-matter-image';
import { frontMatterNoindex } from '../front-matter-noindex';
import { frontMatterSyntax } from '../front-matter-syntax';
import { frontMatterTitle } from '../front-matter-title';

/** Rules that read the page settings at the top of the file (front matter), in the order findings are listed. */
export const frontMatterRules: readonly Rule[] = [
  frontMatterSyntax,
  frontMatterTitle,
  frontMatterDescription,
  frontMatterImage,
  frontMatterNoindex,
  frontMatterDraft,
];
