import { stat } from 'node:fs/promises';
import * as path from 'node:path';
// `require`, not `import`: the bundler then takes tinyglobby's CommonJS build. Its ES
// module build loads fdir through `import.meta.url`, which is empty in a CommonJS bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- on purpose, as said above
import tinyglobby = require('tinyglobby');
import { documentKindOf } from '../core/documentKind';
import { UsageError } from './usageError';

export interface HtmlFile {
  /** As shown to people and in JSON, with forward slashes: relative to the working folder when inside it. */
  readonly displayPath: string;
  readonly absolutePath: string;
}

/**
 * The extensions of the files checked, for messages. Which files they are is the engine's documentKindOf: HTML
 * pages, HTML templates (checked with their template code masked) and Markdown pages.
 */
export const checkedExtensions = ['.html', '.htm', '.md', '.markdown', '.njk', '.liquid', '.hbs', '.handlebars'] as const;

/** True for a file the check reads (by its extension, in any letter case). */
export function isCheckedFile(filePath: string): boolean {
  return documentKindOf(filePath) !== undefined;
}
const ignoredFolders = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the paths given on the command line (files, folders, glob patterns)
 * into the HTML files to check, in a stable order and without duplicates.
 */
export async function findHtmlFiles(
  args: readonly string[],
  cwd: string,
  isIgnored: (absolutePath: string, isFolder?: boolean) => boolean = () => false,
): Promise<HtmlFile[]> {
  const found = new Map<string, HtmlFile>();
  for (const arg of args) {
    // A folder or file named on purpose is checked even where a .gitignore leaves it out (e.g. a built `_site/`).
    const named = path.resolve(cwd, arg);
    const namedOnPurpose = isIgnored(named, (await stat(named).catch(() => undefined))?.isDirectory() === true);
    for (const absolutePath of await expandArgument(arg, cwd)) {
      if (!namedOnPurpose && isIgnored(absolutePath)) continue;
      if (!found.has(absolutePath)) found.set(absolutePath, { absolutePath, displayPath: displayPathOf(absolutePath, cwd) });
    }
  }
  if (found.size === 0) {
    const given = args.map((arg) => `'${arg}'`).join(', ');
    throw new UsageError(`No pages (${checkedExtensions.join(', ')}) found in ${given}. Check the path, or point at the folder that holds your pages.`);
  }
  return [...found.values()];
}

/**
 * Every file of the site in the working folder (pages, images, downloads), site-relative with forward slashes:
 * what links may point at. The same folders are skipped as for pages, and ignored files are left out.
 */
export async function listSiteFiles(cwd: string, isIgnored: (absolutePath: string) => boolean): Promise<string[]> {
  const matches = await tinyglobby.glob('**/*', { cwd, ignore: ignoredFolders, followSymbolicLinks: false, dot: true });
  return matches
    .filter((match) => !isIgnored(path.resolve(cwd, match)))
    .map((match) => match.split(path.sep).join('/'))
    .sort(comparePaths);
}

/** True when the argument names the working folder itself (`.`): the check then covers the whole site. */
export function namesWorkingFolder(arg: string, cwd: string): boolean {
  return path.resolve(cwd, arg) === path.resolve(cwd);
}

async function expandArgument(arg: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, arg);
  // A path that exists wins over glob syntax, so files like "[slug].html" still work.
  const kind = await pathKind(absolute);
  if (kind === 'file') return isCheckedFile(absolute) ? [absolute] : [];
  // Every file, filtered below, so ".HTML" and ".Md" count too.
  if (kind === 'directory') return globHtml('**/*', absolute);
  const pattern = process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
  if (tinyglobby.isDynamicPattern(pattern)) return globHtml(pattern, cwd);
  throw new UsageError(`Cannot find '${arg}'. Check the spelling, and put glob patterns in quotes, for example: 'site/**/*.html'`);
}

async function globHtml(pattern: string, cwd: string): Promise<string[]> {
  // Links are not followed: a link to "/" or to another project would take the check out of the site
  // (the files a link inside the site points at are found where they really are).
  const matches = await tinyglobby.glob(pattern, { cwd, absolute: true, ignore: ignoredFolders, followSymbolicLinks: false });
  return matches
    .filter((match) => isCheckedFile(match))
    .map((match) => path.resolve(match))
    .sort(comparePaths);
}

async function pathKind(absolute: string): Promise<'file' | 'directory' | undefined> {
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return 'directory';
    return info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Relative inside the working folder; absolute outside it, where "../../x" would be hard to read. */
function displayPathOf(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  const outside = relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return (outside ? absolutePath : relative).split(path.sep).join('/');
}

/** Plain code-unit order, the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
