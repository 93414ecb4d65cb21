import ignore, { type Ignore } from 'ignore';

/** Folders no site check looks in, whatever the ignore files say. */
export const alwaysIgnored: readonly string[] = ['node_modules/', '.git/'];

interface ScopedRules {
  /** The folder the rules were written in, site-relative with a trailing slash ('' for the site's root). */
  readonly folder: string;
  readonly rules: Ignore;
}

/**
 * Which files of a site the whole-site check leaves out: the `.gitignore` files (each applying to its own folder
 * and below, as git reads them), the `ignore` list of `.contentbridge.json`, and `node_modules` and `.git`. Paths are
 * site-relative with forward slashes.
 */
export class SiteIgnore {
  private readonly scoped: ScopedRules[] = [];

  constructor(projectIgnore: readonly string[] = []) {
    this.scoped.push({ folder: '', rules: ignore().add([...alwaysIgnored, ...projectIgnore]) });
  }

  /** Adds the text of a `.gitignore` found at `path` (e.g. `docs/.gitignore`). */
  addGitignore(path: string, text: string): this {
    const slash = path.lastIndexOf('/');
    this.scoped.push({ folder: slash === -1 ? '' : path.slice(0, slash + 1), rules: ignore().add(text) });
    return this;
  }

  ignores(path: string): boolean {
    for (const { folder, rules } of this.scoped) {
      if (!path.startsWith(folder)) continue;
      const inside = path.slice(folder.length);
      if (inside !== '' && rules.ignores(inside)) return true;
    }
    return false;
  }
}
