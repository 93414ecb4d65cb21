import { readYaml } from '../frontMatter/yamlFrontMatter';
import type { SiteGenerator } from '../site/generator';

/**
 * Where a site's development server will answer: the port its own settings choose (read before it starts), and the
 * address it prints once it runs (read from its output, the surest, as a busy port makes some servers take the next).
 */

/** The site's files that may set the server's port, as text (absent when the site has none). */
export interface DevServerSettings {
  /** package.json `scripts`. */
  readonly scripts?: Readonly<Record<string, unknown>>;
  /** Jekyll's `_config.yml`. */
  readonly jekyllConfig?: string;
  /** Astro's `astro.config.mjs` (or .js, .ts…). */
  readonly astroConfig?: string;
  /** Eleventy's configuration file (`eleventy.config.js`, `.eleventy.js`…). */
  readonly eleventyConfig?: string;
}

/** What in a package.json script shows it starts this generator's server. */
const serverScriptSigns: Readonly<Partial<Record<SiteGenerator, readonly string[]>>> = {
  hugo: ['hugo server', 'hugo serve'],
  jekyll: ['jekyll serve', 'jekyll s '],
  eleventy: ['--serve'],
  astro: ['astro dev', 'astro start'],
};

/**
 * The port the site's own settings give its development server, or undefined when they leave it to the default.
 * `script`: for a site without a known generator, the package.json script that will be run (`dev`, `start`).
 */
export function configuredDevServerPort(generator: SiteGenerator, settings: DevServerSettings, script?: string): number | undefined {
  const scripts = Object.values(settings.scripts ?? {}).filter((value): value is string => typeof value === 'string');
  const signs = serverScriptSigns[generator];
  const serverScripts = signs
    ? scripts.filter((command) => signs.some((sign) => command.includes(sign)))
    : typeof settings.scripts?.[script ?? ''] === 'string'
      ? [settings.scripts[script ?? ''] as string]
      : [];
  for (const command of serverScripts) {
    const port = portInCommand(command);
    if (port !== undefined) return port;
  }
  switch (generator) {
    case 'jekyll':
      return settings.jekyllConfig === undefined ? undefined : jekyllConfigPort(settings.jekyllConfig);
    case 'astro':
      return settings.astroConfig === undefined ? undefined : portAfter(settings.astroConfig, 'server');
    case 'eleventy':
      return settings.eleventyConfig === undefined ? undefined : portAfter(settings.eleventyConfig, 'setServerOptions');
    default:
      return undefined;
  }
}

/** The port a command line sets: `--port 4000`, `--port=4000`, `-p 4000`, or `PORT=4000` before the command. */
export function portInCommand(command: string): number | undefined {
  const words = command.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--port' || word === '-p' || word === '--server-port') return portNumber(words[i + 1]);
    if (word.startsWith('--port=')) return portNumber(word.slice('--port='.length));
    if (word.startsWith('PORT=')) return portNumber(word.slice('PORT='.length));
  }
  return undefined;
}

/** Jekyll's site-wide `permalink:` style or pattern in `_config.yml` (`pretty`, `/:year/:title/`), if set. */
export function jekyllSitePermalink(configText: string): string | undefined {
  const value = readYaml(configText, { start: 0, end: configText.length }).entries.get('permalink')?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Jekyll's `port:` setting in `_config.yml`. */
function jekyllConfigPort(text: string): number | undefined {
  const value = readYaml(text, { start: 0, end: text.length }).entries.get('port')?.value;
  return portNumber(typeof value === 'number' ? String(value) : value);
}

/**
 * `port: 4000` written after `anchor` (Astro's `server: { port: 4000 }`, Eleventy's `setServerOptions({ port: 4000 })`),
 * read as text: these settings are JavaScript, which is not run to find one number.
 */
function portAfter(text: string, anchor: string): number | undefined {
  const at = text.indexOf(anchor);
  if (at === -1) return undefined;
  const port = text.indexOf('port', at + anchor.length);
  if (port === -1 || port - at > 400) return undefined;
  let i = port + 'port'.length;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === "'")) i++;
  if (text[i] !== ':') return undefined;
  i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  let digits = '';
  while (i < text.length && text[i] >= '0' && text[i] <= '9' && digits.length < 6) digits += text[i++];
  return portNumber(digits);
}

function portNumber(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,5}$/.test(value)) return undefined;
  const port = Number(value);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** The local addresses a development server prints when it is ready. */
const localOrigins = ['http://localhost:', 'http://127.0.0.1:', 'http://[::1]:', 'http://0.0.0.0:'];

/**
 * The port of the first local address a server printed ("[11ty] Server at http://localhost:8080/", "Web Server is
 * available at http://localhost:1313/", "┃ Local    http://localhost:4321/"), colour codes and all.
 */
export function serverPortInOutput(printed: string): number | undefined {
  const output = withoutColourCodes(printed);
  let first: number | undefined;
  let firstAt = Infinity;
  for (const origin of localOrigins) {
    let from = 0;
    for (;;) {
      const at = output.indexOf(origin, from);
      if (at === -1 || at > firstAt) break;
      from = at + origin.length;
      let digits = '';
      for (let i = from; i < output.length && output[i] >= '0' && output[i] <= '9' && digits.length < 6; i++) digits += output[i];
      const port = portNumber(digits);
      if (port !== undefined) {
        first = port;
        firstAt = at;
        break;
      }
    }
  }
  return first;
}

/** The text without terminal colour codes (`ESC [ 1 m`), which servers put even inside an address (a bold port). */
export function withoutColourCodes(text: string): string {
  if (!text.includes('\u001b')) return text;
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\u001b' && text[i + 1] === '[') {
      // Parameters and intermediates, then one final character from @ to ~.
      let end = i + 2;
      while (end < text.length && (text.charCodeAt(end) < 0x40 || text.charCodeAt(end) > 0x7e)) end++;
      i = end;
      continue;
    }
    plain += text[i];
  }
  return plain;
}
