import { pageAddresses, type AddressHints } from '../site/addresses';
import type { SiteGenerator } from '../site/generator';

/**
 * Built pages: the preview can show a page as the site's own development server builds it. These are the pure
 * parts: which command starts the server, which address it serves on, and where a file is on it.
 */

/** How to start a site's development server, and where it will answer. */
export interface DevServer {
  /** The shell command, run in the site's folder. */
  readonly command: string;
  /** The port it serves on, passed in the command where the generator allows, so it is known before it starts. */
  readonly port: number;
  /** Who builds the pages, as people call it ("Eleventy", "npm run dev"). */
  readonly builtBy: string;
  /** The generator whose address conventions apply. */
  readonly generator: SiteGenerator;
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
 * A generator's own server wins; a package.json `dev` (then `start`) script is used for other sites.
 */
export function devServerFor(generator: SiteGenerator, packageScripts: Readonly<Record<string, unknown>> = {}): DevServer | undefined {
  const port = defaultDevServerPorts[generator] ?? scriptDefaultPort;
  switch (generator) {
    case 'hugo':
      return { command: `hugo server --port ${port}`, port, builtBy: 'Hugo', generator };
    case 'jekyll':
      return { command: `bundle exec jekyll serve --port ${port}`, port, builtBy: 'Jekyll', generator };
    case 'eleventy':
      return { command: `npx --no-install @11ty/eleventy --serve --port=${port}`, port, builtBy: 'Eleventy', generator };
    case 'astro':
      return { command: `npm run dev -- --port ${port}`, port, builtBy: 'Astro', generator };
    default: {
      const script = ['dev', 'start'].find((name) => typeof packageScripts[name] === 'string');
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

/** What the toolbar says when the preview shows the file itself. */
export const fileModeLabel = 'Your file, as you type';

/** Layouts, includes and data (`_includes/`, `_layouts/`, `layouts/`, `_data/`) are parts of pages, not pages. */
function isUnpublishedPart(path: string): boolean {
  const folders = path.split('/').slice(0, -1);
  return folders.some((folder) => folder === '_includes' || folder === '_layouts' || folder === '_data' || folder === 'layouts' || folder === 'node_modules');
}
