import { check, type CheckOptions } from './check';
import { checkMarkdown } from './markdown/checkMarkdown';
import type { Finding } from './types';

export type DocumentKind = 'html' | 'markdown';

const markdownExtensions = ['.md', '.markdown'];
const htmlExtensions = ['.html', '.htm', '.njk', '.liquid', '.hbs', '.handlebars'];

/** Which checker reads a file, by its extension; undefined for files Content Bridge does not check. */
export function documentKindOf(path: string): DocumentKind | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot === -1) return undefined;
  const extension = name.slice(dot);
  if (markdownExtensions.includes(extension)) return 'markdown';
  if (htmlExtensions.includes(extension)) return 'html';
  return undefined;
}

/**
 * Checks one file as HTML or as Markdown: `kind` when given, otherwise by the extension of `options.path`,
 * otherwise as HTML.
 */
export function checkDocument(text: string, options: CheckOptions & { readonly kind?: DocumentKind } = {}): Finding[] {
  const kind = options.kind ?? (options.path === undefined ? undefined : documentKindOf(options.path)) ?? 'html';
  return kind === 'markdown' ? checkMarkdown(text, options) : check(text, options);
}
