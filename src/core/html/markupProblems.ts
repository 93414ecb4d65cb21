import type { SourceInfo } from '../source';
import { Parser } from 'htmlparser2';
import type { HtmlPage, Span } from './parse';

/** One attribute as written in a start tag (duplicates kept), from htmlparser2's attribute events. */
export interface WrittenAttribute extends Span {
  readonly name: string;
  readonly value: string;
  /** `"` or `'` for a quoted value, null for an unquoted one, undefined for no value. */
  readonly quote: string | null | undefined;
}

export interface StartTag extends Span {
  readonly name: string;
  readonly attributes: readonly WrittenAttribute[];
}

/** An element left open: closed only by the end of the page or by the end tag of an element around it. */
export interface UnclosedElement extends Span {
  readonly name: string;
  /** The end tag that closed it early, when there is one. */
  readonly closedBy?: Span & { readonly name: string };
}

/** What broken markup looks like in htmlparser2's events over one page. */
export interface MarkupProblems {
  readonly startTags: readonly StartTag[];
  readonly unclosed: readonly UnclosedElement[];
  /** End tags with no open element of that name (browsers ignore them). */
  readonly strayEndTags: ReadonlyArray<Span & { readonly name: string }>;
  /** Offsets of `<` characters that are read as text because no tag name follows. */
  readonly lessThanInText: readonly number[];
}

/** Elements whose end tag may be left out (the HTML standard's optional end tags), and void elements. */
const optionalEndTags = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
  'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp',
]);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'isindex', 'command']);
/** Where `<` is ordinary content (scripts, styles) rather than a sign of a missing escape. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

/** Marks template output code in masked text (`{{ x }}` becomes this then spaces). */
const templateMarker = '\uE000';

const cache = new WeakMap<HtmlPage, MarkupProblems>();

/** Broken markup on the page, read once per page from htmlparser2's events (the parser the checks use). */
export function markupProblems(page: HtmlPage): MarkupProblems {
  let problems = cache.get(page);
  if (!problems) {
    problems = scan(page.text);
    cache.set(page, problems);
  }
  return problems;
}

interface OpenElement extends Span {
  readonly name: string;
}

/**
 * htmlparser2 reports implied closes but drops end tags that match nothing; this subclass sees every end tag
 * (the tokenizer's callback) before the parser acts on it.
 */
class EndTagWatchingParser extends Parser {
  onEndTag: (start: number, endIndex: number) => void = () => undefined;
  afterEndTag: () => void = () => undefined;

  override onclosetag(start: number, endIndex: number): void {
    this.onEndTag(start, endIndex);
    super.onclosetag(start, endIndex);
    this.afterEndTag();
  }
}

function scan(text: string): MarkupProblems {
  const startTags: StartTag[] = [];
  const unclosed: UnclosedElement[] = [];
  const strayEndTags: Array<Span & { name: string }> = [];
  const lessThanInText: number[] = [];
  const open: OpenElement[] = [];
  let attributes: WrittenAttribute[] = [];
  let endTag: (Span & { name: string }) | undefined;
  let rawDepth = 0;
  const parser: EndTagWatchingParser = new EndTagWatchingParser(
    {
      onattribute(name, value, quote) {
        attributes.push({ name, value, quote, start: parser.startIndex, end: parser.endIndex });
      },
      onopentag(name) {
        const tag = { name, start: parser.startIndex, end: parser.endIndex + 1 };
        startTags.push({ ...tag, attributes });
        attributes = [];
        if (!voidElements.has(name)) open.push(tag);
        if (rawTextElements.has(name)) rawDepth++;
      },
      onclosetag(name, isImplied) {
        if (voidElements.has(name)) return;
        const element = open.pop();
        if (element === undefined) return;
        if (rawTextElements.has(element.name)) rawDepth--;
        // In SVG and MathML `<path/>` closes itself; htmlparser2 reports that as an implied close.
        const selfClosed = text[element.end - 2] === '/';
        if (isImplied && !selfClosed && !optionalEndTags.has(element.name)) unclosed.push({ ...element, closedBy: endTag && endTag.name !== element.name ? endTag : undefined });
      },
      ontext(data) {
        if (rawDepth > 0) return;
        const start = parser.startIndex;
        for (let index = data.indexOf('<'); index >= 0; index = data.indexOf('<', index + 1)) {
          const offset = start + index;
          // Entities arrive decoded (`&lt;` as "<"): only a `<` written as such counts; `<` before template code is a tag.
          if (text[offset] === '<' && text[offset + 1] !== templateMarker) lessThanInText.push(offset);
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.onEndTag = (start, endIndex) => {
    const name = text.slice(start, endIndex).toLowerCase();
    // The tokenizer's indices point at the name: the tag runs from `</` to the next `>`.
    const close = text.indexOf('>', endIndex);
    const span = { name, start: start - 2, end: close < 0 ? text.length : close + 1 };
    endTag = span;
    if (voidElements.has(name) || open.some((element) => element.name === name)) return;
    // Browsers turn a stray </p> into an empty paragraph and </br> into a line break: not ignored, so not reported.
    if (name !== 'p' && name !== 'br') strayEndTags.push(span);
  };
  parser.afterEndTag = () => {
    endTag = undefined;
  };
  parser.end(text);
  return { startTags, unclosed, strayEndTags, lessThanInText };
}

/**
 * Whether the file may hold template code that decides its structure (`{% if %}<div>{% else %}<div class=x>…`):
 * a layout, a page of a site generator, or text with template code or its masking marker. Tags that only pair up
 * once the template runs are then not reported as broken.
 */
export function mayHoldTemplateCode(text: string, source: Pick<SourceInfo, 'generator' | 'role' | 'templates'>): boolean {
  return source.generator !== 'plain' || source.role === 'layout' || source.templates?.present === true || text.includes(templateMarker) || text.includes('{%') || text.includes('{{') || text.includes('<%');
}
