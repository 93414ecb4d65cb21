import type { PageFacts } from '../core/site/siteCheck';
import { checkBatch } from './checkFiles';
import type { Finding } from '../core/types';
import { packFindings, type ChunkDone, type ChunkRequest, type WorkerFileResult, type WorkerSetup } from './checkWorkerProtocol';
import type { MarkdownlintConfigFor } from './markdownlintConfig';

/** Checks a chunk of files as a checking thread does, for the pool (on a worker, or on the main thread between messages). */
export function checkChunk(
  files: ChunkRequest['files'],
  setup: WorkerSetup,
  markdownlint: MarkdownlintConfigFor | undefined,
): Pick<ChunkDone, 'results' | 'findings'> {
  // The pool already asked which pages' facts it wants: the request says so with each file's `sitePath`.
  const wanted = new Map(files.flatMap((file) => (file.sitePath === undefined ? [] : [[file.absolutePath, file.sitePath] as const])));
  const facts = new Map<string, PageFacts>();
  const sink =
    wanted.size === 0
      ? undefined
      : { wants: (absolutePath: string) => wanted.get(absolutePath), set: (sitePath: string, found: PageFacts) => facts.set(sitePath, found) };
  const results = checkBatch(
    files.map((file) => ({ absolutePath: file.absolutePath, displayPath: file.displayPath })),
    setup.config,
    setup.site,
    markdownlint,
    sink,
  );
  const findings: Finding[] = [];
  const fileResults = results.map((result, position): WorkerFileResult => {
    if ('unreadable' in result) return { unreadable: result.unreadable };
    const sitePath = files[position]!.sitePath;
    const found = sitePath === undefined ? undefined : facts.get(sitePath);
    for (const finding of result.report.findings) findings.push(finding);
    return {
      findingCount: result.report.findings.length,
      ...(setup.wantText && result.report.text !== undefined ? { text: result.report.text } : {}),
      ...(sitePath !== undefined && found ? { sitePath, facts: found } : {}),
    };
  });
  return { results: fileResults, findings: packFindings(findings) };
}
