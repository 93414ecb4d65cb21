import { availableParallelism, loadavg } from 'node:os';

/** Below this many pages a second thread costs more than it saves: each thread loads the checking engine itself. */
export const pagesForWorkers = 400;

/** More threads than this wait for the one that prints. */
const mostThreads = 8;

/**
 * How many threads check pages when `--jobs` is not given: for a large check, one per core that other work leaves
 * idle, even in part (by the load average); else this thread alone. On a 2-core machine at load 0.5–0.8 a second
 * thread checked the 10,000-page benchmark site in a fifth to a third less time, so a partly idle core counts. On a
 * busy machine a second thread only adds the cost of loading and warming up a second engine (about a quarter more
 * CPU time on that site) without finishing sooner.
 */
export function defaultJobs(pageCount: number, cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  if (pageCount < pagesForWorkers) return 1;
  const idleCores = Math.ceil(cores - load);
  return Math.max(1, Math.min(idleCores, cores, mostThreads));
}
