import type { SiteGenerator } from './generator';
import { astroAddresses, astroFileAddress, astroRoutes } from './generators/astro';
import { docusaurusAddresses, docusaurusFileAddress, docusaurusRoutes } from './generators/docusaurus';
import { mkdocsAddresses, mkdocsFileAddress } from './generators/mkdocs';
import type { RoutePattern } from './generators/routes';
import { applyPermalinkPattern, eleventyPermalink, jekyllPermalinkPattern, urlize } from './permalinks';
import type { SiteLanguages, SiteSettings } from './siteSettings';

/**
 * Where a file of the site is published: the web address paths (`/posts/hello/`) a reader uses to reach it, worked
 * out from the file's place in the repository and the site generator's conventions. Addresses are compared through
 * `addressKey`, so `/about`, `/about/` and `/about/index.html` are the same page.
 */

/** Front matter that changes a page's address, as written (see PageFacts.addressHints). */
export type AddressHints = Readonly<Record<string, string>>;

const pageExtensions = ['.html', '.htm', '.md', '.markdown', '.njk', '.liquid', '.hbs', '.handlebars'];

/**
 * The addresses of a page (its first one is where relative links on it are resolved from). `hints` may also hold
 * the page's `title`, which permalink patterns use; `settings` are the generator's site-wide address settings.
 */
export function pageAddresses(path: string, generator: SiteGenerator, hints: AddressHints = {}, settings: SiteSettings = {}): string[] {
  const fixed = fixedAddress(path, hints, generator);
  const addresses = fixed === undefined ? derivedAddresses(path, generator, hints, settings) : [fixed];
  for (const alias of splitList(hints['aliases'])) addresses.push(alias.startsWith('/') ? alias : `/${alias}`);
  return addresses;
}

/**
 * The address of a file that is not read as a page (an image, a PDF, a stylesheet; an Astro or MDX page, whose
 * address comes from its path only), or undefined when it is not published.
 */
export function fileAddress(path: string, generator: SiteGenerator, settings: SiteSettings = {}): string | undefined {
  if (generator === 'astro') return astroFileAddress(path);
  if (generator === 'docusaurus') return docusaurusFileAddress(path);
  if (generator === 'mkdocs') return mkdocsFileAddress(path, settings);
  const stripped = stripPublishedRoot(path, generator);
  return stripped === undefined ? undefined : `/${stripped}`;
}

/**
 * Whether a page needs no links from other pages: the generator itself links it from a list it builds (Docusaurus's
 * docs sidebar and blog list, an Astro content collection, listed by the site's code, which is not read; every
 * MkDocs page when mkdocs.yml has no `nav` of its own), or the generator does not publish it at all (Astro's `_`).
 */
export function needsNoLinks(path: string, generator: SiteGenerator, settings: SiteSettings = {}): boolean {
  if (generator === 'docusaurus') return path.startsWith('docs/') || path.startsWith('blog/');
  if (generator === 'astro') return path.startsWith('src/content/') || (path.startsWith('src/pages/') && path.includes('/_'));
  if (generator === 'mkdocs') return settings.ownNav !== true;
  return false;
}

/** Addresses the generator builds from code, not from one file (dynamic routes, blog lists, tag pages). */
export function generatedRoutes(files: readonly string[], generator: SiteGenerator): RoutePattern[] {
  if (generator === 'astro') return astroRoutes(files);
  if (generator === 'docusaurus') return docusaurusRoutes(files);
  return [];
}

/**
 * The form two addresses are compared in: percent-escapes decoded, `.` and `..` resolved, a trailing `index.html`
 * and a trailing slash removed (`/` stays). Query and fragment must already be split off.
 */
export function addressKey(address: string): string {
  const segments = pathSegments(address);
  if (endsInIndexFile(segments)) segments.pop();
  return `/${segments.join('/')}`;
}

/** `repositoryPath(path)` and `addressKey(path)` at once, the path read once. */
export function pathKeys(path: string): { fileKey: string; addressKey: string } {
  const segments = pathSegments(path);
  const fileKey = segments.join('/');
  if (!endsInIndexFile(segments)) return { fileKey, addressKey: `/${fileKey}` };
  segments.pop();
  return { fileKey, addressKey: `/${segments.join('/')}` };
}

/** A folder's own page, which its address stands for without the file name. */
function endsInIndexFile(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1];
  return last === 'index.html' || last === 'index.htm';
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

function fixedAddress(path: string, hints: AddressHints, generator: SiteGenerator): string | undefined {
  let permalink: string | undefined = hints['permalink'] ?? (generator === 'hugo' ? hints['url'] : undefined);
  if (generator === 'eleventy' && permalink?.includes('{{')) permalink = eleventyPermalink(permalink, stripFolder(path, 'src/'), hints['title']);
  if (permalink === undefined || permalink === '' || permalink === 'false' || permalink.includes(':') || permalink.includes('{')) return undefined;
  // Jekyll's style names (`permalink: pretty`) are patterns, not addresses.
  if (generator === 'jekyll' && jekyllPermalinkPattern(permalink) !== permalink) return undefined;
  return permalink.startsWith('/') ? permalink : `/${permalink}`;
}

function derivedAddresses(path: string, generator: SiteGenerator, hints: AddressHints, settings: SiteSettings): string[] {
  const extension = pageExtensionOf(path) ?? '';
  const withoutExtension = path.slice(0, path.length - extension.length);
  const slash = withoutExtension.lastIndexOf('/');
  const folder = withoutExtension.slice(0, slash + 1);
  const name = withoutExtension.slice(slash + 1);
  switch (generator) {
    case 'hugo':
      return hugoAddresses(folder, name, hints, settings);
    case 'jekyll':
      return jekyllAddresses(folder, name, hints, settings);
    case 'eleventy':
      return prettyAddresses(stripFolder(folder, 'src/'), name, hints['slug']);
    case 'astro':
      return astroAddresses(folder, name, hints);
    case 'docusaurus':
      return docusaurusAddresses(folder, name, hints);
    case 'mkdocs':
      return mkdocsAddresses(folder, name, settings);
    case 'plain':
      return plainAddresses(path, folder, name);
  }
}

/**
 * `content/posts/hello.md` → `/posts/hello/`; `_index.md` and page bundles' `index.md` are their folder. A section's
 * `[permalinks]` pattern places its pages; other languages than the default one are under `/<code>/`, found by their
 * content folder (`contentDir`) or by the code in the file name (`hello.fr.md`).
 */
function hugoAddresses(folder: string, fileName: string, hints: AddressHints, settings: SiteSettings): string[] {
  const { language, inContent, name } = hugoLanguageOf(folder, fileName, settings.languages);
  const languages = settings.languages;
  const prefix = languages && language !== undefined && (language !== languages.defaultLanguage || languages.defaultInSubdir) ? `/${language}` : '';
  if (name === '_index') return [`${prefix}/${inContent}`];
  const sections = inContent.split('/').filter((part) => part !== '');
  const isBundle = name === 'index';
  const pattern = sections.length > 0 ? settings.permalinks?.[sections[0]] : undefined;
  if (pattern !== undefined) {
    const baseName = isBundle ? (sections[sections.length - 1] ?? '') : name;
    const title = hints['title'] === undefined ? undefined : urlize(hints['title']);
    const slug = hints['slug'] ? urlize(hints['slug']) : undefined;
    const address = applyPermalinkPattern(pattern, {
      ...dateValues(hints['date']),
      title,
      slug: slug ?? title,
      slugorfilename: slug ?? baseName,
      slugorcontentbasename: slug ?? baseName,
      filename: baseName,
      contentbasename: baseName,
      section: sections[0],
      sections: (isBundle ? sections.slice(0, -1) : sections).join('/'),
    });
    if (address !== undefined) return [`${prefix}${address.startsWith('/') ? address : `/${address}`}`];
  }
  if (isBundle) return [`${prefix}/${inContent}`];
  return [`${prefix}/${inContent}${hints['slug'] || name}/`];
}

/** The page's language (undefined on a site with one language), its folder inside its content folder, and its name without the language. */
function hugoLanguageOf(folder: string, fileName: string, languages: SiteLanguages | undefined): { language?: string; inContent: string; name: string } {
  if (!languages) return { inContent: stripFolder(folder, 'content/'), name: fileName };
  let language: string | undefined;
  let inContent: string | undefined;
  for (const code of languages.codes) {
    const contentDir = languages.contentDirs[code];
    if (contentDir !== undefined && folder.startsWith(`${contentDir}/`)) {
      language = code;
      inContent = folder.slice(contentDir.length + 1);
      break;
    }
  }
  let name = fileName;
  const dot = fileName.lastIndexOf('.');
  if (dot > 0 && languages.codes.includes(fileName.slice(dot + 1))) {
    language = fileName.slice(dot + 1);
    name = fileName.slice(0, dot);
  }
  return { language: language ?? languages.defaultLanguage, inContent: inContent ?? stripFolder(folder, 'content/'), name };
}

/** `:year`, `:month`, `:day` and the rest from a page's `date` (`2024-05-01…`); none when it has no date. */
function dateValues(date: string | undefined): Record<string, string> {
  const match = date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return {};
  const [, year, month, day] = match;
  return {
    year,
    month,
    day,
    short_year: year.slice(2),
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    monthname: monthNames[Number(month) - 1] ?? month,
  };
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Posts by date (`/2024/05/01/hello.html`, under their categories: folders above `_posts` and the page's own), or by
 * the site's or the page's `permalink` style or pattern; other pages keep their path with `.html`, or a pattern of
 * their own.
 */
function jekyllAddresses(folder: string, name: string, hints: AddressHints, settings: SiteSettings): string[] {
  const folders = folder.split('/').filter((part) => part !== '');
  const postsAt = folders.indexOf('_posts');
  const post = postsAt === -1 ? undefined : datedName(name);
  const ownPattern = hints['permalink'] === undefined ? undefined : jekyllPermalinkPattern(hints['permalink']);
  const pagePattern = ownPattern !== undefined && (ownPattern.includes(':') || ownPattern !== hints['permalink']) ? ownPattern : undefined;
  if (post) {
    const { year, month, day, title } = post;
    const categories = [...folders.slice(0, postsAt), ...splitList(hints['categories'] ?? hints['category'])].map((category) => category.toLowerCase());
    const slug = hints['slug'] || title;
    const pattern = pagePattern ?? jekyllPermalinkPattern(settings.permalink ?? 'date');
    const address = applyPermalinkPattern(pattern, {
      ...dateValues(`${year}-${month}-${day}`),
      title: slug,
      slug,
      name,
      categories: categories.join('/'),
      output_ext: '.html',
    });
    if (address !== undefined) return withHtmlVariant(address);
    const prefix = categories.length === 0 ? '/' : `/${categories.join('/')}/`;
    return [`${prefix}${year}/${month}/${day}/${slug}.html`, `${prefix}${year}/${month}/${day}/${slug}/`];
  }
  if (pagePattern !== undefined) {
    const address = applyPermalinkPattern(pagePattern, { path: folders.join('/'), basename: name, output_ext: '.html', title: name, slug: name, name });
    if (address !== undefined) return withHtmlVariant(address);
  }
  if (name === 'index') return [`/${folder}`];
  return [`/${folder}${name}.html`, `/${folder}${name}/`];
}

/** An address ending in `.html` is also served without it (GitHub Pages and most hosts do). */
function withHtmlVariant(address: string): string[] {
  return address.endsWith('.html') ? [address, address.slice(0, -'.html'.length)] : [address];
}

/** `2024-05-01-hello` → its date and title (Jekyll posts, Docusaurus blog posts). */
function datedName(name: string): { year: string; month: string; day: string; title: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(name);
  return match ? { year: match[1], month: match[2], day: match[3], title: match[4] } : undefined;
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
    case 'docusaurus':
    case 'mkdocs':
      return undefined;
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
