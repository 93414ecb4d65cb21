import type { Span } from '../html/parse';
import { dotted } from './readerResult';

export interface KeyPosition {
  readonly keySpan: Span;
  readonly valueSpan: Span;
}

/**
 * Where each key of a TOML block is written: `key = value` lines at the top and under `[table]` headers (dotted
 * paths, `[seo]` + `title` → `seo.title`), and the headers themselves. Only run on text `smol-toml` has accepted,
 * so it does not validate anything: it finds key positions and skips over values (strings, multi-line strings,
 * arrays and inline tables spanning lines) so that a `key =` inside a value is never taken for a key. One pass,
 * each character looked at once. Keys inside `[[array of tables]]` are not located (they have no single path).
 */
export function tomlKeyPositions(source: string): Map<string, KeyPosition> {
  const positions = new Map<string, KeyPosition>();
  let table: string | undefined = '';
  let index = 0;
  while (index < source.length) {
    index = skipSpaces(source, index);
    const char = source[index];
    if (char === undefined) break;
    if (char === '\n' || char === '\r') {
      index++;
    } else if (char === '#') {
      index = endOfLine(source, index);
    } else if (char === '[') {
      const arrayTable = source[index + 1] === '[';
      const keyStart = skipSpaces(source, index + (arrayTable ? 2 : 1));
      const key = readDottedKey(source, keyStart);
      table = arrayTable ? undefined : key.path;
      if (!arrayTable)
        positions.set(key.path, { keySpan: { start: keyStart, end: key.end }, valueSpan: { start: index, end: closingBracket(source, key.end) } });
      index = endOfLine(source, key.end);
    } else {
      const key = readDottedKey(source, index);
      const equals = source.indexOf('=', key.end);
      if (equals < 0) break;
      const value = valueSpanAt(source, skipSpaces(source, equals + 1));
      if (table !== undefined) positions.set(dotted(table, key.path), { keySpan: { start: index, end: key.end }, valueSpan: value.span });
      index = endOfLine(source, value.end);
    }
  }
  return positions;
}

/** A dotted key (`a`, `"a b"`, `a.'b'.c`), its path with quotes removed, and where it ends. */
function readDottedKey(source: string, start: number): { path: string; end: number } {
  const parts: string[] = [];
  let index = start;
  let end: number;
  for (;;) {
    const quote = source[index];
    if (quote === '"' || quote === "'") {
      const close = stringEnd(source, index + 1, quote);
      const written = source.slice(index + 1, close);
      parts.push(quote === '"' ? unescapeBasic(written) : written);
      index = close + 1;
    } else {
      const partStart = index;
      while (index < source.length && /[A-Za-z0-9_-]/.test(source[index]!)) index++;
      parts.push(source.slice(partStart, index));
    }
    end = index;
    const after = skipSpaces(source, index);
    if (source[after] !== '.') break;
    index = skipSpaces(source, after + 1);
  }
  return { path: parts.join('.'), end };
}

/** Where a value is written (inside the quotes for a string) and where the scan continues. */
function valueSpanAt(source: string, start: number): { span: Span; end: number } {
  const char = source[start];
  if (char === '"' || char === "'") {
    const triple = source.startsWith(char.repeat(3), start);
    const open = start + (triple ? 3 : 1);
    const close = triple ? multilineStringEnd(source, open, char) : stringEnd(source, open, char);
    return { span: { start: open, end: close }, end: close + (triple ? 3 : 1) };
  }
  if (char === '[' || char === '{') {
    const end = bracketEnd(source, start);
    return { span: { start, end }, end };
  }
  let end = start;
  while (end < source.length && source[end] !== '#' && source[end] !== '\n' && source[end] !== '\r') end++;
  while (end > start && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--;
  return { span: { start, end }, end };
}

/** Offset of the closing quote of a one-line string (a basic string's backslash escapes the next character). */
function stringEnd(source: string, start: number, quote: string): number {
  let index = start;
  while (index < source.length && source[index] !== quote && source[index] !== '\n') index += quote === '"' && source[index] === '\\' ? 2 : 1;
  return Math.min(index, source.length);
}

/** Offset of the closing `"""` or `'''`; up to two extra quotes before it belong to the string. */
function multilineStringEnd(source: string, start: number, quote: string): number {
  let index = start;
  while (index < source.length) {
    if (quote === '"' && source[index] === '\\') {
      index += 2;
    } else if (source.startsWith(quote.repeat(3), index)) {
      let close = index;
      while (source[close + 3] === quote && close < index + 2) close++;
      return close;
    } else {
      index++;
    }
  }
  return source.length;
}

/** Offset just past the bracket that closes the array or inline table opening at `start`. */
function bracketEnd(source: string, start: number): number {
  let depth = 0;
  let index = start;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '[' || char === '{') {
      depth++;
      index++;
    } else if (char === ']' || char === '}') {
      depth--;
      index++;
      if (depth === 0) return index;
    } else if (char === '"' || char === "'") {
      const triple = source.startsWith(char.repeat(3), index);
      index = triple ? multilineStringEnd(source, index + 3, char) + 3 : stringEnd(source, index + 1, char) + 1;
    } else if (char === '#') {
      index = endOfLine(source, index);
    } else {
      index++;
    }
  }
  return source.length;
}

function closingBracket(source: string, from: number): number {
  const close = source.indexOf(']', from);
  if (close < 0) return endOfLine(source, from);
  return source[close + 1] === ']' ? close + 2 : close + 1;
}

function skipSpaces(source: string, index: number): number {
  while (source[index] === ' ' || source[index] === '\t') index++;
  return index;
}

function endOfLine(source: string, index: number): number {
  while (index < source.length && source[index] !== '\n' && source[index] !== '\r') index++;
  return index;
}

/** A basic (double-quoted) key's text with its escapes read; TOML's escapes are JSON's, plus a few rare ones. */
function unescapeBasic(written: string): string {
  if (!written.includes('\\')) return written;
  try {
    return JSON.parse(`"${written}"`) as string;
  } catch {
    return written;
  }
}
