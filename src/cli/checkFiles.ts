import { check } from '../core/check';
import { documentKindOf } from '../core/documentKind';
import type { SiteGenerator } from '../core/site/generator';
import type { PageFacts } from '../core/site/siteCheck';
import type { CheckConfig, Finding } from '../core/types';
import type { MarkdownlintConfigFor } from './markdownlintConfig';
import type { HtmlFile } from './files';
import { markdownEngine } from './loadMarkdownEngine';
import { readTextFile } from './readText';
import type { FileReport } from './report';
import { sitePathOf } from './site';

/** The site the files belong to: its root folder and the generator that builds it. */
export interface SiteContext {
  readonly root: string;
  readonly generator: SiteGenerator;
}

/** What checking one file gave: its report, or why it could not be read. */
export type FileResult = { readonly file: HtmlFile } & ({ readonly report: FileReport } | { readonly unreadable: string });

/** Where the whole-site check keeps each page's facts: it says which pages it still needs, and takes them. */
export interface FactsSink {
  /** The page's site-relative path when its facts are needed; undefined when not. */
  wants(absolutePath: string): string | undefined;
  set(sitePath: string, facts: PageFacts): void;
}

/**
 * Checks the files in their order, on this thread (`--jobs 1`; see checkPool.ts for several). Results are handed
 * on one at a time, so a folder of any size is checked in the memory of one page.
 */
export async function* checkFiles(
  files: readonly HtmlFile[],
  config: CheckConfig,
  site?: SiteContext,
  markdownlint?: MarkdownlintConfigFor,
  /** For the whole-site check: what other pages need from each page, gathered from the page check's own parse. */
  facts?: FactsSink,
): AsyncGenerator<FileResult> {
  for (const file of files) yield checkOneFile(file, config, site, markdownlint, facts);
}

/** Reads and checks one file; for the whole-site check, hands its facts to `facts` as well. */
export function checkOneFile(
  file: HtmlFile,
  config: CheckConfig,
  site: SiteContext | undefined,
  markdownlint: MarkdownlintConfigFor | undefined,
  facts: FactsSink | undefined,
): FileResult {
  const content = readTextFile(file.absolutePath);
  if (content.kind === 'unreadable') return { file, unreadable: content.reason };
  const sitePath = facts?.wants(file.absolutePath);
  let findings: Finding[];
  if (facts && site && sitePath !== undefined) {
    const checked = markdownEngine().checkWithFacts(content.text, {
      config,
      path: sitePath,
      generator: site.generator,
      markdownlint: markdownlint?.(file.absolutePath),
    });
    facts.set(sitePath, checked.facts);
    findings = checked.findings;
  } else {
    findings = checkFile(content.text, file.absolutePath, config, site, markdownlint);
  }
  return { file, report: { path: file.displayPath, findings, text: content.text } };
}

/** Markdown pages as Markdown (with their nearest folder's markdownlint settings), everything else as HTML. */
function checkFile(
  text: string,
  absolutePath: string,
  config: CheckConfig,
  site: SiteContext | undefined,
  markdownlint: MarkdownlintConfigFor | undefined,
): Finding[] {
  const options = { config, ...siteOptions(absolutePath, site) };
  if (documentKindOf(absolutePath) === 'markdown') return markdownEngine().checkMarkdown(text, { ...options, markdownlint: markdownlint?.(absolutePath) });
  return check(text, options);
}

/** The path and generator that decide whether a file is a page or a layout. */
function siteOptions(absolutePath: string, site: SiteContext | undefined): { path?: string; generator?: SiteGenerator } {
  if (!site) return {};
  const sitePath = sitePathOf(absolutePath, site.root);
  return sitePath === undefined ? { generator: site.generator } : { path: sitePath, generator: site.generator };
}
