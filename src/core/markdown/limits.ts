/**
 * Guards against Markdown that would make the parser slow. micromark, like every CommonMark parser, takes time
 * in proportion to the depth of quotes and lists on each line, and its emphasis and link matching (and
 * markdownlint's) grow with the square of the `*`, `_`, `[` and `]` marks in one paragraph. No real page comes near
 * these limits.
 */

/** Quote markers, or spaces and list markers, at the start of one line beyond which the page is not checked. */
export const maxLeadingMarkers = 100;
export const maxLeadingIndent = 400;

/** `*` and `_` marks per paragraph read as emphasis; later ones are read as plain text. */
export const maxEmphasisMarksPerParagraph = 500;

/** `[` and `]` per paragraph read as link or image brackets; later ones are read as plain text. */
export const maxBracketsPerParagraph = 2000;

/** True when a line starts with more nested quotes or list indentation than a page could mean. */
export function nestedTooDeeply(text: string): boolean {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let quotes = 0;
    let i = lineStart;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 62 /* > */) quotes++;
      else if (code !== 32 && code !== 9 && code !== 45 /* - */ && code !== 43 /* + */ && code !== 42 /* * */) break;
    }
    if (quotes > maxLeadingMarkers || i - lineStart > maxLeadingIndent) return true;
    const next = text.indexOf('\n', i);
    if (next === -1) return false;
    lineStart = next + 1;
  }
  return false;
}

/**
 * The text with `*`, `_`, `[` and `]` past the budget of their paragraph (lines up to a blank line) turned into spaces,
 * same length and line breaks, so offsets stay exact. Returns the text itself when nothing is over the budget.
 */
export function limitInlineMarks(text: string, from = 0): string {
  let marks = 0;
  let brackets = 0;
  let parts: string[] | undefined;
  let copiedTo = 0;
  let blankLine = true;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) {
      if (blankLine) {
        marks = 0;
        brackets = 0;
      }
      blankLine = true;
    } else if (code === 42 /* * */ || code === 95 /* _ */ || code === 91 /* [ */ || code === 93 /* ] */) {
      blankLine = false;
      if (code === 91 || code === 93 ? ++brackets > maxBracketsPerParagraph : ++marks > maxEmphasisMarksPerParagraph) {
        parts ??= [];
        parts.push(text.slice(copiedTo, i), ' ');
        copiedTo = i + 1;
      }
    } else if (code !== 32 && code !== 9 && code !== 13) {
      blankLine = false;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}
