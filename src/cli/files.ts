import { stat } from 'node:fs/promises';
import * as path from 'node:path';
// `require`, not `import`: the bundler then takes tinyglobby's CommonJS build. Its ES
// module build loads fdir through `import.meta.url`, which is empty in a CommonJS bundle.
import tinyglobby = require('tinyglobby');
import { UsageError } from './usageError';

export interface CheckedFile {
  /** As shown to people and in JSON, with forward slashes: relative to the working folder when inside it. */
  readonly displayPath: string;
  readonly absolutePath: string;
  /** The path inside the site (the working folder), which decides page or layout; undefined outside it. */
  readonly sitePath?: string;
}

/**
 * The files a site keeps its pages in: HTML, and HTML templates (Nunjucks, Liquid, Handlebars), which are checked
 * as HTML with their template code set aside.
 */
export const checkedExtensions = ['.html', '.htm', '.njk', '.liquid', '.hbs', '.handlebars'] as const;
const ignoredFolders = ['**/node_modules/**', '**/.git/**'];

/** True for a file the check reads (by its extension, in any letter case). */
export function isCheckedFile(filePath: string): boolean {
  const extension = path.extname(filePath).toLowerCase();
  return (checkedExtensions as readonly string[]).includes(extension);
}

/**
 * Expands the paths given on the command line (files, folders, glob patterns)
 * into the files to check, in a stable order and without duplicates.
 */
export async function findCheckedFiles(args: readonly string[], cwd: string): Promise<CheckedFile[]> {
  const found = new Map<string, CheckedFile>();
  for (const arg of args) {
    for (const absolutePath of await expandArgument(arg, cwd)) {
      if (!found.has(absolutePath)) found.set(absolutePath, describeFile(absolutePath, cwd));
    }
  }
  if (found.size === 0) {
    const given = args.map((arg) => `'${arg}'`).join(', ');
    throw new UsageError(`No pages (${checkedExtensions.join(', ')}) found in ${given}. Check the path, or point at the folder that holds your pages.`);
  }
  return [...found.values()];
}

async function expandArgument(arg: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, arg);
  // A path that exists wins over glob syntax, so files like "[slug].html" still work.
  const kind = await pathKind(absolute);
  if (kind === 'file') return isCheckedFile(absolute) ? [absolute] : [];
  // Every file, filtered below, so ".HTML" and ".Md" count too.
  if (kind === 'directory') return globChecked('**/*', absolute);
  const pattern = process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
  if (tinyglobby.isDynamicPattern(pattern)) return globChecked(pattern, cwd);
  throw new UsageError(`Cannot find '${arg}'. Check the spelling, and put glob patterns in quotes, for example: 'site/**/*.html'`);
}

async function globChecked(pattern: string, cwd: string): Promise<string[]> {
  const matches = await tinyglobby.glob(pattern, { cwd, absolute: true, ignore: ignoredFolders });
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

/** Shown relative inside the working folder; absolute outside it, where "../../x" would be hard to read. */
function describeFile(absolutePath: string, cwd: string): CheckedFile {
  const relative = path.relative(cwd, absolutePath);
  const outside = relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  const displayPath = (outside ? absolutePath : relative).split(path.sep).join('/');
  return outside ? { absolutePath, displayPath } : { absolutePath, displayPath, sitePath: displayPath };
}

/** Plain code-unit order, the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
