import type { PageFacts, TextFact } from './siteCheck';
import { namePages, type SiteRuleContext } from './siteRule';

/**
 * Reports every page whose text (title or description) another page also has, on that text. Compared without
 * letter case and extra spaces; empty texts and texts written by template code are other checks' business.
 */
export function reportDuplicates(context: SiteRuleContext, textOf: (page: PageFacts) => TextFact | undefined, message: (others: string) => string): void {
  const byText = new Map<string, PageFacts[]>();
  for (const page of context.site.pages) {
    if (page.role !== 'page') continue;
    const fact = textOf(page);
    if (!fact) continue;
    const key = comparableText(fact);
    if (key === '') continue;
    const group = byText.get(key);
    if (group) group.push(page);
    else byText.set(key, [page]);
  }
  for (const group of byText.values()) {
    if (group.length < 2) continue;
    for (const page of group) {
      const others = group.filter((other) => other !== page).map((other) => other.path);
      context.report({ path: page.path, message: message(namePages(others)), at: textOf(page)! });
    }
  }
}

/** Kept per text fact, so re-checking the site after one change compares the other pages' texts without redoing them. */
const comparable = new WeakMap<TextFact, string>();

function comparableText(fact: TextFact): string {
  let key = comparable.get(fact);
  if (key === undefined) {
    key = fact.text.replace(/\s+/g, ' ').trim().toLowerCase();
    comparable.set(fact, key);
  }
  return key;
}
