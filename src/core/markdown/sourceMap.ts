import type { Span } from '../html/parse';

/** What produced a stretch of the generated HTML, for findings and fixes that land on it. */
export type SegmentKind = 'text' | 'html' | 'attribute' | 'element' | 'image' | 'link';

/**
 * One stretch of generated HTML and the Markdown it came from. `exact` segments are character-for-character copies
 * of their source (raw HTML, plain text, attribute values written as is), so any offset inside maps one to one;
 * other segments map as a whole to their source span. Segments nest like the elements they describe.
 */
export interface Segment {
  readonly kind: SegmentKind;
  readonly genStart: number;
  genEnd: number;
  readonly source: Span;
  readonly exact: boolean;
  /** Index of the innermost segment containing this one, or -1. */
  readonly parent: number;
  /** For an image or a link: where its text (alt or link text) is written, between the brackets. */
  readonly labelText?: Span;
}

/** Generated HTML offsets → Markdown source offsets. */
export class SourceMap {
  /** In order of genStart, a parent before its children (they are pushed while rendering, in document order). */
  constructor(readonly segments: readonly Segment[]) {}

  /** The innermost segment holding all of generated [start, end], if any. */
  containing(start: number, end: number): Segment | undefined {
    let index = this.lastStartingAtOrBefore(start);
    while (index !== -1) {
      const segment = this.segments[index];
      if (segment.genStart <= start && end <= segment.genEnd) return segment;
      index = segment.parent;
    }
    return undefined;
  }

  /**
   * The source span for generated [start, end]: one to one inside an exact segment (also when start and end sit
   * in two exact segments, like the start and end tag of raw HTML around Markdown text), otherwise the whole
   * source span of the innermost segment holding both.
   */
  toSource(start: number, end: number): Span | undefined {
    const holder = this.containing(start, end);
    if (!holder) return undefined;
    if (holder.exact || start === end) return holder.exact ? { start: pointInside(holder, start), end: pointInside(holder, end) } : holder.source;
    const first = this.containing(start, start + 1);
    const last = this.containing(end - 1, end);
    if (first?.exact && last?.exact) return { start: pointInside(first, start), end: pointInside(last, end) };
    return holder.source;
  }

  /** The exact segment holding all of generated [start, end], for mapping an edit one to one. */
  exactHolder(start: number, end: number): Segment | undefined {
    const holder = this.containing(start, end);
    return holder?.exact ? holder : undefined;
  }

  /** A generated offset inside an exact segment, in the source. */
  static sourceOffset(segment: Segment, generated: number): number {
    return pointInside(segment, generated);
  }

  private lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.segments[mid].genStart <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }
}

function pointInside(segment: Segment, generated: number): number {
  return segment.source.start + (generated - segment.genStart);
}
