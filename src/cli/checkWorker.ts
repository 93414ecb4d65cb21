/**
 * A checking thread of the command line (dist/cli-worker.js): checks the chunks of files it is sent, with the same
 * code as a run on one thread, and sends back each file's findings and, for the whole-site check, its facts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkChunk } from './checkChunk';
import type { ChunkDone, ChunkRequest, WorkerMessage, WorkerSetup } from './checkWorkerProtocol';
import { markdownlintSettingsOf } from './markdownlintConfig';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
const markdownlint = markdownlintSettingsOf(setup.cwd, (message) => post({ kind: 'note', message }));

port.on('message', (request: ChunkRequest) => {
  const done: ChunkDone = { kind: 'chunk', chunk: request.chunk, ...checkChunk(request.files, setup, markdownlint) };
  // The findings' numbers are moved to the main thread, not copied.
  port.postMessage(done, [done.findings.numbers.buffer as ArrayBuffer]);
});
