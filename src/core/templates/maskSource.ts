import type { FrontMatter } from '../frontMatter/frontMatter';
import { maskTemplates, type MaskedText } from './mask';

/**
 * The file as the HTML parser should see it: front matter blanked (it is data, not page text) and template code
 * masked. Same length, same line breaks, so offsets in the result are offsets in the file.
 */
export function maskSource(text: string, frontMatter: FrontMatter | undefined): MaskedText {
  return maskTemplates(frontMatter ? blankRange(text, frontMatter.span.start, frontMatter.span.end) : text);
}

/** Spaces over [start, end), line breaks kept. */
export function blankRange(text: string, start: number, end: number): string {
  const middle = text.slice(start, end).replace(/[^\r\n]/g, ' ');
  return text.slice(0, start) + middle + text.slice(end);
}
