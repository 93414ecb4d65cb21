import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { detectSiteGenerator, type SiteGenerator } from '../core';

/**
 * The site generator of the working folder (the site's root in CI), from its top-level file names and its
 * package.json, as the editor works it out for a workspace folder. It decides which folders hold layouts.
 */
export async function detectGeneratorOf(workingFolder: string): Promise<SiteGenerator> {
  let names: string[];
  try {
    names = await readdir(workingFolder);
  } catch {
    return 'plain';
  }
  let packageJson: unknown;
  if (names.includes('package.json')) {
    try {
      packageJson = JSON.parse(await readFile(path.join(workingFolder, 'package.json'), 'utf8'));
    } catch {
      // A package.json that does not parse says nothing about the generator.
    }
  }
  return detectSiteGenerator(names, packageJson);
}
