import type { RoutePattern } from './routes';
import { segmentsOf, withoutNumberPrefix } from './slugs';

/**
 * Docusaurus's addresses with its standard settings (https://docusaurus.io/docs/create-doc, /docs/blog): docs under
 * `/docs/`, each at its path without order numbers (`01-intro.md` → `intro`), `id` in its page settings replacing
 * its name, `slug` replacing the address (from `/docs/` when it starts with `/`, else from its folder); a folder's
 * `index.md`, `README.md` or `<folder>/<folder>.md` is the folder's own page. Blog posts under `/blog/`, by the date
 * in their file or folder name (`2024-05-01-hello.md` → `/blog/2024/05/01/hello`), or their `slug`. `src/pages` at
 * the top. `docusaurus.config.js` is code and is not read, so other `routeBasePath` settings are not followed.
 */

const unreadPageExtensions = ['.mdx', '.js', '.jsx', '.ts', '.tsx'];

export function docusaurusAddresses(folder: string, name: string, hints: Readonly<Record<string, string>>): string[] {
  const slug = hints['slug']?.trim() || undefined;
  if (folder.startsWith('docs/')) return [docAddress(segmentsOf(folder.slice('docs/'.length)), name, hints['id']?.trim() || undefined, slug)];
  if (folder.startsWith('blog/')) return [blogAddress(segmentsOf(folder.slice('blog/'.length)), name, slug)];
  if (folder.startsWith('src/pages/')) return pageAddress(folder.slice('src/pages/'.length), name);
  return [];
}

/** The address of a file that is not read as a page: an MDX doc or post, a page written in code, a static file. */
export function docusaurusFileAddress(path: string): string | undefined {
  if (path.startsWith('static/')) return `/${path.slice('static/'.length)}`;
  const extension = unreadPageExtensions.find((candidate) => path.endsWith(candidate));
  if (extension === undefined) return path.startsWith('src/') ? undefined : `/${path}`;
  const withoutExtension = path.slice(0, -extension.length);
  const slash = withoutExtension.lastIndexOf('/');
  const folder = withoutExtension.slice(0, slash + 1);
  const name = withoutExtension.slice(slash + 1);
  if (extension === '.mdx' && !folder.startsWith('src/')) return docusaurusAddresses(folder, name, {})[0];
  return folder.startsWith('src/pages/') ? pageAddress(folder.slice('src/pages/'.length), name)[0] : undefined;
}

/** The pages Docusaurus builds itself: the blog's list, its pages, archive, authors and tags; the docs' tags and category pages. */
export function docusaurusRoutes(files: readonly string[]): RoutePattern[] {
  const routes: RoutePattern[] = [];
  if (files.some((file) => file.startsWith('blog/')))
    routes.push(['blog'], ['blog', 'page', '**'], ['blog', 'archive'], ['blog', 'tags', '**'], ['blog', 'authors', '**']);
  if (files.some((file) => file.startsWith('docs/'))) routes.push(['docs', 'tags', '**'], ['docs', 'category', '**']);
  routes.push(['search']);
  return routes;
}

function docAddress(folders: readonly string[], name: string, id: string | undefined, slug: string | undefined): string {
  const folderPath = folders.map(withoutNumberPrefix).join('/');
  const base = folderPath === '' ? '/docs/' : `/docs/${folderPath}/`;
  if (slug !== undefined) return slug.startsWith('/') ? `/docs${slug}` : `${base}${slug}`;
  const fileName = withoutNumberPrefix(name);
  const lower = fileName.toLowerCase();
  const isFolderIndex =
    lower === 'index' || lower === 'readme' || (folders.length > 0 && lower === withoutNumberPrefix(folders[folders.length - 1]).toLowerCase());
  if (isFolderIndex && id === undefined) return base;
  return `${base}${id ?? fileName}`;
}

function blogAddress(folders: readonly string[], name: string, slug: string | undefined): string {
  if (slug !== undefined) return `/blog${slug.startsWith('/') ? slug : `/${slug}`}`;
  // The folder form: blog/2024-05-01-hello/index.md is the post of its folder.
  const parts = name === 'index' && folders.length > 0 ? [...folders] : [...folders, name];
  const last = parts.pop() ?? '';
  const dated = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(last);
  if (dated) return `/blog/${[...parts, dated[1], dated[2], dated[3], dated[4]].join('/')}`;
  return `/blog/${[...parts, last].join('/')}`;
}

function pageAddress(folder: string, name: string): string[] {
  if (name.startsWith('_') || segmentsOf(folder).some((segment) => segment.startsWith('_'))) return [];
  if (name === 'index') return [`/${folder}`];
  return [`/${folder}${name}`];
}
