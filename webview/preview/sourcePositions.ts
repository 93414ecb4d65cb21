import { sourceSpanOf } from '../../src/core/preview/linePositions';

/**
 * Source positions travel as `data-cb-src` attributes, added by the extension while rendering: `start-end` offsets
 * in the file, or `line:column-line:column` with the page's line starts sent alongside (setLineStarts). These
 * helpers find elements by offset and offsets by element.
 */

export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

const attribute = 'data-cb-src';

/** The line starts of the version on show, for positions written by line and column. */
let lineStarts: readonly number[] | undefined;

/** Called as a version is put on show, with its line starts (undefined: its positions are offsets). */
export function setLineStarts(starts: readonly number[] | undefined): void {
  lineStarts = starts;
}

export function spanOf(element: Element): SourceSpan | undefined {
  const value = element.getAttribute(attribute);
  return value ? sourceSpanOf(value, lineStarts) : undefined;
}

/** The element (or its nearest ancestor) that knows where it was written. */
export function positionedAncestor(target: EventTarget | null): { readonly element: Element; readonly span: SourceSpan } | undefined {
  const node = target as Node | null;
  let element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  while (element) {
    const span = spanOf(element);
    if (span) return { element, span };
    element = element.parentElement;
  }
  return undefined;
}

function positioned(document: Document): Element[] {
  return Array.from(document.body?.querySelectorAll(`[${attribute}]`) ?? []);
}

/** The innermost element written around `offset`; else the last one written before it. */
export function elementAt(document: Document, offset: number): Element | undefined {
  let containing: { element: Element; size: number } | undefined;
  let before: { element: Element; start: number } | undefined;
  for (const element of positioned(document)) {
    const span = spanOf(element);
    if (!span) continue;
    if (span.start <= offset && offset < span.end && (!containing || span.end - span.start <= containing.size)) {
      containing = { element, size: span.end - span.start };
    }
    if (span.start <= offset && (!before || span.start >= before.start)) before = { element, start: span.start };
  }
  return containing?.element ?? before?.element;
}

/** The first element (in reading order) that begins at or below the toolbar: where the reader is. */
export function offsetAtTop(document: Document, toolbarHeight: number): number | undefined {
  for (const element of positioned(document)) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue;
    if (box.top >= toolbarHeight - 1) return spanOf(element)?.start;
  }
  return undefined;
}
