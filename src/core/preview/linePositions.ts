import type { Span } from '../html/parse';
import type { LineIndex } from '../text/lineIndex';

/**
 * Source positions written by line and column (`data-cb-src="12:4-15:0"`) instead of by offset. Typing a letter
 * moves the offset of everything after it, so every later element's position would change and the preview would
 * have to compare, clean and update half the page on every keystroke; by line, only the positions on the edited line
 * change. The preview turns them back into offsets with the page's line starts, sent with each version.
 */
export function linePositionText(lines: LineIndex, span: Span): string {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/**
 * A `data-cb-src` value as offsets: `start-end` (offsets), or `line:column-line:column` read with `lineStarts`.
 * Undefined for anything else, or for a line the table does not have.
 */
export function sourceSpanOf(value: string, lineStarts: readonly number[] | undefined): Span | undefined {
  const dash = value.indexOf('-');
  if (dash <= 0) return undefined;
  const start = offsetOf(value.slice(0, dash), lineStarts);
  const end = offsetOf(value.slice(dash + 1), lineStarts);
  return start !== undefined && end !== undefined && start <= end ? { start, end } : undefined;
}

function offsetOf(text: string, lineStarts: readonly number[] | undefined): number | undefined {
  const colon = text.indexOf(':');
  if (colon === -1) {
    const offset = Number(text);
    return text !== '' && Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
  }
  if (!lineStarts) return undefined;
  const line = Number(text.slice(0, colon));
  const column = Number(text.slice(colon + 1));
  if (colon === 0 || colon === text.length - 1 || !Number.isSafeInteger(line) || !Number.isSafeInteger(column) || line < 0 || column < 0) return undefined;
  const lineStart = lineStarts[line];
  return lineStart === undefined ? undefined : lineStart + column;
}
