// The checking worker on the desktop: a `worker_threads` Worker started by the extension (dist/checkWorker.js).
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { handleWorkerMessage } from './handleRequest';

/** A nice value: the scheduler gives this thread the processor only after the editor's and the preview's threads. */
export const backgroundNiceness = 10;

/**
 * Checking is background work, and its result for a version the user has already typed past is thrown away: on a
 * busy computer it must not slow down typing or the preview. Linux keeps a priority per thread, so this worker
 * lowers its own thread's (found through /proc/thread-self, which names the calling thread). Elsewhere, or when the
 * system refuses, the worker runs at the normal priority, as before.
 */
function lowerThisThreadsPriority(): void {
  try {
    const link = readlinkSync('/proc/thread-self'); // "<process>/task/<thread>"
    const thread = Number(link.slice(link.lastIndexOf('/') + 1));
    if (Number.isSafeInteger(thread) && thread > 0) setPriority(thread, backgroundNiceness);
  } catch {
    // Not Linux, or not allowed: nothing to do.
  }
}

lowerThisThreadsPriority();
parentPort?.on('message', (message: unknown) => {
  const response = handleWorkerMessage(message);
  if (response) parentPort?.postMessage(response);
});
