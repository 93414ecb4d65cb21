/**
 * One version of a text as an edit of the one before: keep `start` characters, drop `removed` characters, put
 * `inserted` in their place. Consecutive versions of a prepared preview page differ by a few dozen characters, so
 * the preview is sent this instead of the whole page; the receiver checks the result with `length` and `hash`.
 */
export interface TextSplice {
  readonly start: number;
  readonly removed: number;
  readonly inserted: string;
}

/**
 * The one splice that turns `before` into `after`: the longest common start, then the longest common end of what
 * is left. Linear in the texts' length. It never cuts between the two halves of a surrogate pair, so `inserted` is
 * always well-formed text wherever the texts are.
 */
export function spliceBetween(before: string, after: string): TextSplice {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  // Whole chunks first: comparing two slices is the engine's own memory comparison, many times faster than a
  // loop over characters; the loops then find the exact place within the chunk that differs.
  while (start + chunkLength <= shorter && before.slice(start, start + chunkLength) === after.slice(start, start + chunkLength)) start += chunkLength;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // A pair cut after its first half, in either text: its first half goes with the change.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1)) && (isLowSurrogate(before.charCodeAt(start)) || isLowSurrogate(after.charCodeAt(start))))
    start--;
  let end = 0;
  const maxEnd = shorter - start;
  while (end + chunkLength <= maxEnd && sameChunkBefore(before, after, end)) end += chunkLength;
  while (end < maxEnd && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // A pair cut before its second half, in either text: its second half goes with the change.
  if (
    end > 0 &&
    isLowSurrogate(after.charCodeAt(after.length - end)) &&
    (isHighSurrogate(after.charCodeAt(after.length - end - 1)) || isHighSurrogate(before.charCodeAt(before.length - end - 1)))
  )
    end--;
  return { start, removed: before.length - start - end, inserted: after.slice(start, after.length - end) };
}

/** Characters compared at once while looking for the shared start and end (a few microseconds each). */
const chunkLength = 1024;

/** Whether the chunk ending `end` characters before each text's end is the same in both. */
function sameChunkBefore(before: string, after: string, end: number): boolean {
  return before.slice(before.length - end - chunkLength, before.length - end) === after.slice(after.length - end - chunkLength, after.length - end);
}

/** `base` with the splice made; undefined when the splice does not fit in `base` (it was made from another text). */
export function applySplice(base: string, splice: TextSplice): string | undefined {
  const { start, removed, inserted } = splice;
  if (!isCount(start) || !isCount(removed) || start + removed > base.length) return undefined;
  return base.slice(0, start) + inserted + base.slice(start + removed);
}

/**
 * A cheap 53-bit hash of the whole text (cyrb53: two 32-bit multiplicative hashes mixed), to check that a text
 * rebuilt from a splice is the one that was sent. Linear, one pass over the UTF-16 code units.
 */
export function textHash(text: string): number {
  const state = new Int32Array([hashSeed1, hashSeed2]);
  hashRange(text, 0, text.length, state);
  return finishHash(state);
}

/**
 * A text's `textHash`, with the hash's running state kept every `hashCheckpointLength` code units, so that the hash of
 * a next version sharing the text's start goes on from the last state before the change instead of from the start.
 */
export interface HashedText {
  readonly hash: number;
  /** The running state before code unit `k × hashCheckpointLength`, as pairs: [h1, h2, h1, h2, …]. */
  readonly states: Int32Array;
}

/** Code units between two kept states of the running hash (about 40 states for a 160 KB page). */
export const hashCheckpointLength = 4096;

/**
 * `textHash(text)`, the same number, read only from the last kept state of `before` that lies within the `shared`
 * first code units, which `text` and the text `before` was made from have in common (the splice's `start`).
 */
export function textHashAfter(text: string, before?: HashedText, shared = 0): HashedText {
  const checkpoints = Math.floor(text.length / hashCheckpointLength) + 1;
  const states = new Int32Array(checkpoints * 2);
  // Kept states at or before `shared` hold for `text` too: both texts are the same up to there.
  const reused = before ? Math.min(Math.floor(Math.max(0, shared) / hashCheckpointLength), before.states.length / 2 - 1, checkpoints - 1) : 0;
  if (before && reused > 0) states.set(before.states.subarray(0, reused * 2 + 2));
  else states.set([hashSeed1, hashSeed2]);
  const state = states.slice(reused * 2, reused * 2 + 2);
  for (let checkpoint = reused + 1; checkpoint < checkpoints; checkpoint++) {
    hashRange(text, (checkpoint - 1) * hashCheckpointLength, checkpoint * hashCheckpointLength, state);
    states[checkpoint * 2] = state[0];
    states[checkpoint * 2 + 1] = state[1];
  }
  hashRange(text, (checkpoints - 1) * hashCheckpointLength, text.length, state);
  return { hash: finishHash(state), states };
}

const hashSeed1 = 0xdeadbeef | 0;
const hashSeed2 = 0x41c6ce57;

/** Runs the hash over code units [from, to), four at a time (fewer loop checks; the same result as one at a time). */
function hashRange(text: string, from: number, to: number, state: Int32Array): void {
  let h1 = state[0];
  let h2 = state[1];
  let index = from;
  for (; index + 4 <= to; index += 4) {
    const a = text.charCodeAt(index);
    const b = text.charCodeAt(index + 1);
    const c = text.charCodeAt(index + 2);
    const d = text.charCodeAt(index + 3);
    h1 = Math.imul(h1 ^ a, 2654435761);
    h2 = Math.imul(h2 ^ a, 1597334677);
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
    h1 = Math.imul(h1 ^ d, 2654435761);
    h2 = Math.imul(h2 ^ d, 1597334677);
  }
  for (; index < to; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  state[0] = h1;
  state[1] = h2;
}

function finishHash(state: Int32Array): number {
  let h1 = state[0];
  let h2 = state[1];
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
