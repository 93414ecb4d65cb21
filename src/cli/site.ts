import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { detectSiteGenerator, type SiteGenerator } from '../core/site/generator';

/**
 * The site generator of the working folder (the site's root in CI), from its top-level file names and its
 * package.json. A package.json that cannot be read or parsed only means no dependencies are known.
 */
export async function detectSiteOf(folder: string): Promise<SiteGenerator> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 'plain';
  }
  let packageJson: unknown;
  if (names.includes('package.json')) {
    try {
      packageJson = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8'));
    } catch {
      packageJson = undefined;
    }
  }
  return detectSiteGenerator(names, packageJson);
}

/** The path the site generator's conventions apply to: relative to the site root, forward slashes; undefined outside it. */
export function sitePathOf(absolutePath: string, siteRoot: string): string | undefined {
  const relative = path.relative(siteRoot, absolutePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
