import { pageAddresses, type AddressHints } from '../site/addresses';
import { applyPermalinkPattern, jekyllPermalinkPattern } from '../site/permalinks';
import type { SiteGenerator } from '../site/generator';
import { configuredDevServerPort, jekyllSitePermalink, type DevServerSettings } from './devServerPort';
import { readFrontMatter } from '../frontMatter/frontMatter';
import { addressHintsOf } from '../site/facts/pageFactsParts';

/**
 * Built pages: the preview can show a page as the site's own development server builds it. These are the pure
 * parts: which command starts the server, which address it serves on, and where a file is on it.
 */

/** How to start a site's development server, and where it will answer. */
export interface DevServer {
  /** The shell command, run in the site's folder. */
  readonly command: string;
  /**
   * The port it serves on: the one the site's settings choose, else the generator's usual one; passed in the command
   * where the generator allows. The server's output may name another (a busy port), which then wins.
   */
  readonly port: number;
  /** Who builds the pages, as people call it ("Eleventy", "npm run dev"). */
  readonly builtBy: string;
  /** The generator whose address conventions apply. */
  readonly generator: SiteGenerator;
  /** Jekyll: the site-wide permalink style of `_config.yml`, which decides the pages' addresses. */
  readonly sitePermalink?: string;
}

/** The port each generator's server uses unless told otherwise. */
export const defaultDevServerPorts: Readonly<Partial<Record<SiteGenerator, number>>> = {
  hugo: 1313,
  jekyll: 4000,
  eleventy: 8080,
  astro: 4321,
  docusaurus: 3000,
  mkdocs: 8000,
};

/** Where a server started from a package.json script of unknown kind is looked for first. */
const scriptDefaultPort = 3000;

/**
 * The command that starts the site's development server, or undefined when the site has none we know how to start.
 * A generator's own server wins; a package.json `dev` (then `start`) script is used for other sites. The port is the
 * one the site's settings give (`settings`: its configuration files' text), else the generator's usual one.
 */
export function devServerFor(
  generator: SiteGenerator,
  packageScripts: Readonly<Record<string, unknown>> = {},
  settings: Omit<DevServerSettings, 'scripts'> = {},
): DevServer | undefined {
  const script = ['dev', 'start'].find((name) => typeof packageScripts[name] === 'string');
  const port = configuredDevServerPort(generator, { ...settings, scripts: packageScripts }, script) ?? defaultDevServerPorts[generator] ?? scriptDefaultPort;
  switch (generator) {
    case 'hugo':
      return { command: `hugo server --port ${port}`, port, builtBy: 'Hugo', generator };
    case 'jekyll': {
      const sitePermalink = settings.jekyllConfig === undefined ? undefined : jekyllSitePermalink(settings.jekyllConfig);
      return { command: `bundle exec jekyll serve --port ${port}`, port, builtBy: 'Jekyll', generator, ...(sitePermalink ? { sitePermalink } : {}) };
    }
    case 'eleventy':
      return { command: `npx --no-install @11ty/eleventy --serve --port=${port}`, port, builtBy: 'Eleventy', generator };
    case 'astro':
      return { command: `npm run dev -- --port ${port}`, port, builtBy: 'Astro', generator };
    default: {
      if (!script) return undefined;
      return { command: `npm run ${script}`, port, builtBy: `npm run ${script}`, generator };
    }
  }
}

/**
 * The address of a file on the development server (`http://localhost:8080/posts/hello/`), from its path inside the
 * site folder; undefined for a file the server does not publish as a page (a layout, an include).
 */
export function builtPageAddress(pathInSite: string, server: Pick<DevServer, 'port' | 'generator'>, hints: AddressHints = {}): string | undefined {
  if (isUnpublishedPart(pathInSite)) return undefined;
  const [address] = pageAddresses(pathInSite, server.generator, hints);
  if (address === undefined) return undefined;
  return `http://localhost:${server.port}${address.startsWith('/') ? address : `/${address}`}`;
}

/** What the preview's toolbar says in built mode: "Built by Eleventy at localhost:8080". */
export function builtModeLabel(server: Pick<DevServer, 'builtBy' | 'port'>): string {
  return `Built by ${server.builtBy} at localhost:${server.port}`;
}

/** Layouts, includes and data (`_includes/`, `_layouts/`, `layouts/`, `_data/`) are parts of pages, not pages. */
function isUnpublishedPart(path: string): boolean {
  const folders = path.split('/').slice(0, -1);
  return folders.some((folder) => folder === '_includes' || folder === '_layouts' || folder === '_data' || folder === 'layouts' || folder === 'node_modules');
}

/**
 * The address of a page on the development server, following its page settings as the generator does: Jekyll and
 * Eleventy `permalink` (Jekyll's `:title`-style placeholders filled in), Hugo `url` and `slug`, and Jekyll's
 * site-wide `permalink` style (`sitePermalink`: `pretty`, `date`, `none` or a pattern from `_config.yml`). Undefined
 * for a file the server does not publish as a page: a layout, or `permalink: false`. A permalink written with template
 * code (`{{ page.fileSlug }}`) cannot be worked out here, so the folder-based address is used.
 */
export function builtPageAddressFromSettings(
  pathInSite: string,
  pageText: string,
  server: Pick<DevServer, 'port' | 'generator' | 'sitePermalink'>,
): string | undefined {
  const sitePermalink = server.sitePermalink;
  const hints: Record<string, string> = { ...addressHintsOf(readFrontMatter(pageText)) };
  const permalink = hints['permalink'];
  if (permalink === 'false' && (server.generator === 'eleventy' || server.generator === 'jekyll')) return undefined;
  if (permalink !== undefined && (permalink.includes('{{') || permalink.includes('{%'))) delete hints['permalink'];
  if (server.generator === 'jekyll' && !isUnpublishedPart(pathInSite)) {
    const pattern = hints['permalink'] ?? (sitePermalink === undefined ? undefined : jekyllPermalinkPattern(sitePermalink));
    const expanded = pattern?.includes(':') ? expandJekyllPermalink(pattern, pathInSite, hints) : undefined;
    if (expanded !== undefined) return `http://localhost:${server.port}${expanded}`;
    if (pattern?.includes(':')) delete hints['permalink']; // Placeholders we do not know: the usual address.
  }
  return builtPageAddress(pathInSite, server, hints);
}

/**
 * A Jekyll permalink pattern with its placeholders filled in for the file (posts take their date and title from
 * their name, `2024-05-01-hello.md`); undefined when it uses a placeholder not known here. Pages other than posts
 * keep their own path in the site-wide styles, as Jekyll does.
 */
function expandJekyllPermalink(pattern: string, path: string, hints: Readonly<Record<string, string>>): string | undefined {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const file = path.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  const name = dot > 0 ? file.slice(0, dot) : file;
  const dated = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(name);
  const isPost = folder.split('/').includes('_posts');
  if (!isPost && hints['permalink'] === undefined) {
    // A site-wide style changes pages only by its ending: `pretty` drops `.html`.
    if (name === 'index') return `/${folder}`;
    return pattern.endsWith('/') ? `/${folder}${name}/` : `/${folder}${name}.html`;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(hints['date'] ?? '');
  const [year, month, day] = date ? [date[1], date[2], date[3]] : dated ? [dated[1], dated[2], dated[3]] : [undefined, undefined, undefined];
  const title = hints['slug'] || (dated ? dated[4] : name);
  const categories = (hints['categories'] ?? hints['category'] ?? '')
    .split(/[\n ]/)
    .filter((category) => category !== '')
    .join('/');
  const values: Readonly<Record<string, string | undefined>> = {
    year,
    month,
    day,
    title,
    slug: title,
    name,
    basename: name,
    categories,
    output_ext: '.html',
  };
  const address = applyPermalinkPattern(pattern, values);
  if (address === undefined) return undefined;
  return address.startsWith('/') ? address : `/${address}`;
}
