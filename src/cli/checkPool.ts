import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckConfig } from '../core/types';
import { checkChunk } from './checkChunk';
import type { FactsSink, FileResult, SiteContext } from './checkFiles';
import { unpackFindings, type ChunkDone, type ChunkRequest, type WorkerMessage, type WorkerSetup } from './checkWorkerProtocol';
import type { HtmlFile } from './files';
import type { MarkdownlintConfigFor } from './markdownlintConfig';

export interface PoolOptions {
  /** Threads that check pages, this one included: `jobs - 1` workers are started. */
  readonly jobs: number;
  readonly config: CheckConfig;
  readonly site: SiteContext;
  /** The working folder, where each worker finds the markdownlint settings of each page. */
  readonly cwd: string;
  /** This thread's markdownlint settings, for the chunks it checks itself. */
  readonly markdownlint?: MarkdownlintConfigFor;
  /** SARIF fingerprints need each file's text; the other formats do not, so it does not cross back. */
  readonly wantText: boolean;
  /** A note on a markdownlint settings file, from whichever worker met it first. */
  readonly note: (message: string) => void;
}

/**
 * Pages per message: small enough that every thread stays busy to the end and the first results are printed soon,
 * large enough that messages cost little next to checking.
 */
const chunkSize = 24;

/** Chunks each worker holds, so it starts the next while this thread is busy checking or printing. On the 10,000-page
 * benchmark site a worker holding three still waited 2.5–5 % of its time for the next chunk; holding five, under 1 %. */
const chunksInFlight = 5;

/** Chunks each worker is given at the start: this thread then loads and warms up its own engine on a chunk of its
 * own, which takes as long as a worker's first several chunks, before it can hand out more (with three, a worker
 * waited 170 ms there). */
const chunksAtStart = 8;

/** Near the end a worker holds fewer chunks ahead: this thread, out of chunks to take, waits for the ones it holds. */
const chunksAhead = (chunksLeft: number) => (chunksLeft > 4 * chunksInFlight ? chunksInFlight : 2);

type ChunkResults = Pick<ChunkDone, 'results' | 'findings'>;

/**
 * Checks the files on `jobs` threads: this one and `jobs - 1` workers, each of which loads the checking engine
 * once. Chunks of files are handed out in order as threads become free, and the results come back in the files'
 * order, exactly as `checkFiles` gives them on one thread; the pages' facts for the checks across pages are
 * recorded in that order too. This thread checks a chunk itself whenever it would otherwise wait for one.
 */
export async function* checkFilesInWorkers(files: readonly HtmlFile[], options: PoolOptions, facts?: FactsSink): AsyncGenerator<FileResult> {
  const chunks: HtmlFile[][] = [];
  for (let start = 0; start < files.length; start += chunkSize) chunks.push(files.slice(start, start + chunkSize));
  const requestFor = (chunk: number): ChunkRequest => ({ chunk, files: chunks[chunk]!.map((file) => ({ ...file, ...siteFactsFor(file, facts) })) });
  const setup: WorkerSetup = { config: options.config, site: options.site, cwd: options.cwd, wantText: options.wantText };

  const done = new Map<number, ChunkResults>();
  let nextChunk = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const inFlight = new Map<Worker, number>();
  const give = (worker: Worker) => {
    if (nextChunk >= chunks.length) return;
    worker.postMessage(requestFor(nextChunk++));
    inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
  };

  let finished = false;
  const workers: Worker[] = [];
  const workerCount = Math.min(options.jobs - 1, chunks.length - 1);
  for (let index = 0; index < workerCount; index++) {
    const worker = new Worker(path.join(__dirname, 'cli-worker.js'), { workerData: setup });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'note') {
        options.note(message.message);
        return;
      }
      done.set(message.chunk, message);
      const holding = inFlight.get(worker)! - 1;
      inFlight.set(worker, holding);
      if (holding < chunksAhead(chunks.length - nextChunk)) give(worker);
      signal();
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (!finished) failure ??= new Error(`a checking thread stopped early (exit code ${code})`);
      signal();
    });
    workers.push(worker);
  }
  // Workers start with their first chunks while this thread loads its own engine on the chunk after them.
  for (let round = 0; round < chunksAtStart; round++) for (const worker of workers) give(worker);

  try {
    for (let index = 0; index < chunks.length; index++) {
      while (!done.has(index)) {
        if (failure) throw failure;
        if (nextChunk < chunks.length) {
          const chunk = nextChunk++;
          done.set(chunk, checkChunk(requestFor(chunk).files, setup, options.markdownlint));
          // Let the workers' finished chunks in, so they are handed their next ones.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const results = done.get(index)!;
      done.delete(index);
      yield* resultsOf(chunks[index]!, results, facts);
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function* resultsOf(chunk: readonly HtmlFile[], checked: ChunkResults, facts: FactsSink | undefined): Generator<FileResult> {
  let nextFinding = 0;
  for (let position = 0; position < chunk.length; position++) {
    const file = chunk[position]!;
    const result = checked.results[position]!;
    if (result.unreadable !== undefined) {
      yield { file, unreadable: result.unreadable };
      continue;
    }
    if (facts && result.sitePath !== undefined && result.facts) facts.set(result.sitePath, result.facts);
    const count = result.findingCount ?? 0;
    const findings = unpackFindings(checked.findings, nextFinding, count);
    nextFinding += count;
    yield { file, report: { path: file.displayPath, findings, ...(result.text !== undefined ? { text: result.text } : {}) } };
  }
}

function siteFactsFor(file: HtmlFile, facts: FactsSink | undefined): { sitePath?: string } {
  const sitePath = facts?.wants(file.absolutePath);
  return sitePath === undefined ? {} : { sitePath };
}
