import { availableParallelism } from 'node:os';

/** Below this many pages a second thread costs more than it saves: each thread loads the checking engine itself. */
export const pagesForWorkers = 400;

/** How many threads check pages when `--jobs` is not given: one per core for a large check, else this thread alone. */
export function defaultJobs(pageCount: number, cores: number = availableParallelism()): number {
  if (pageCount < pagesForWorkers) return 1;
  return Math.max(1, Math.min(cores, 8));
}
