import type { SiteGenerator } from './generator';

/**
 * Where a file of the site is published: the web address paths (`/posts/hello/`) a reader uses to reach it, worked
 * out from the file's place in the repository and the site generator's conventions. Addresses are compared through
 * `addressKey`, so `/about`, `/about/` and `/about/index.html` are the same page.
 */

/** Front matter that changes a page's address, as written (see PageFacts.addressHints). */
export type AddressHints = Readonly<Record<string, string>>;

const pageExtensions = ['.html', '.htm', '.md', '.markdown', '.njk', '.liquid', '.hbs', '.handlebars'];

/** The addresses of a page (its first one is where relative links on it are resolved from). */
export function pageAddresses(path: string, generator: SiteGenerator, hints: AddressHints = {}): string[] {
  const fixed = fixedAddress(hints, generator);
  const addresses = fixed === undefined ? derivedAddresses(path, generator, hints) : [fixed];
  for (const alias of splitList(hints['aliases'])) addresses.push(alias.startsWith('/') ? alias : `/${alias}`);
  return addresses;
}

/** The address of a file that is not a page (an image, a PDF, a stylesheet), or undefined when it is not published. */
export function fileAddress(path: string, generator: SiteGenerator): string | undefined {
  const stripped = stripPublishedRoot(path, generator);
  return stripped === undefined ? undefined : `/${stripped}`;
}

/**
 * The form two addresses are compared in: percent-escapes decoded, `.` and `..` resolved, a trailing `index.html`
 * and a trailing slash removed (`/` stays). Query and fragment must already be split off.
 */
export function addressKey(address: string): string {
  const segments = pathSegments(address);
  const last = segments[segments.length - 1];
  if (last === 'index.html' || last === 'index.htm') segments.pop();
  return `/${segments.join('/')}`;
}

/** A file's path in the repository from a path relative to the root: escapes decoded, `.` and `..` resolved. */
export function repositoryPath(path: string): string {
  return pathSegments(path).join('/');
}

function pathSegments(address: string): string[] {
  const segments: string[] = [];
  for (const raw of decodeAddress(address).split('/')) {
    if (raw === '' || raw === '.') continue;
    if (raw === '..') segments.pop();
    else segments.push(raw);
  }
  return segments;
}

/** The folder a relative address on the page at `pageAddress` starts from (`/posts/hello/` → itself; `/a/b.html` → `/a/`). */
export function addressFolder(pageAddress: string): string {
  return pageAddress.slice(0, pageAddress.lastIndexOf('/') + 1);
}

/** Percent-escapes decoded; an address with a broken escape is compared as written. */
export function decodeAddress(address: string): string {
  if (!address.includes('%')) return address;
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/** A page extension, or undefined for other files. */
export function pageExtensionOf(path: string): string | undefined {
  const lower = path.toLowerCase();
  return pageExtensions.find((extension) => lower.endsWith(extension));
}

function fixedAddress(hints: AddressHints, generator: SiteGenerator): string | undefined {
  const permalink = hints['permalink'] ?? (generator === 'hugo' ? hints['url'] : undefined);
  if (permalink === undefined || permalink === '' || permalink === 'false' || permalink.includes(':')) return undefined;
  return permalink.startsWith('/') ? permalink : `/${permalink}`;
}

function derivedAddresses(path: string, generator: SiteGenerator, hints: AddressHints): string[] {
  const extension = pageExtensionOf(path) ?? '';
  const withoutExtension = path.slice(0, path.length - extension.length);
  const slash = withoutExtension.lastIndexOf('/');
  const folder = withoutExtension.slice(0, slash + 1);
  const name = withoutExtension.slice(slash + 1);
  switch (generator) {
    case 'hugo':
      return hugoAddresses(folder, name, hints);
    case 'jekyll':
      return jekyllAddresses(folder, name, hints);
    case 'eleventy':
      return prettyAddresses(stripFolder(folder, 'src/'), name, hints['slug']);
    case 'astro':
      return astroAddresses(folder, name, hints);
    case 'docusaurus':
      return docusaurusAddresses(folder, name, hints);
    case 'mkdocs':
      return prettyAddresses(stripFolder(folder, 'docs/'), name === 'README' ? 'index' : name, undefined);
    case 'plain':
      return plainAddresses(path, folder, name);
  }
}

/** `content/posts/hello.md` → `/posts/hello/`; `_index.md` and page bundles' `index.md` are their folder. */
function hugoAddresses(folder: string, name: string, hints: AddressHints): string[] {
  const inContent = stripFolder(folder, 'content/');
  if (name === '_index' || name === 'index') return [`/${inContent}`];
  return [`/${inContent}${hints['slug'] || name}/`];
}

/** Posts by date (`/2024/05/01/hello.html`, under their categories); other pages keep their path with `.html`. */
function jekyllAddresses(folder: string, name: string, hints: AddressHints): string[] {
  const post = folder.split('/').includes('_posts') ? datedName(name) : undefined;
  if (post) {
    const { year, month, day, title } = post;
    const categories = splitList(hints['categories'] ?? hints['category']).join('/');
    const prefix = categories === '' ? '/' : `/${categories}/`;
    const slug = hints['slug'] || title;
    return [`${prefix}${year}/${month}/${day}/${slug}.html`, `${prefix}${year}/${month}/${day}/${slug}/`];
  }
  if (name === 'index') return [`/${folder}`];
  return [`/${folder}${name}.html`, `/${folder}${name}/`];
}

/** `2024-05-01-hello` → its date and title (Jekyll posts, Docusaurus blog posts). */
function datedName(name: string): { year: string; month: string; day: string; title: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(name);
  return match ? { year: match[1], month: match[2], day: match[3], title: match[4] } : undefined;
}

/** `src/pages/about.md` → `/about/`; content collections (`src/content/blog/x.md`) → `/blog/x/`. */
function astroAddresses(folder: string, name: string, hints: AddressHints): string[] {
  const inPages = stripFolder(stripFolder(folder, 'src/pages/'), 'src/content/');
  return prettyAddresses(inPages, name, hints['slug']);
}

/** Docs under `/docs/`, blog posts by date under `/blog/`, `src/pages` at the top; `slug` and `id` change it. */
function docusaurusAddresses(folder: string, name: string, hints: AddressHints): string[] {
  const slug = hints['slug'];
  if (slug?.startsWith('/')) {
    const base = folder.startsWith('blog/') ? '/blog' : folder.startsWith('docs/') ? '/docs' : '';
    return [`${base}${slug}`];
  }
  const post = folder.startsWith('blog/') ? datedName(name) : undefined;
  if (post) return [`/blog/${post.year}/${post.month}/${post.day}/${slug || post.title}`];
  const inPages = stripFolder(folder, 'src/pages/');
  const page = name === 'README' || name === 'index' ? 'index' : slug || hints['id'] || name;
  return prettyAddresses(inPages, page, undefined);
}

/** Every page its own folder: `about.md` → `/about/`, `index.md` → its folder. */
function prettyAddresses(folder: string, name: string, slug: string | undefined): string[] {
  if (name === 'index') return [`/${folder}`];
  return [`/${folder}${slug || name}/`];
}

/** Served as written, and without the extension (as most hosts serve `about.html` for `/about`). */
function plainAddresses(path: string, folder: string, name: string): string[] {
  if (name === 'index') return [`/${folder}`];
  const lower = path.toLowerCase();
  const published = lower.endsWith('.md') || lower.endsWith('.markdown') ? `/${folder}${name}.html` : `/${path}`;
  return [published, `/${folder}${name}`];
}

/** The path below the folder the generator publishes files from, or undefined for files it does not publish. */
function stripPublishedRoot(path: string, generator: SiteGenerator): string | undefined {
  switch (generator) {
    case 'hugo':
      if (path.startsWith('static/')) return path.slice('static/'.length);
      if (path.startsWith('content/')) return path.slice('content/'.length);
      return path.startsWith('assets/') ? path : undefined;
    case 'jekyll':
      return path.split('/').some((part, index, parts) => index < parts.length - 1 && part.startsWith('_')) ? undefined : path;
    case 'eleventy':
      return path.startsWith('src/') ? path.slice('src/'.length) : path;
    case 'astro':
      if (path.startsWith('public/')) return path.slice('public/'.length);
      return path.startsWith('src/') ? undefined : path;
    case 'docusaurus':
      if (path.startsWith('static/')) return path.slice('static/'.length);
      return path;
    case 'mkdocs':
      return path.startsWith('docs/') ? path.slice('docs/'.length) : undefined;
    case 'plain':
      return path;
  }
}

function stripFolder(folder: string, prefix: string): string {
  return folder.startsWith(prefix) ? folder.slice(prefix.length) : folder;
}

/** A front matter list as the hints hold it: one item a line (or, for a single string, separated by spaces). */
function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(value.includes('\n') ? '\n' : ' ')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
