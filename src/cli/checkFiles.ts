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
 * Pages checked together: markdownlint reads the Markdown pages of a batch in one call, which costs less than one
 * call a page; small enough that the first results are printed soon and little is held in memory.
 */
export const batchSize = 24;

/** No output format prints fixes, so the checks do not build them. */
const withoutFixes = true;

/**
 * Checks the files in their order, on this thread (`--jobs 1`; see checkPool.ts for several). Results are handed
 * on a batch at a time, so a folder of any size is checked in the memory of a few pages.
 */
export async function* checkFiles(
  files: readonly HtmlFile[],
  config: CheckConfig,
  site?: SiteContext,
  markdownlint?: MarkdownlintConfigFor,
  /** For the whole-site check: what other pages need from each page, gathered from the page check's own parse. */
  facts?: FactsSink,
): AsyncGenerator<FileResult> {
  for (let start = 0; start < files.length; start += batchSize) yield* checkBatch(files.slice(start, start + batchSize), config, site, markdownlint, facts);
}

/** Reads and checks a batch of files, in their order; for the whole-site check, hands each page's facts to `facts` as well. */
export function checkBatch(
  files: readonly HtmlFile[],
  config: CheckConfig,
  site: SiteContext | undefined,
  markdownlint: MarkdownlintConfigFor | undefined,
  facts: FactsSink | undefined,
): FileResult[] {
  const read = files.map((file) => ({ file, content: readTextFile(file.absolutePath) }));
  const results: FileResult[] = [];
  // Pages whose facts the whole-site check wants: checked with their facts, from the same parse.
  const withFacts: { readonly position: number; readonly sitePath: string; readonly text: string }[] = [];
  // Other Markdown pages, checked together; HTML pages one by one.
  const markdown: { readonly position: number; readonly text: string }[] = [];
  read.forEach(({ file, content }, position) => {
    if (content.kind === 'unreadable') {
      results[position] = { file, unreadable: content.reason };
      return;
    }
    const sitePath = site ? facts?.wants(file.absolutePath) : undefined;
    if (sitePath !== undefined) withFacts.push({ position, sitePath, text: content.text });
    else if (documentKindOf(file.absolutePath) === 'markdown') markdown.push({ position, text: content.text });
    else results[position] = report(file, check(content.text, { config, withoutFixes, ...siteOptions(file.absolutePath, site) }), content.text);
  });
  if (withFacts.length > 0) {
    const checked = markdownEngine().checkPagesWithFacts(
      withFacts.map(({ position, sitePath, text }) => ({
        text,
        options: { config, withoutFixes, path: sitePath, generator: site!.generator, markdownlint: markdownlint?.(files[position]!.absolutePath) },
      })),
    );
    withFacts.forEach(({ position, sitePath, text }, index) => {
      facts!.set(sitePath, checked[index]!.facts);
      results[position] = report(files[position]!, checked[index]!.findings, text);
    });
  }
  if (markdown.length > 0) {
    const checked = markdownEngine().checkMarkdownPages(
      markdown.map(({ position, text }) => {
        const absolutePath = files[position]!.absolutePath;
        return { text, options: { config, withoutFixes, ...siteOptions(absolutePath, site), markdownlint: markdownlint?.(absolutePath) } };
      }),
    );
    markdown.forEach(({ position, text }, index) => (results[position] = report(files[position]!, checked[index]!, text)));
  }
  return results;
}

function report(file: HtmlFile, findings: Finding[], text: string): FileResult {
  return { file, report: { path: file.displayPath, findings, text } };
}

/** The path and generator that decide whether a file is a page or a layout. */
function siteOptions(absolutePath: string, site: SiteContext | undefined): { path?: string; generator?: SiteGenerator } {
  if (!site) return {};
  const sitePath = sitePathOf(absolutePath, site.root);
  return sitePath === undefined ? { generator: site.generator } : { path: sitePath, generator: site.generator };
}
