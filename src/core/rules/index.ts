import type { Rule } from './rule';
import { documentTitle } from './document-title';
import { imageAlt } from './image-alt';
import { metaDescription } from './meta-description';
import { ariaAndMarkupRules } from './sets/aria-and-markup';
import { brokenMarkupRules } from './sets/broken-markup';
import { frontMatterRules } from './sets/front-matter';
import { formLanguageStructureRules } from './sets/forms-language-structure';
import { imageAndNameRules } from './sets/images-and-names';
import { searchRules } from './sets/search';
import { tableLinkContentRules } from './sets/tables-links-content';
import { markdownlintRules } from '../markdown/markdownlint/readerRules';
import { siteRules } from '../site/rules';

/** Every rule, in the order findings are listed when they share a position. */
export const allRules: readonly Rule[] = [
  documentTitle,
  metaDescription,
  ...frontMatterRules,
  ...searchRules,
  imageAlt,
  ...imageAndNameRules,
  ...formLanguageStructureRules,
  ...ariaAndMarkupRules,
  ...tableLinkContentRules,
  ...brokenMarkupRules,
];

/**
 * Every check a user can configure, document or ask "Why this matters" about: ours, the markdownlint checks we
 * enable (markdownlint runs those, not runRules) and the cross-page checks (checkCrossPage runs those).
 */
export const configurableRules: readonly Rule[] = [...allRules, ...markdownlintRules, ...siteRules];

const rulesById = new Map(configurableRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string | undefined): Rule | undefined {
  return id === undefined ? undefined : rulesById.get(id);
}

export type { Rule, RuleContext, RuleOptions, Problem } from './rule';
