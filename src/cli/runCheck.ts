import * as path from 'node:path';
import type { SiteGenerator } from '../core/site/generator';
import type { CheckConfig } from '../core/types';
import { markdownEngine } from './loadMarkdownEngine';
import type { CheckLimits, OutputFormat, Shard } from './args';
import { batchedOutput } from './batchedOutput';
import { checkFiles } from './checkFiles';
import { defaultJobs } from './jobs';
import { docsBaseOf } from './docsUrl';
import { findHtmlFiles, listSiteFiles, namesWorkingFolder, type HtmlFile } from './files';
import { jsonWriter } from './formatJson';
import { githubWriter } from './formatGithub';
import { textWriter } from './formatText';
import { readGeneratorSetup } from './generatorSetup';
import { loadIgnore } from './ignoreFiles';
import type { MarkdownlintConfigFor } from './markdownlintConfig';
import { printablePath } from './printable';
import type { ReportWriter } from './report';
import { SiteFactsCollector, siteUrlOf } from './siteFacts';
import { packageVersion } from './version';

export interface CheckRun {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly limits: CheckLimits;
  readonly config: CheckConfig;
  readonly generator: SiteGenerator;
  /** The markdownlint settings for each Markdown file (its nearest folder's). */
  readonly markdownlint?: MarkdownlintConfigFor;
  readonly siteUrl?: string;
  readonly ignore?: readonly string[];
  readonly color: boolean;
  /** `--docs-url`, else `"docsUrl"` in .contentbridge.json: where the rule pages are published (else the repository in package.json). */
  readonly docsUrl?: string;
  /** Says a note on a markdownlint settings file met by a checking thread (once, however many threads meet it). */
  readonly note?: (message: string) => void;
}

export interface CheckOutcome {
  readonly errors: number;
  readonly warnings: number;
  readonly unreadableFiles: number;
}

/*
 * Threads, git and SARIF are loaded when a run asks for them, so a plain check does not load node:worker_threads,
 * node:child_process and node:crypto at start-up. The bundler keeps each `require` lazy.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on demand, as said above */
const checkPoolModule = () => require('./checkPool') as typeof import('./checkPool');
const gitModule = () => require('./git') as typeof import('./git');
const sarifModule = () => require('./formatSarif') as typeof import('./formatSarif');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Checks the pages and writes the results as they come: page findings file by file, then, when the whole site is
 * checked (`content-bridge check .`), the cross-page findings. `--changed-since` narrows the page checks to the
 * changed files and `--shard` to this runner's share; the cross-page checks always see every page of the site, and
 * with shards only the first runner reports them, so each finding is reported once.
 */
export async function runCheck(run: CheckRun, writeOut: (text: string) => Promise<void> | void, warn: (message: string) => void): Promise<CheckOutcome> {
  const output = batchedOutput(writeOut);
  const write = output.write;
  const cwd = process.cwd();
  const isIgnored = await loadIgnore(cwd, run.ignore);
  const named = await findHtmlFiles(run.paths, cwd, isIgnored);
  const wholeSite = run.paths.some((arg) => namesWorkingFolder(arg, cwd));
  let pageTargets = named;
  if (run.limits.changedSince !== undefined) {
    const changed = await gitModule().changedFilesSince(run.limits.changedSince, cwd);
    pageTargets = pageTargets.filter((file) => changed.has(file.absolutePath));
  }
  if (run.limits.shard) pageTargets = pageTargets.filter((file) => inShard(file.displayPath, run.limits.shard!));

  const writer = await writerFor(run, cwd);
  const counts = { errors: 0, warnings: 0, unreadableFiles: 0 };
  const count = (findings: readonly { severity: string }[]) => {
    for (const finding of findings) {
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
    }
  };
  const facts = wholeSite ? new SiteFactsCollector(cwd, run.generator) : undefined;
  // Each file's result is written as soon as it is known; only counts (and, for the whole site, page facts) are kept.
  const site = { root: cwd, generator: run.generator };
  const jobs = run.limits.jobs ?? defaultJobs(pageTargets.length);
  const results =
    jobs > 1
      ? checkPoolModule().checkFilesInWorkers(
          pageTargets,
          { jobs, config: run.config, site, cwd, markdownlint: run.markdownlint, wantText: run.format === 'sarif', note: run.note ?? warn },
          facts,
        )
      : checkFiles(pageTargets, run.config, site, run.markdownlint, facts);
  for await (const result of results) {
    if ('report' in result) {
      await write(writer.add(result.report));
      count(result.report.findings);
    } else {
      // A file that cannot be read is explained on stderr and left out, so the others still get checked.
      warn(`Cannot check '${printablePath(result.file.displayPath)}': ${result.unreadable}.`);
      counts.unreadableFiles++;
    }
  }
  if (facts && (run.limits.shard === undefined || run.limits.shard.index === 1)) {
    const siteFiles = await listSiteFiles(cwd, isIgnored);
    await facts.completeWith(siteFiles);
    const siteUrl = await siteUrlOf(cwd, run.siteUrl, siteFiles);
    const setup = await readGeneratorSetup(cwd, run.generator, siteFiles);
    const findings = markdownEngine().checkCrossPage({
      pages: [...facts.pages, ...setup.menus],
      files: siteFiles,
      generator: run.generator,
      settings: setup.settings,
      config: run.config,
      ...(siteUrl ? { siteUrl } : {}),
    });
    let first = true;
    // Menus and data files are not pages, but a broken link in a menu is reported on its line there.
    const reported = [...named.map((file) => file.displayPath), ...setup.menus.map((menu) => menu.path)];
    for (const displayPath of reported) {
      const found = findings.get(displayPath);
      if (!found) continue;
      if (first && run.format === 'text') await write('Across pages (links between pages, shared titles and descriptions):\n\n');
      first = false;
      await write(writer.add({ path: displayPath, findings: found }));
      count(found);
    }
  }
  await write(writer.finish());
  await output.flush();
  return counts;
}

async function writerFor(run: CheckRun, cwd: string): Promise<ReportWriter> {
  switch (run.format) {
    case 'json':
      return jsonWriter();
    case 'github':
      return githubWriter();
    case 'sarif': {
      const root = (await gitModule().repositoryRoot(cwd)) ?? cwd;
      const docsBaseUrl = docsBaseOf(run.docsUrl);
      return sarifModule().sarifWriter({
        version: packageVersion(),
        ...(docsBaseUrl ? { docsBaseUrl } : {}),
        repositoryPath: (displayPath) => path.relative(root, path.resolve(cwd, displayPath)).split(path.sep).join('/'),
      });
    }
    case 'text':
      return textWriter({ color: run.color });
  }
}

/**
 * The same split on every runner and every run: by a hash (FNV-1a) of the file's path, so adding a page moves no
 * other page to another shard.
 */
export function inShard(displayPath: string, shard: Shard): boolean {
  let hash = 0x811c9dc5;
  for (let index = 0; index < displayPath.length; index++) {
    hash ^= displayPath.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shard.count === shard.index - 1;
}

export type { HtmlFile };
