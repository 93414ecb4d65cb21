import type { Rule, RuleOptions } from '../rules/rule';
import type { FactSpan, PageFacts } from './siteCheck';
import type { SiteDependency, SiteModel } from './siteModel';

/** A cross-page problem on the page being checked, at the exact place (a reference, a title). */
export interface SiteProblem {
  readonly message: string;
  readonly at: FactSpan;
}

export interface SiteRuleContext {
  readonly site: SiteModel;
  /** The page to report on (one of `site.pages`). */
  readonly page: PageFacts;
  readonly options: RuleOptions;
  report(problem: SiteProblem): void;
}

/**
 * A check across pages. It is a Rule too (metadata, config, docs, "Why this matters"), whose check on one page alone
 * does nothing: checkCrossPage runs `checkSitePage` on a page with the whole site's model at hand, and after one
 * change only on the pages whose findings `dependsOn` says can have changed, so the rule must read nothing else.
 */
export interface SiteRule extends Rule {
  /** Besides the page itself, what the findings read: see SiteDependency. */
  readonly dependsOn: SiteDependency;
  checkSitePage(context: SiteRuleContext): void;
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
