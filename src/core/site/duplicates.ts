import type { TextFact } from './siteCheck';
import { namePages, type SiteRuleContext } from './siteRule';

/**
 * Reports the page's title or description when another page also has it, on that text. Compared without letter
 * case and extra spaces (the model groups the pages); empty texts and texts written by template code are other
 * checks' business.
 */
export function reportDuplicate(context: SiteRuleContext, kind: 'title' | 'description', message: (others: string) => string): void {
  const others = context.site.sameText(kind, context.page);
  if (others.length === 0) return;
  const at: TextFact = context.page[kind]!;
  context.report({ message: message(namePages(others.map((other) => other.path))), at });
}
