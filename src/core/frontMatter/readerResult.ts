import type { Span } from '../html/parse';
import type { FrontMatterEntry } from './frontMatter';

export interface FrontMatterError {
  /** What is wrong, in plain words: the end of the sentence front-matter-syntax says at the mistake. */
  readonly reason: string;
  readonly start: number;
  readonly end: number;
}

/** What a format's reader found in the block: every key, or the first mistake. */
export interface ReaderResult {
  readonly entries: ReadonlyMap<string, FrontMatterEntry>;
  readonly error?: FrontMatterError;
}

/** Deeper than this, settings are not read: no real page needs it, and the libraries recurse per level. */
export const maxSettingsDepth = 100;

/** The one plain-language reason a block cannot be read, pointing at the mistake. */
export function unreadable(reason: string, span: Span, text: string): ReaderResult {
  // An empty span at a line break would be invisible in the editor: widen it to the character there, if any.
  const end = span.end > span.start ? span.end : Math.min(text.length, span.start + 1);
  return {
    entries: new Map(),
    error: { reason, start: span.start, end },
  };
}

/** Joins a parent path and a key into a dotted path. */
export function dotted(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** A plain object (a table or mapping), not an array, a date or a primitive. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
