import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** True for a file (or, with `isFolder`, a folder) the check leaves out. */
export type IsIgnored = (absolutePath: string, isFolder?: boolean) => boolean;

/**
 * Files the site's `.gitignore` files and the `ignore` list of `.contentbridge.json` leave out, matched with the
 * same rules git uses (the `ignore` package). As in git, each `.gitignore` applies to its own folder and the folders
 * below it, its patterns read relative to that folder; each folder's file is read once, the first time a file in it
 * is asked about. Files outside the working folder are never left out: they were named on purpose.
 */
export async function loadIgnore(workingFolder: string, configPatterns: readonly string[] = []): Promise<IsIgnored> {
  const configured = ignore().add([...configPatterns]);
  const byFolder = new Map<string, Ignore | undefined>();
  const rulesIn = (folder: string): Ignore | undefined => {
    if (byFolder.has(folder)) return byFolder.get(folder);
    let rules: Ignore | undefined;
    try {
      rules = ignore().add(readFileSync(path.join(workingFolder, folder, '.gitignore'), 'utf8'));
    } catch {
      // No .gitignore here (or one that cannot be read): nothing is left out by it.
    }
    byFolder.set(folder, rules);
    return rules;
  };
  return (absolutePath, isFolder = false) => {
    const relative = path.relative(workingFolder, absolutePath);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    // A folder is matched with its trailing slash, as git does (`_site/` names a folder only).
    const sitePath = relative.split(path.sep).join('/') + (isFolder ? '/' : '');
    if (configured.ignores(sitePath)) return true;
    // The working folder's .gitignore, then each folder's on the way down to the file's own.
    let folder = '';
    for (;;) {
      if (rulesIn(folder)?.ignores(sitePath.slice(folder.length))) return true;
      const next = sitePath.indexOf('/', folder.length);
      if (next === -1) return false;
      folder = sitePath.slice(0, next + 1);
      if (folder === sitePath) return false; // A folder is not asked of its own .gitignore.
    }
  };
}
