import type { SiteGenerator } from './generator';

/**
 * What a file is to the site: a `page` readers visit, or a `layout` (layouts, includes, partials, shortcodes,
 * components) that builds pages. Page-level checks (title, description, language, viewport, sharing tags, one
 * main heading) do not run on layouts; element checks do.
 */
export type FileRole = 'page' | 'layout';

/**
 * Folders that hold layouts, includes, partials and components, per generator (site-relative, no slashes at the
 * ends). A `*` matches one folder name (Hugo themes). Eleventy's are its default `_includes` and `_layouts`, also
 * under its usual input folders `src/` and `site/`.
 */
const layoutFolders: Readonly<Record<SiteGenerator, readonly string[]>> = {
  hugo: ['layouts', 'themes/*/layouts'],
  jekyll: ['_layouts', '_includes'],
  eleventy: ['_includes', '_layouts', 'src/_includes', 'src/_layouts', 'site/_includes', 'site/_layouts'],
  astro: ['src/layouts', 'src/components'],
  docusaurus: ['src/theme', 'src/components'],
  mkdocs: ['overrides', 'theme'],
  plain: [],
};

/** Folder names that hold pieces of pages on any site. */
const commonLayoutFolderNames = new Set(['includes', 'partials', '_partials', 'layouts', '_layouts', '_includes']);

/** The role of a file from its site-relative path (forward slashes) and the site generator's conventions. */
export function fileRoleOf(sitePath: string, generator: SiteGenerator): FileRole {
  const folders = sitePath
    .replace(/^\.?\//, '')
    .split('/')
    .slice(0, -1);
  if (folders.some((folder) => commonLayoutFolderNames.has(folder))) return 'layout';
  for (const pattern of layoutFolders[generator]) {
    if (startsWithFolders(folders, pattern.split('/'))) return 'layout';
  }
  return 'page';
}

function startsWithFolders(folders: readonly string[], pattern: readonly string[]): boolean {
  if (folders.length < pattern.length) return false;
  return pattern.every((part, index) => part === '*' || part === folders[index]);
}
