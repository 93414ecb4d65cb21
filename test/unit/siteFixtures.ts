import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  checkCrossPage,
  detectSiteGenerator,
  documentKindOf,
  pageFacts,
  parseProjectConfig,
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

/** A small site from test/fixtures/site/<name>/, read as the CLI reads one: its config, generator and address. */
export function loadFixtureSite(name: string): FixtureSite {
  const folder = path.join(fixturesRoot, 'site', name);
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
  return { folder, texts, index: { pages, files, generator, ...(siteUrl ? { siteUrl } : {}), ...(project ? { config: project.config } : {}) } };
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
