import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import ignore from 'ignore';

/** True for a file the check leaves out. */
export type IsIgnored = (absolutePath: string) => boolean;

/**
 * Files the site's `.gitignore` (at the top of the working folder) and the `ignore` list of `.contentbridge.json`
 * leave out, matched with the same rules git uses (the `ignore` package). Files outside the working folder are
 * never left out: they were named on purpose.
 */
export async function loadIgnore(workingFolder: string, configPatterns: readonly string[] = []): Promise<IsIgnored> {
  const matcher = ignore();
  try {
    matcher.add(await readFile(path.join(workingFolder, '.gitignore'), 'utf8'));
  } catch {
    // No .gitignore (or one that cannot be read): nothing is left out by it.
  }
  matcher.add([...configPatterns]);
  return (absolutePath) => {
    const relative = path.relative(workingFolder, absolutePath);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return matcher.ignores(relative.split(path.sep).join('/'));
  };
}
