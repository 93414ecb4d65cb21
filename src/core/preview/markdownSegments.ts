import type { Span } from '../html/parse';
import type { TextSplice } from './textSplice';

/**
 * Where a Markdown page can be cut into parts that read the same alone as together, so the preview re-reads only
 * the part being typed in (reading a whole 100 KB page takes the Markdown parser about 400 ms).
 *
 * A part starts at a line written at the left margin that starts with a letter or `#`, after a blank line, outside
 * a fenced code block and outside raw HTML that runs until its end marker (`<!-- … -->`, `<pre>`, `<script>`…).
 * Such a line always starts a new paragraph or heading at the top level: it closes every list, quote, table,
 * indented code and paragraph before it. Lists, quotes and code inside them cannot run past it.
 *
 * Link reference definitions (`[label]: /address`) apply to the whole page: they are returned too, so each part
 * is read with them. Anything this scan cannot be sure about (footnotes, a definition it cannot place, a fence or
 * raw HTML indented as if inside a list, or right after a table row or HTML) returns undefined: the page is then
 * read whole.
 */
export interface MarkdownSegments {
  /** Consecutive spans covering [from, text.length). */
  readonly segments: readonly Span[];
  /** The page's link reference definitions, one per line, in page order ('' for none). */
  readonly definitions: string;
}

/** Raw HTML blocks that a blank line does not end (CommonMark kinds 1 to 5): their start and what ends them. */
const rawTextTags = ['script', 'pre', 'style', 'textarea'];

export function markdownSegments(text: string, from = 0): MarkdownSegments | undefined {
  if (text.includes('[^', from)) return undefined; // Footnotes are numbered across the page.
  const starts: number[] = [from];
  const definitions: string[] = [];
  const end = scanLines(text, from, text.length, starts, definitions, new Set<string>());
  if (!end) return undefined;
  // The definitions are read after each part: a fence or raw HTML left open at the end would swallow them.
  if ((end.fence || end.rawHtmlEnd) && definitions.length > 0) return undefined;
  const segments = starts.map((start, index) => ({ start, end: starts[index + 1] ?? text.length }));
  return { segments, definitions: definitions.join('\n') };
}

/**
 * The page's parts after an edit (`edit` turns the text `before` was cut from into `text`), scanning again only the
 * parts the edit falls in, or undefined where that would not prove the same cut as `markdownSegments(text, from)`.
 *
 * Why it is the same: every part starts in one state of the scan (after a blank line, outside fences and raw HTML,
 * no definition just before), so the scan of the page is the scans of its parts one after the other. The parts
 * before the edited ones are unchanged; the edited ones are scanned from that state; if they still end on a blank
 * line outside fences and raw HTML, the next part starts in that state again, and the parts after are the same text
 * scanned the same way. Definitions and footnotes are the page's: edited text holding `]:` or `[^`, before or after
 * the edit, is cut whole instead.
 */
export function markdownSegmentsAfterEdit(
  before: MarkdownSegments,
  text: string,
  from: number,
  edit: TextSplice,
  beforeText: string,
): EditedSegments | undefined {
  const { segments } = before;
  const editEnd = edit.start + edit.removed;
  if (segments.length === 0 || segments[0].start !== from || edit.start < from || editEnd > beforeText.length) return undefined;
  // The first and last parts the edit touches (an edit at a part's very start touches that part, not the one before).
  let first = segments.length - 1;
  while (first > 0 && segments[first].start > edit.start) first--;
  let last = first;
  while (last < segments.length - 1 && segments[last].end < editEnd) last++;
  const regionStart = segments[first].start;
  const oldRegionEnd = segments[last].end;
  const delta = edit.inserted.length - edit.removed;
  const regionEnd = oldRegionEnd + delta;
  if (
    holdsWithin(beforeText, ']:', regionStart, oldRegionEnd) ||
    holdsWithin(text, ']:', regionStart, regionEnd) ||
    holdsWithin(text, '[^', regionStart, regionEnd)
  )
    return undefined;
  const starts: number[] = [regionStart];
  const state = scanLines(text, regionStart, regionEnd, starts, [], new Set<string>());
  if (!state) return undefined;
  if (regionEnd < text.length) {
    // The next part must start as it did: on a new line, after a blank line, outside fences and raw HTML.
    if (!state.previousBlank || state.fence || state.rawHtmlEnd || text.charCodeAt(regionEnd - 1) !== 10) return undefined;
  } else if ((state.fence || state.rawHtmlEnd) && before.definitions !== '') {
    return undefined;
  }
  if (first > 0) {
    // The edited part must still start a part (its first line may have changed).
    const lineEnd = text.indexOf('\n', regionStart);
    const line = text.slice(regionStart, lineEnd === -1 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    if (leadingSpace(line).index !== 0 || !startsTopLevelParagraph(line)) return undefined;
  }
  const edited = starts.map((start, index) => ({ start, end: starts[index + 1] ?? regionEnd }));
  const after = segments.slice(last + 1).map(({ start, end }) => ({ start: start + delta, end: end + delta }));
  return { segments: [...segments.slice(0, first), ...edited, ...after], definitions: before.definitions, keptBefore: first, keptAfter: after.length };
}

/** The parts after an edit, and how many parts at the start and at the end are those before it (moved by the edit). */
export interface EditedSegments extends MarkdownSegments {
  readonly keptBefore: number;
  readonly keptAfter: number;
}

/** Whether `text` holds `search` wholly within [start, end) (searched there only, not on to the end of the page). */
function holdsWithin(text: string, search: string, start: number, end: number): boolean {
  return text.slice(start, end).includes(search);
}

/** Where the scan stands after a line: inside a fence or raw HTML, and whether that line was blank. */
interface ScanState {
  readonly fence: { readonly marker: number; readonly length: number } | undefined;
  readonly rawHtmlEnd: readonly string[] | undefined;
  readonly previousBlank: boolean;
}

/**
 * Scans the lines in [from, to) (`to` a line start or the text's end) from the state a part starts in, adding the
 * parts' starts after `from`, and the definitions with their labels; undefined where the page must be read whole.
 */
function scanLines(text: string, from: number, to: number, starts: number[], definitions: string[], labels: Set<string>): ScanState | undefined {
  let fence: { readonly marker: number; readonly length: number } | undefined;
  let rawHtmlEnd: readonly string[] | undefined;
  let previousBlank = true;
  let previousDefinition = false;
  /**
   * Since the last blank line, a line that may have started a table or an HTML block a blank line ends: either
   * takes the lines after it as its own text (a fence there is a table row), so a fence or raw HTML opened there
   * cannot be placed without reading.
   */
  let absorbing = false;
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    const next = lineEnd + 1;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      previousBlank = previousDefinition = false;
      lineStart = next;
      continue;
    }
    if (rawHtmlEnd) {
      const lower = line.toLowerCase();
      if (rawHtmlEnd.some((end) => lower.includes(end))) rawHtmlEnd = undefined;
      previousBlank = previousDefinition = false;
      lineStart = next;
      continue;
    }
    const { index: indent, columns } = leadingSpace(line);
    if (indent === line.length) {
      previousBlank = true;
      previousDefinition = false;
      absorbing = false;
      lineStart = next;
      continue;
    }
    const first = line.charCodeAt(indent);
    const definition = line.includes(']:') && columns <= 3 ? definitionOf(line, indent) : undefined;
    if (line.includes(']:')) {
      // A definition is only one where a paragraph could start, on one line of its own.
      if (!definition || !(previousBlank || previousDefinition)) return undefined;
      const label = definition.label.toLowerCase().replace(/\s+/g, ' ');
      if (labels.has(label)) return undefined; // The first one wins across the page: read whole.
      labels.add(label);
      definitions.push(line.slice(indent));
    } else if (previousDefinition) {
      return undefined; // A title or address continuing on the next line.
    }
    if (previousBlank && columns === 0 && lineStart > from && !line.includes(']:') && startsTopLevelParagraph(line)) starts.push(lineStart);
    if (columns <= 3 && (first === 96 || first === 126)) {
      const opened = fenceOf(line, indent);
      if (opened) {
        if (columns > 0 || absorbing) return undefined; // Perhaps inside a list item, a table or HTML: cannot tell without reading.
        fence = opened;
      }
    } else if (columns <= 3 && first === 60 /* < */) {
      const ends = rawHtmlEndOf(line.slice(indent).toLowerCase());
      if (ends) {
        if (columns > 0 || absorbing) return undefined;
        const lower = line.toLowerCase();
        // The end marker may be on the opening line itself (after the opening).
        if (!ends.some((end) => lower.indexOf(end, 2) !== -1)) rawHtmlEnd = ends;
      }
    }
    // A table row, or HTML a blank line ends: the lines after it up to a blank line may be its own text.
    if (!fence && !rawHtmlEnd && (line.includes('|') || (columns <= 3 && first === 60))) absorbing = true;
    previousBlank = false;
    previousDefinition = definition !== undefined;
    lineStart = next;
  }
  return { fence, rawHtmlEnd, previousBlank };
}

/** The spaces and tabs a line starts with: how many characters, and how many columns (a tab reaches the next multiple of 4). */
function leadingSpace(line: string): { readonly index: number; readonly columns: number } {
  let index = 0;
  let columns = 0;
  for (; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 32) columns++;
    else if (code === 9) columns += 4 - (columns % 4);
    else break;
  }
  return { index, columns };
}

/**
 * A line at the left margin that is a paragraph, a heading or a table, never a list item, quote, rule, code or raw
 * HTML: it starts with a letter (any script), `#`, `!` (an image), `[` (a link), `|` or `\`; with digits not followed by `.` or
 * `)` and a space (an ordered list); or with `*`, `_`, `-` or `+` that is neither a list marker nor part of a rule.
 */
function startsTopLevelParagraph(line: string): boolean {
  const code = line.charCodeAt(0);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0) return true;
  // `[`: a link; a definition line (`]:`) never starts a part.
  if (code === 35 /* # */ || code === 33 /* ! */ || code === 91 /* [ */ || code === 124 /* | */ || code === 92 /* \ */) return true;
  if (code >= 48 && code <= 57) {
    let end = 1;
    while (isDigit(line.charCodeAt(end))) end++;
    const after = line.charCodeAt(end);
    return end > 9 || !((after === 46 /* . */ || after === 41) /* ) */ && (end + 1 === line.length || isSpaceOrTab(line.charCodeAt(end + 1))));
  }
  if (code === 42 /* * */ || code === 95 /* _ */ || code === 45 /* - */ || code === 43 /* + */) {
    if (code !== 95 && (line.length === 1 || isSpaceOrTab(line.charCodeAt(1)))) return false; // A list item.
    // Only marks, spaces and tabs: perhaps a rule.
    for (let index = 1; index < line.length; index++) {
      const next = line.charCodeAt(index);
      if (next !== code && !isSpaceOrTab(next)) return true;
    }
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function fenceOf(line: string, indent: number): { marker: number; length: number } | undefined {
  const marker = line.charCodeAt(indent);
  let end = indent;
  while (line.charCodeAt(end) === marker) end++;
  const length = end - indent;
  if (length < 3) return undefined;
  // A backtick fence's info string cannot hold a backtick (that is inline code instead).
  if (marker === 96 && line.indexOf('`', end) !== -1) return undefined;
  return { marker, length };
}

function closesFence(line: string, fence: { readonly marker: number; readonly length: number }): boolean {
  const { index: indent, columns } = leadingSpace(line);
  if (columns > 3) return false;
  let end = indent;
  while (line.charCodeAt(end) === fence.marker) end++;
  return end - indent >= fence.length && line.slice(end).trim() === '';
}

/** For a line starting with `<`: what ends the raw HTML block it opens, when a blank line does not. */
function rawHtmlEndOf(lower: string): readonly string[] | undefined {
  if (lower.startsWith('<!--')) return ['-->'];
  if (lower.startsWith('<?')) return ['?>'];
  if (lower.startsWith('<![cdata[')) return [']]>'];
  if (lower.startsWith('<!') && lower.charCodeAt(2) >= 97 && lower.charCodeAt(2) <= 122) return ['>'];
  for (const tag of rawTextTags) {
    if (!lower.startsWith(`<${tag}`)) continue;
    const after = lower.charAt(tag.length + 1);
    if (after === '' || after === ' ' || after === '\t' || after === '>') return rawTextTags.map((name) => `</${name}>`);
  }
  return undefined;
}

/** `[label]: destination…` on one line, the label without brackets inside it; undefined for anything else. */
function definitionOf(line: string, indent: number): { readonly label: string } | undefined {
  if (line.charCodeAt(indent) !== 91 /* [ */ || line.charCodeAt(indent + 1) === 94 /* ^ */) return undefined;
  const close = line.indexOf(']', indent + 1);
  if (close === -1 || line.charCodeAt(close + 1) !== 58 /* : */) return undefined;
  const label = line.slice(indent + 1, close);
  if (label.trim() === '' || label.includes('[') || label.includes('\\')) return undefined;
  if (line.slice(close + 2).trim() === '') return undefined; // The address is on the next line.
  return { label };
}
