import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { hostileYaml } from '../frontMatter/yamlGuard';
import type { SiteGenerator } from './generator';

/**
 * The parts of a site generator's configuration that change where pages are published: Jekyll's `permalink`,
 * Hugo's `[permalinks]` and languages. Read from the configuration file's text; anything unreadable is left out, so
 * the addresses fall back to the generator's defaults.
 */
export interface SiteSettings {
  /** Jekyll's site-wide `permalink`: a style name (`pretty`, `date`, `ordinal`, `none`) or a pattern. */
  readonly permalink?: string;
  /** Hugo's `[permalinks]`: an address pattern per content section (`posts = "/:year/:month/:slug/"`). */
  readonly permalinks?: Readonly<Record<string, string>>;
  /** Hugo's languages, when the site has more than one. */
  readonly languages?: SiteLanguages;
  /** MkDocs's `docs_dir` (site-relative, no slashes at the ends), when not `docs`. */
  readonly docsDir?: string;
  /** MkDocs's `use_directory_urls`, when set to false (`/about.html` instead of `/about/`). */
  readonly useDirectoryUrls?: false;
  /** MkDocs's `nav` is written out in mkdocs.yml (else MkDocs lists every page in its navigation itself). */
  readonly ownNav?: true;
}

export interface SiteLanguages {
  /** Language codes as written in the configuration (`en`, `fr`). */
  readonly codes: readonly string[];
  readonly defaultLanguage: string;
  /** `defaultContentLanguageInSubdir`: the default language's pages under `/en/` too. */
  readonly defaultInSubdir: boolean;
  /** A language's own content folder (`contentDir = "content/fr"`), site-relative without slashes at the ends. */
  readonly contentDirs: Readonly<Record<string, string>>;
}

/** Hugo's configuration split into files under `config/_default/`: the file's name is the setting it holds. */
const hugoSplitConfigFolder = 'config/_default/';
const dataExtensions = ['.toml', '.yaml', '.yml', '.json'];

/** Hugo's and Jekyll's configuration files that hold address settings, among the site's files, in reading order. */
export function settingsFilesOf(files: readonly string[], generator: SiteGenerator): string[] {
  if (generator === 'jekyll') return files.filter((file) => file === '_config.yml' || file === '_config.yaml');
  if (generator === 'mkdocs') return files.filter((file) => file === 'mkdocs.yml' || file === 'mkdocs.yaml').slice(0, 1);
  if (generator !== 'hugo') return [];
  const topLevel = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
  const first = topLevel.find((name) => files.includes(name));
  const split = files.filter(
    (file) => file.startsWith(hugoSplitConfigFolder) && !file.slice(hugoSplitConfigFolder.length).includes('/') && hasDataExtension(file),
  );
  return [...(first ? [first] : []), ...split];
}

/** The address settings of the site from its configuration files' texts (by site-relative path). */
export function readSiteSettings(texts: ReadonlyMap<string, string>, generator: SiteGenerator): SiteSettings {
  const merged: Record<string, unknown> = {};
  for (const [path, text] of texts) {
    const values = readDataFile(path, text);
    if (!isRecord(values)) continue;
    if (path.startsWith(hugoSplitConfigFolder)) {
      const name = baseName(path);
      if (name === 'hugo' || name === 'config') Object.assign(merged, lowerCaseKeys(values));
      else merged[name.toLowerCase()] = values;
    } else Object.assign(merged, lowerCaseKeys(values));
  }
  if (generator === 'mkdocs') return mkdocsSettings(merged);
  return generator === 'jekyll' ? jekyllSettings(merged) : generator === 'hugo' ? hugoSettings(merged) : {};
}

function mkdocsSettings(values: Record<string, unknown>): SiteSettings {
  const docsDir = values['docs_dir'];
  const folder = typeof docsDir === 'string' ? trimSlashes(docsDir.trim()) : '';
  return {
    ...(folder !== '' && folder !== 'docs' ? { docsDir: folder } : {}),
    ...(values['use_directory_urls'] === false ? { useDirectoryUrls: false as const } : {}),
    ...(Array.isArray(values['nav']) ? { ownNav: true as const } : {}),
  };
}

function jekyllSettings(values: Record<string, unknown>): SiteSettings {
  const permalink = values['permalink'];
  return typeof permalink === 'string' && permalink.trim() !== '' ? { permalink: permalink.trim() } : {};
}

function hugoSettings(values: Record<string, unknown>): SiteSettings {
  const settings: { permalinks?: Record<string, string>; languages?: SiteLanguages } = {};
  const permalinks = values['permalinks'];
  if (isRecord(permalinks)) {
    // Newer Hugo groups the patterns by kind (`[permalinks.page]`); pages are what links lead to.
    const forPages = isRecord(permalinks['page']) ? permalinks['page'] : permalinks;
    const patterns: Record<string, string> = {};
    for (const [section, pattern] of Object.entries(forPages)) if (typeof pattern === 'string' && pattern !== '') patterns[section] = pattern;
    if (Object.keys(patterns).length > 0) settings.permalinks = patterns;
  }
  const languages = values['languages'];
  if (isRecord(languages) && Object.keys(languages).length > 0) {
    const codes = Object.keys(languages);
    const configuredDefault = values['defaultcontentlanguage'];
    const defaultLanguage = typeof configuredDefault === 'string' && configuredDefault !== '' ? configuredDefault : codes.includes('en') ? 'en' : codes[0];
    const contentDirs: Record<string, string> = {};
    for (const code of codes) {
      const language = languages[code];
      const contentDir = isRecord(language) ? (language['contentDir'] ?? language['contentdir']) : undefined;
      if (typeof contentDir === 'string' && contentDir.trim() !== '') contentDirs[code] = trimSlashes(contentDir.trim());
    }
    settings.languages = { codes, defaultLanguage, defaultInSubdir: values['defaultcontentlanguageinsubdir'] === true, contentDirs };
  }
  return settings;
}

/** A YAML, TOML or JSON file's values; undefined when it cannot be read (or would take too long to). */
export function readDataFile(path: string, text: string): unknown {
  try {
    if (path.endsWith('.toml')) return parseToml(text);
    if (path.endsWith('.json')) return parseJsonc(text);
    if (hostileYaml(text)) return undefined;
    // logLevel: tags for other programs (MkDocs's `!!python/name:`) are read as text, without a warning on the console.
    return parseYaml(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch {
    return undefined;
  }
}

export function hasDataExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return dataExtensions.some((extension) => lower.endsWith(extension));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Hugo reads its settings' names in any case (`baseURL`, `baseurl`). */
function lowerCaseKeys(values: Record<string, unknown>): Record<string, unknown> {
  const lowered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) lowered[key.toLowerCase()] = value;
  return lowered;
}

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot === -1 ? name : name.slice(0, dot);
}

function trimSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && (path[start] === '/' || path[start] === '.')) start++;
  while (end > start && path[end - 1] === '/') end--;
  return path.slice(start, end);
}
