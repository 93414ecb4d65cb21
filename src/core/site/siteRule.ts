import type { Rule, RuleOptions } from '../rules/rule';
import type { FactSpan } from './siteCheck';
import type { SiteModel } from './siteModel';

/** A cross-page problem, on the page that has it, at the exact place (a reference, a title). */
export interface SiteProblem {
  readonly path: string;
  readonly message: string;
  readonly at: FactSpan;
}

export interface SiteRuleContext {
  readonly site: SiteModel;
  readonly options: RuleOptions;
  report(problem: SiteProblem): void;
}

/**
 * A check across pages. It is a Rule too (metadata, config, docs, "Why this matters"), whose check on one page does
 * nothing: it runs on the whole site's facts in checkCrossPage.
 */
export interface SiteRule extends Rule {
  checkSite(context: SiteRuleContext): void;
}

/** The one-page check of a cross-page rule: nothing to do on a page alone. */
export function noPageCheck(): void {
  // Cross-page rules run in checkCrossPage.
}

/** "news/a.html", "news/a.html and news/b.html", "news/a.html, news/b.html and 3 more pages". */
export function namePages(paths: readonly string[]): string {
  const shown = paths.slice(0, 2).map((path) => `"${path}"`);
  if (paths.length <= 2) return shown.join(' and ');
  const more = paths.length - 2;
  return `${shown.join(', ')} and ${more} more page${more === 1 ? '' : 's'}`;
}
