import type { CheckOptions } from '../check';
import { checkDocument, documentKindOf, type DocumentKind } from '../checkDocument';
import type { Finding } from '../types';
import type { ParsedSource } from './facts/parsedSource';
import { pageFactsFrom, type PageFacts } from './siteCheck';

export interface CheckedPage {
  readonly findings: Finding[];
  readonly facts: PageFacts;
}

/**
 * Checks one page of the site and gathers what the cross-page checks need from it, from one parse: the facts are
 * read from the tree the page check built (half the cost of a Markdown page was its second parse).
 */
export function checkWithFacts(text: string, options: CheckOptions & { readonly kind?: DocumentKind; readonly path: string }): CheckedPage {
  const kind = options.kind ?? documentKindOf(options.path) ?? 'html';
  let parsed: ParsedSource | undefined;
  const findings = checkDocument(text, {
    ...options,
    kind,
    onParsed: (source) => {
      parsed = source;
      options.onParsed?.(source);
    },
  });
  return { findings, facts: pageFactsFrom(text, { ...options, kind }, parsed) };
}
