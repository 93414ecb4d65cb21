import type { FrontMatter } from '../frontMatter/frontMatter';

/**
 * The text the Markdown parser reads: the front matter block blanked to spaces (its line breaks kept), so it is
 * not read as a heading or a paragraph, while every offset stays the same as in the file.
 */
export function prepareMarkdown(text: string, frontMatter: FrontMatter | undefined): string {
  if (!frontMatter) return text;
  const { start, end } = frontMatter.span;
  return text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
}

/** Every character but line breaks becomes a space. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
