import type { PageFacts } from '../core/site/siteCheck';
import { checkOneFile } from './checkFiles';
import type { ChunkRequest, WorkerFileResult, WorkerSetup } from './checkWorkerProtocol';
import type { MarkdownlintConfigFor } from './markdownlintConfig';

/** Checks a chunk of files as a checking thread does, for the pool (on a worker, or on the main thread between messages). */
export function checkChunk(files: ChunkRequest['files'], setup: WorkerSetup, markdownlint: MarkdownlintConfigFor | undefined): WorkerFileResult[] {
  return files.map((file): WorkerFileResult => {
    let facts: PageFacts | undefined;
    const sink = file.sitePath === undefined ? undefined : { wants: () => file.sitePath, set: (_: string, found: PageFacts) => (facts = found) };
    const result = checkOneFile({ absolutePath: file.absolutePath, displayPath: file.displayPath }, setup.config, setup.site, markdownlint, sink);
    if ('unreadable' in result) return { unreadable: result.unreadable };
    return {
      findings: result.report.findings,
      ...(setup.wantText && result.report.text !== undefined ? { text: result.report.text } : {}),
      ...(file.sitePath !== undefined && facts ? { sitePath: file.sitePath, facts } : {}),
    };
  });
}
