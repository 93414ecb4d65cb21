import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { documentKindOf } from '../core/documentKind';
import type { PageFacts } from '../core/site/siteCheck';
import type { SiteGenerator } from '../core/site/generator';
import { siteUrlConfigFiles, siteUrlFromConfig } from '../core/site/siteUrl';
import { markdownEngine } from './loadMarkdownEngine';
import { readTextFile } from './readText';

/** What other pages need from each page of the site, by site-relative path, gathered while pages are checked. */
export class SiteFactsCollector {
  private readonly facts = new Map<string, PageFacts>();

  constructor(
    private readonly root: string,
    private readonly generator: SiteGenerator,
  ) {}

  /** The page's site-relative path when its facts are still needed (files outside the site's folder are not part of it). */
  wants(absolutePath: string): string | undefined {
    const sitePath = sitePathIn(this.root, absolutePath);
    return sitePath === undefined || this.facts.has(sitePath) ? undefined : sitePath;
  }

  /** Records the facts of a page, gathered while it was checked. */
  set(sitePath: string, facts: PageFacts): void {
    this.facts.set(sitePath, facts);
  }

  /** Records a page of the site that is not checked in this run: its facts alone. */
  add(absolutePath: string, text: string): void {
    const sitePath = this.wants(absolutePath);
    if (sitePath === undefined) return;
    this.facts.set(sitePath, markdownEngine().pageFacts(text, { path: sitePath, kind: documentKindOf(sitePath) ?? 'html', generator: this.generator }));
  }

  /** Reads the site's pages not seen yet (not checked in this run), so cross-page checks see the whole site. */
  async completeWith(sitePaths: readonly string[]): Promise<void> {
    for (const sitePath of sitePaths) {
      if (this.facts.has(sitePath) || documentKindOf(sitePath) === undefined) continue;
      const content = await readTextFile(path.join(this.root, sitePath));
      if (content.kind === 'text') this.add(path.join(this.root, sitePath), content.text);
    }
  }

  get pages(): PageFacts[] {
    return [...this.facts.values()];
  }
}

function sitePathIn(root: string, absolutePath: string): string | undefined {
  const relative = path.relative(root, absolutePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The site's own address: `"siteUrl"` in .contentbridge.json, else the generator's configuration file. */
export async function siteUrlOf(root: string, configured: string | undefined, siteFiles: readonly string[]): Promise<string | undefined> {
  if (configured) return configured;
  const configFile = siteUrlConfigFiles.find((name) => siteFiles.includes(name));
  if (!configFile) return undefined;
  try {
    return siteUrlFromConfig(configFile, await readFile(path.join(root, configFile), 'utf8'));
  } catch {
    return undefined;
  }
}
