/**
 * V8 settings for a short run of checks.
 *
 * On a run over a few dozen pages, about a third of the command line's processor time is V8 optimising the checking
 * code on its background threads (which count towards the run's time), and the first pass over the pages costs
 * about twice a warm one. Optimising a function only once it has run longer (a larger interrupt budget: 300,000
 * instead of 67,584 bytes of bytecode run) and inlining less into each optimised function (at most 300 instead of 920
 * bytes of bytecode in all) make that work smaller. Measured on the benchmark's 60 pages, a run takes about 15 %
 * less processor time, and over 240 pages it still takes less. Both only tune the optimising compiler: every result
 * is the same.
 */
const shortRunFlags = '--interrupt-budget=300000 --max-inlined-bytecode-size-cumulative=300';

/** V8 prints an error for a flag it does not know, so the flags go only to the versions known to have both. */
const knownV8Majors = { first: 9, last: 13 };

/** The flags for this V8 version (`process.versions.v8`), or undefined where they are not known to exist. */
export function compilerFlagsFor(v8Version: string): string | undefined {
  const major = Number.parseInt(v8Version, 10);
  return major >= knownV8Majors.first && major <= knownV8Majors.last ? shortRunFlags : undefined;
}
