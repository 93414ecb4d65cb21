import type { SiteGenerator } from './generator';

/**
 * What a file is to the site: a `page` readers visit, or a `layout` (layouts, includes, partials, shortcodes,
 * components) that builds pages. Page-level checks (title, description, language, viewport, sharing tags, one
 * main heading) do not run on layouts; element checks do.
 */
export type FileRole = 'page' | 'layout';

/** The role of a file from its site-relative path (forward slashes) and the site generator's conventions. */
export function fileRoleOf(_sitePath: string, _generator: SiteGenerator): FileRole {
  return 'page';
}
