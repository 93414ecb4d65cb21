/** Text gathered before it is written: one write per 64 KB, not one per file (10,000 writes cost more than the writing). */
const flushAt = 64 * 1024;

/** Nor is anything held back longer than this, so a slow check still shows its results as they come. */
const holdMs = 200;

/**
 * Gathers output into larger writes. `flush` writes what is left; the caller calls it before finishing. Waits for
 * the reader as `write` does, so output never piles up in memory.
 */
export function batchedOutput(write: (text: string) => Promise<void> | void, now: () => number = () => performance.now()) {
  let pending = '';
  let since = now();
  const flush = (): Promise<void> | void => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    since = now();
    return write(text);
  };
  return {
    write(text: string): Promise<void> | void {
      pending += text;
      if (pending.length >= flushAt || now() - since >= holdMs) return flush();
    },
    flush,
  };
}
