import { maskTemplates } from '../templates/mask';
import { attributeHovers, elementHovers, templateCodeHover, type HoverText } from './hoverTexts';

export interface HoverFound {
  /** What is explained: `<h2>`, `alt`, or undefined for template code. */
  readonly subject?: string;
  readonly text: string;
  /** The check whose page explains more. */
  readonly check?: string;
  readonly start: number;
  readonly end: number;
}

const isNameCharacter = (character: string | undefined) =>
  character !== undefined &&
  ((character >= 'a' && character <= 'z') ||
    (character >= 'A' && character <= 'Z') ||
    (character >= '0' && character <= '9') ||
    character === '-' ||
    character === ':');

/**
 * The explanation for what is at `offset` in an HTML page (or the raw HTML in Markdown): template code, an element's
 * name in a start or end tag, or an attribute's name inside a tag. Undefined elsewhere (the page's own words).
 */
export function hoverAt(text: string, offset: number): HoverFound | undefined {
  const template = maskTemplates(text).spans.find((span) => span.start <= offset && offset < span.end);
  if (template) return { text: templateCodeHover, start: template.start, end: template.end };

  let start = offset;
  while (isNameCharacter(text[start - 1])) start--;
  let end = offset;
  while (isNameCharacter(text[end])) end++;
  if (start === end) return undefined;
  const name = text.slice(start, end).toLowerCase();

  // An element name follows `<` or `</`.
  const opener = text[start - 1] === '/' ? start - 2 : start - 1;
  if (text[opener] === '<') return found(`<${name}>`, elementHovers[name], start, end);

  // An attribute name sits inside a tag: after a space, with no `>` between the tag's `<` and it.
  const tagStart = text.lastIndexOf('<', start);
  if (tagStart < 0 || text.lastIndexOf('>', start) > tagStart || !/[\s"']/.test(text[start - 1] ?? '')) return undefined;
  if (!isNameCharacter(text[tagStart + 1]) || insideQuotes(text, tagStart, start)) return undefined;
  return found(name, attributeHovers[name], start, end);
}

function found(subject: string, entry: HoverText | undefined, start: number, end: number): HoverFound | undefined {
  return entry && { subject, text: entry.text, check: entry.check, start, end };
}

/** True when `offset` is inside a quoted attribute value of the tag starting at `tagStart`. */
function insideQuotes(text: string, tagStart: number, offset: number): boolean {
  let quote: string | undefined;
  for (let i = tagStart; i < offset; i++) {
    const character = text[i];
    if (quote) {
      if (character === quote) quote = undefined;
    } else if ((character === '"' || character === "'") && text[i - 1] === '=') quote = character;
  }
  return quote !== undefined;
}
