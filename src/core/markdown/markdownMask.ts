import { templateMarker, type MaskedText } from '../templates/mask';

/**
 * Masked template statements are spaces, which in Markdown can mean something: `{% if x %}Hello` at the start of
 * a line would become eight spaces before "Hello", an indented code block. Where a statement starts a line and text
 * follows it on that line, its first character becomes the template marker instead (present but unknown, like
 * template output), so the text stays a paragraph. Same length; linear.
 */
export function markdownSafeMask(masked: MaskedText): string {
  const text = masked.text;
  let parts: string[] | undefined;
  let copiedTo = 0;
  for (const span of masked.spans) {
    if (span.kind === 'output' || span.end <= span.start) continue;
    if (!onlySpacesBefore(text, span.start) || !textAfterOnLine(text, span.end)) continue;
    parts ??= [];
    parts.push(text.slice(copiedTo, span.start), templateMarker);
    copiedTo = span.start + 1;
  }
  if (!parts) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

function onlySpacesBefore(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

function textAfterOnLine(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return false;
    if (code !== 32 && code !== 9) return true;
  }
  return false;
}
