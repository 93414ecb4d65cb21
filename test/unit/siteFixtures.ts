import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  checkCrossPage,
  detectSiteGenerator,
  documentKindOf,
  pageFacts,
  parseProjectConfig,
  readSiteSetup,
  siteSetupFilesOf,
  siteUrlConfigFiles,
  siteUrlFromConfig,
  type Finding,
  type PageFacts,
  type SiteFindings,
  type SiteIndex,
} from '../../src/core';
import { fixturesRoot } from './fixtureExpectations';

export interface FixtureSite {
  readonly folder: string;
  readonly index: SiteIndex;
  readonly texts: ReadonlyMap<string, string>;
}

/** Every file under a folder, site-relative with forward slashes, in a stable order. */
function listFiles(folder: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(folder, relative));
    else files.push(relative);
  }
  return files.sort();
}

/**
 * A small site from test/fixtures/<group>/<name>/ (rule sites are in `site`), read as the CLI reads one: its config,
 * generator, address, and its generator's settings and menus (whose texts are kept too, for their expectations).
 */
export function loadFixtureSite(name: string, group = 'site'): FixtureSite {
  const folder = path.join(fixturesRoot, group, name);
  const files = listFiles(folder);
  const configPath = path.join(folder, '.contentbridge.json');
  const project = fs.existsSync(configPath) ? parseProjectConfig(fs.readFileSync(configPath, 'utf8')) : undefined;
  const generator = project?.site ?? detectSiteGenerator(fs.readdirSync(folder));
  const configFile = siteUrlConfigFiles.find((file) => files.includes(file));
  const siteUrl = project?.siteUrl ?? (configFile ? siteUrlFromConfig(configFile, fs.readFileSync(path.join(folder, configFile), 'utf8')) : undefined);
  const texts = new Map<string, string>();
  const pages: PageFacts[] = [];
  for (const file of files) {
    const kind = documentKindOf(file);
    if (!kind) continue;
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    texts.set(file, text);
    pages.push(pageFacts(text, { path: file, kind, generator }));
  }
  const setupTexts = new Map(siteSetupFilesOf(files, generator).map((file) => [file, fs.readFileSync(path.join(folder, file), 'utf8')]));
  const setup = readSiteSetup(setupTexts, generator, files);
  for (const menu of setup.menus) texts.set(menu.path, setupTexts.get(menu.path)!);
  const settings = Object.keys(setup.settings).length > 0 ? { settings: setup.settings } : {};
  return {
    folder,
    texts,
    index: {
      pages: [...pages, ...setup.menus],
      files,
      generator,
      ...settings,
      ...(siteUrl ? { siteUrl } : {}),
      ...(project ? { config: project.config } : {}),
    },
  };
}

/** The lines (0-based) of a page marked `expect-next-line: <ruleId>`, in any comment syntax (HTML, YAML). */
export function expectedSiteLines(text: string, ruleId: string): number[] {
  const expected: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const at = line.indexOf('expect-next-line:');
    if (
      at !== -1 &&
      line
        .slice(at + 'expect-next-line:'.length)
        .trim()
        .split(/\s/)[0] === ruleId
    )
      expected.push(index + 1);
  });
  return expected;
}

export function findingLines(findings: SiteFindings, file: string, ruleId: string): number[] {
  return (findings.get(file) ?? []).filter((finding: Finding) => finding.ruleId === ruleId).map((finding) => finding.range.start.line);
}

export { checkCrossPage };
