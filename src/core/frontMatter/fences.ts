import type { Span } from '../html/parse';
import type { FrontMatterFormat } from './frontMatter';

/** Where a front matter block sits in the file, before its content is read. */
export interface FrontMatterBlock {
  readonly format: FrontMatterFormat;
  /** Fences included; ends after the closing fence's text, before its line break. */
  readonly span: Span;
  readonly contentSpan: Span;
  /** False when the opening fence has no closing fence (or a JSON object no closing brace). */
  readonly closed: boolean;
}

/** The opening fences and, for each, the lines that may close it. */
const fences: ReadonlyArray<{ readonly open: string; readonly close: readonly string[]; readonly format: FrontMatterFormat }> = [
  { open: '---', close: ['---', '...'], format: 'yaml' },
  { open: '+++', close: ['+++'], format: 'toml' },
];

/**
 * Finds a fenced (YAML or TOML) block at the start of the file, which may begin with a byte order mark. A fence is
 * the marker alone on its line (spaces and tabs after it are allowed, as Jekyll allows them). One pass over the
 * lines, stopping at the closing fence.
 */
export function findFencedBlock(text: string, start: number): FrontMatterBlock | undefined {
  for (const fence of fences) {
    if (!text.startsWith(fence.open, start)) continue;
    const openingEnd = lineEnd(text, start);
    if (!isBlank(text, start + fence.open.length, openingEnd)) continue;
    const contentStart = nextLineStart(text, openingEnd);
    let lineStart = contentStart;
    while (lineStart < text.length) {
      const end = lineEnd(text, lineStart);
      const marker = fence.close.find((close) => text.startsWith(close, lineStart));
      if (marker !== undefined && isBlank(text, lineStart + marker.length, end)) {
        return { format: fence.format, span: { start, end }, contentSpan: { start: contentStart, end: lineStart }, closed: true };
      }
      lineStart = nextLineStart(text, end);
    }
    return { format: fence.format, span: { start, end: openingEnd }, contentSpan: { start: openingEnd, end: openingEnd }, closed: false };
  }
  return undefined;
}

/** Offset of the line break (or the end of the text) that ends the line holding `offset`. */
export function lineEnd(text: string, offset: number): number {
  for (let index = offset; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10 || char === 13) return index;
  }
  return text.length;
}

/** Offset just past the line break at `end` (a lone CR, LF or CRLF). */
export function nextLineStart(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end < text.length ? end + 1 : end;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const char = text.charCodeAt(index);
    if (char !== 32 && char !== 9) return false;
  }
  return true;
}
