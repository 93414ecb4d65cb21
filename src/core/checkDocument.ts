import { check, type CheckOptions } from './check';
import { checkMarkdown } from './markdown/checkMarkdown';
import type { Finding } from './types';
import { documentKindOf, type DocumentKind } from './documentKind';

export { documentKindOf, type DocumentKind } from './documentKind';

/**
 * Checks one file as HTML or as Markdown: `kind` when given, otherwise by the extension of `options.path`,
 * otherwise as HTML.
 */
export function checkDocument(text: string, options: CheckOptions & { readonly kind?: DocumentKind } = {}): Finding[] {
  const kind = options.kind ?? (options.path === undefined ? undefined : documentKindOf(options.path)) ?? 'html';
  return kind === 'markdown' ? checkMarkdown(text, options) : check(text, options);
}
