import type { SiteSettings } from '../siteSettings';

/**
 * MkDocs's addresses (https://www.mkdocs.org/user-guide/writing-your-docs/): the pages in `docs_dir` (`docs/` unless
 * mkdocs.yml says otherwise), `index.md` or `README.md` as their folder's page; with `use_directory_urls` (the default)
 * `about.md` is at `/about/`, without it at `/about.html`.
 */

export function mkdocsDocsDir(settings: SiteSettings): string {
  return `${settings.docsDir ?? 'docs'}/`;
}

export function mkdocsAddresses(folder: string, name: string, settings: SiteSettings): string[] {
  const docsDir = mkdocsDocsDir(settings);
  if (!folder.startsWith(docsDir) && docsDir !== './') return [];
  const inDocs = docsDir === './' ? folder : folder.slice(docsDir.length);
  const isIndex = name === 'index' || name === 'README';
  if (settings.useDirectoryUrls === false) return [isIndex ? `/${inDocs}index.html` : `/${inDocs}${name}.html`];
  return [isIndex ? `/${inDocs}` : `/${inDocs}${name}/`];
}

/** A file in `docs_dir` is published at its path there; files outside it are not published. */
export function mkdocsFileAddress(path: string, settings: SiteSettings): string | undefined {
  const docsDir = mkdocsDocsDir(settings);
  if (docsDir === './') return `/${path}`;
  return path.startsWith(docsDir) ? `/${path.slice(docsDir.length)}` : undefined;
}

/**
 * The entries of mkdocs.yml's `nav`: each a file in `docs_dir` (`user-guide/writing.md`) or a web address, with the
 * title as its key. Strings are collected in the file's order with an explicit stack (a nav can nest deeply).
 */
export function mkdocsNavEntries(values: unknown): string[] {
  const nav = typeof values === 'object' && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>)['nav'] : undefined;
  const entries: string[] = [];
  const stack: unknown[] = [nav];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.trim() !== '') entries.push(value.trim());
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push(value[index]);
    } else if (typeof value === 'object' && value !== null) {
      const items = Object.values(value as Record<string, unknown>);
      for (let index = items.length - 1; index >= 0; index--) stack.push(items[index]);
    }
  }
  return entries;
}
