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
