import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { SiteGenerator } from '../core/site/generator';
import { readSiteSetup, siteSetupFilesOf, type SiteSetup } from '../core/site/siteSetup';

/** The generator's address settings and menus of the site in `root` (a file that cannot be read is left out). */
export async function readGeneratorSetup(root: string, generator: SiteGenerator, siteFiles: readonly string[]): Promise<SiteSetup> {
  const texts = new Map<string, string>();
  for (const file of siteSetupFilesOf(siteFiles, generator)) {
    try {
      texts.set(file, await readFile(path.join(root, file), 'utf8'));
    } catch {
      // Unreadable: the defaults of the generator apply.
    }
  }
  return readSiteSetup(texts, generator, siteFiles);
}
