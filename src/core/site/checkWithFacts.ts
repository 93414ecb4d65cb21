import { check, type CheckOptions } from '../check';
import { documentKindOf, type DocumentKind } from '../checkDocument';
import { checkMarkdownPages } from '../markdown/checkMarkdown';
import type { Finding } from '../types';
import type { ParsedSource } from './facts/parsedSource';
import { pageFactsFrom, type PageFacts } from './siteCheck';

export interface CheckedPage {
  readonly findings: Finding[];
  readonly facts: PageFacts;
}

export type PageWithFactsOptions = CheckOptions & { readonly kind?: DocumentKind; readonly path: string };

/**
 * Checks one page of the site and gathers what the cross-page checks need from it, from one parse: the facts are
 * read from the tree the page check built (half the cost of a Markdown page was its second parse).
 */
export function checkWithFacts(text: string, options: PageWithFactsOptions): CheckedPage {
  return checkPagesWithFacts([{ text, options }])[0]!;
}

/**
 * Several pages, each exactly as `checkWithFacts` checks it, in their order: the Markdown pages among them are
 * checked together (checkMarkdownPages), which costs less than one at a time.
 */
export function checkPagesWithFacts(pages: readonly { readonly text: string; readonly options: PageWithFactsOptions }[]): CheckedPage[] {
  const parsed: (ParsedSource | undefined)[] = pages.map(() => undefined);
  const withKind = pages.map(({ text, options }, index) => {
    const kind = options.kind ?? documentKindOf(options.path) ?? 'html';
    const onParsed = (source: ParsedSource) => {
      parsed[index] = source;
      options.onParsed?.(source);
    };
    return { text, options: { ...options, kind, onParsed } };
  });
  const findings: Finding[][] = [];
  const markdown = withKind.flatMap((page, index) => (page.options.kind === 'markdown' ? [index] : []));
  const markdownFindings = checkMarkdownPages(markdown.map((index) => withKind[index]!));
  markdown.forEach((index, position) => (findings[index] = markdownFindings[position]!));
  withKind.forEach((page, index) => {
    if (page.options.kind !== 'markdown') findings[index] = check(page.text, page.options);
  });
  return withKind.map((page, index) => ({ findings: findings[index]!, facts: pageFactsFrom(page.text, page.options, parsed[index]) }));
}
