/** A zero-based line/character position, as editors count them (UTF-16 code units). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Converts between string offsets and line/character positions.
 * Built once per document so every finding converts in O(log lines).
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case, \n only: indexOf is a native scan, several times faster than a loop over characters.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 /* \n */) {
          starts.push(i + 1);
        } else if (code === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Where each line begins (offsets), first line first. */
  get starts(): readonly number[] {
    return this.lineStarts;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    return Math.min(this.lineStarts[line] + Math.max(0, position.character), this.text.length);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The leading spaces and tabs of the line that holds `offset`. */
  indentationAt(offset: number): string {
    const lineStart = this.lineStarts[this.positionAt(offset).line];
    let end = lineStart;
    while (end < this.text.length && (this.text[end] === ' ' || this.text[end] === '\t')) end++;
    return this.text.slice(lineStart, end);
  }

  /** The line break the document already uses, so inserted lines match it. */
  get eol(): string {
    const firstBreak = this.text.search(/\r\n|\n|\r/);
    if (firstBreak < 0) return '\n';
    return this.text.startsWith('\r\n', firstBreak) ? '\r\n' : this.text[firstBreak];
  }
}
