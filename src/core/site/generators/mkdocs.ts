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
