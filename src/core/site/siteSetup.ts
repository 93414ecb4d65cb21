import type { SiteGenerator } from './generator';
import { menuFacts, menuFilesOf } from './menuFacts';
import type { PageFacts } from './siteCheck';
import { readSiteSettings, settingsFilesOf, type SiteSettings } from './siteSettings';

/** What the whole-site check reads from the generator's configuration and data files, besides the pages. */
export interface SiteSetup {
  /** Address settings for `SiteIndex.settings`. */
  readonly settings: SiteSettings;
  /** Menus and data files with links, as layouts' facts to add to `SiteIndex.pages`. */
  readonly menus: readonly PageFacts[];
}

/** The site's files a whole-site check reads for its setup (configuration, menus, data), site-relative. */
export function siteSetupFilesOf(files: readonly string[], generator: SiteGenerator): string[] {
  return [...new Set([...settingsFilesOf(files, generator), ...menuFilesOf(files, generator)])];
}

/** The setup from those files' texts, by site-relative path (a file that could not be read is left out). */
export function readSiteSetup(texts: ReadonlyMap<string, string>, generator: SiteGenerator, files: readonly string[]): SiteSetup {
  const settingsTexts = new Map<string, string>();
  for (const path of settingsFilesOf(files, generator)) {
    const text = texts.get(path);
    if (text !== undefined) settingsTexts.set(path, text);
  }
  const settings = readSiteSettings(settingsTexts, generator);
  const menus: PageFacts[] = [];
  for (const path of menuFilesOf(files, generator)) {
    const text = texts.get(path);
    const facts = text === undefined ? undefined : menuFacts(path, text, { generator, files, settings });
    if (facts) menus.push(facts);
  }
  return { settings, menus };
}
