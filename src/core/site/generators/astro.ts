import { routeFromPath, type RoutePattern } from './routes';
import { githubSlug, segmentsOf, trimSlashes } from './slugs';

/**
 * Astro's addresses (https://docs.astro.build/en/guides/routing/): every file in `src/pages/` is a page at its path
 * (`about.md` → `/about/`, `index` → its folder; names starting with `_` are not pages); a content collection's entry
 * (`src/content/blog/first-post.md`) is published by a dynamic route, usually at `/<collection>/<slug>/`, its slug
 * from `slug` in its page settings or its path made into a slug. The site's own `astro.config.*` is code and is not
 * read, so `build.format: 'file'` is covered by also counting `/about.html`.
 */

const pagesFolder = 'src/pages/';
const contentFolder = 'src/content/';

/** Kinds of files Astro makes pages of, that Content Bridge does not read (their addresses come from the path only). */
const unreadPageExtensions = ['.astro', '.mdx', '.mdoc'];
/** Endpoints (`rss.xml.js`) are published at their name without the script extension. */
const endpointExtensions = ['.js', '.ts', '.mjs', '.mts'];

/** The addresses of a page Content Bridge reads (Markdown or HTML), from its folder and name without extension. */
export function astroAddresses(folder: string, name: string, hints: Readonly<Record<string, string>>): string[] {
  if (folder.startsWith(pagesFolder)) return pageRoute(folder.slice(pagesFolder.length), name) ?? [];
  if (folder.startsWith(contentFolder)) {
    const [collection, ...inCollection] = segmentsOf(folder.slice(contentFolder.length));
    if (collection === undefined) return [];
    const slug = hints['slug'] ? trimSlashes(hints['slug']) : entrySlug([...inCollection, name]);
    return [slug === '' ? `/${collection}/` : `/${collection}/${slug}/`];
  }
  return [];
}

/** The address of a file that is not read as a page: a page or endpoint in `src/pages`, or a file in `public/`. */
export function astroFileAddress(path: string): string | undefined {
  if (path.startsWith('public/')) return `/${path.slice('public/'.length)}`;
  if (!path.startsWith(pagesFolder)) return undefined;
  const inPages = path.slice(pagesFolder.length);
  const slash = inPages.lastIndexOf('/');
  const folder = inPages.slice(0, slash + 1);
  const fileName = inPages.slice(slash + 1);
  const extension = [...unreadPageExtensions, ...endpointExtensions].find((candidate) => fileName.endsWith(candidate));
  if (extension === undefined) return undefined;
  const name = fileName.slice(0, -extension.length);
  if (endpointExtensions.includes(extension)) return isPrivate(folder, name) || name.includes('[') ? undefined : `/${folder}${name}`;
  return pageRoute(folder, name)?.[0];
}

/**
 * The dynamic routes among the site's files (`[tag].astro`, `[...slug].astro`), as patterns. A route straight below
 * a folder named like a content collection (`src/pages/blog/[...slug].astro` with `src/content/blog/`) publishes that
 * collection, whose entries have addresses of their own: it is left out, so a link to a missing post is still found.
 */
export function astroRoutes(files: readonly string[]): RoutePattern[] {
  const collections = new Set<string>();
  for (const file of files) if (file.startsWith(contentFolder)) collections.add(segmentsOf(file.slice(contentFolder.length))[0] ?? '');
  const routes: RoutePattern[] = [];
  for (const file of files) {
    if (!file.startsWith(pagesFolder)) continue;
    const segments = segmentsOf(file.slice(pagesFolder.length));
    const fileName = segments.pop() ?? '';
    const dot = fileName.lastIndexOf('.');
    const name = dot <= 0 ? fileName : fileName.slice(0, dot);
    if (isPrivate(segments.join('/'), name)) continue;
    const route = routeFromPath(name === 'index' ? segments : [...segments, name]);
    if (!route) continue;
    const firstDynamic = route.findIndex((part) => part === '*' || part === '**');
    if (firstDynamic === 1 && collections.has(route[0])) continue;
    routes.push(route);
  }
  return routes;
}

/** A file in `src/pages` at `folder` (below src/pages, with its slash) and `name`: its addresses, none when private or dynamic. */
function pageRoute(folder: string, name: string): string[] | undefined {
  if (isPrivate(folder, name) || folder.includes('[') || name.includes('[')) return undefined;
  if (name === 'index') return [`/${folder}`];
  return [`/${folder}${name}/`, `/${folder}${name}.html`];
}

/** Files and folders whose names start with `_` are not pages in Astro. */
function isPrivate(folder: string, name: string): boolean {
  return name.startsWith('_') || segmentsOf(folder).some((segment) => segment.startsWith('_'));
}

/** An entry's slug from its path in the collection: each segment made a slug, a final `index` dropped. */
function entrySlug(segments: readonly string[]): string {
  const slugs = segments.map(githubSlug);
  if (slugs[slugs.length - 1] === 'index') slugs.pop();
  return slugs.join('/');
}
