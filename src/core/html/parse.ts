import { Parser, type QuoteType } from 'htmlparser2';
import { DomHandler, Element, isComment, isTag, isText, type ChildNode, type Comment, type Document } from 'domhandler';
import { LineIndex } from '../text/lineIndex';
import { templateMarker } from '../templates/mask';
import { decodeAttributeValue, decodeText } from './characterReferences';
import { FastTokenizer } from './fastTokenizer';

/** Start (inclusive) and end (exclusive) offsets in the source text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Deeper than this, a page is not checked (see NestingTooDeepError). */
export const maxNestingDepth = 1024;

/** Thrown by HtmlPage.parse for markup nested deeper than maxNestingDepth. */
export class NestingTooDeepError extends Error {
  constructor() {
    super(`elements nested more than ${maxNestingDepth} levels deep`);
  }
}

/**
 * Builds the DOM with htmlparser2 (cheerio's parser) and remembers where each
 * start tag ends. Attribute positions are worked out only when a rule asks
 * (see HtmlPage.attributeSpan): recording them for every element while parsing
 * doubled the parse time.
 */
class LocatingHandler extends DomHandler {
  /** Elements in the order their start tags open, which is document order: no walk over the tree afterwards. */
  readonly elements: Element[] = [];
  readonly comments: Comment[] = [];
  readonly markup: MarkupSigns = { suspectTags: [], unclosed: [], strayEndTags: [], lessThanInText: [] };
  /** Built as each start tag is read, while the element is fresh in memory: no second pass over the elements. */
  readonly byName = new Map<string, Element[]>();
  readonly byId = new Map<string, Element[]>();
  readonly withAttributes: ElementsWithAttributes = { withRole: [], withAria: [], withTabindex: [], withLang: [], withAccesskey: [], withStyle: [] };
  /** Which of those attributes the start tag being read has (attributes arrive before their element). */
  private tagAttributes = 0;
  private locatingParser: Parser | undefined;
  /** Set by an attribute of the start tag being read that is written twice, holds a quote, or runs into the next. */
  private suspectTag = false;
  private rawTextDepth = 0;
  /** Where the end tag being handled is written (its name), or -1 between end tags. */
  private endTagNameStart = -1;
  private endTagNameEnd = -1;

  constructor(private readonly text: string) {
    super(undefined, { withStartIndices: true, withEndIndices: true });
  }

  attach(parser: Parser): void {
    this.locatingParser = parser;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    // htmlparser2's open-element stack costs time in proportion to its depth, so a page nested 100,000 deep would
    // take minutes: stop early instead. No real page gets near this (browsers stop nesting at 512).
    if (this.tagStack.length > maxNestingDepth) throw new NestingTooDeepError();
    super.onopentag(name, attribs);
    const element = this.tagStack[this.tagStack.length - 1];
    if (element instanceof Element) {
      this.elements.push(element);
      push(this.byName, element.name, element);
      const id = attribs['id'];
      if (id !== undefined && id !== '') push(this.byId, id, element);
      const flags = this.tagAttributes;
      if (flags !== 0) {
        if (flags & roleAttribute) this.withAttributes.withRole.push(element);
        if (flags & ariaAttribute) this.withAttributes.withAria.push(element);
        if (flags & tabindexAttribute) this.withAttributes.withTabindex.push(element);
        if (flags & langAttribute) this.withAttributes.withLang.push(element);
        if (flags & accesskeyAttribute) this.withAttributes.withAccesskey.push(element);
        if (flags & styleAttribute) this.withAttributes.withStyle.push(element);
      }
      if (this.locatingParser) (element as LocatedElement).startTagEnd = this.locatingParser.endIndex + 1;
      if (this.suspectTag) this.markup.suspectTags.push(element);
    }
    this.suspectTag = false;
    this.tagAttributes = 0;
    if (rawTextElements.has(name)) this.rawTextDepth++;
  }

  /** Broken-markup signs, noticed in passing: no allocation unless something is wrong. */
  onattribute(name: string, _value: string, quote?: string | null): void {
    if (name === 'role') this.tagAttributes |= roleAttribute;
    else if (name === 'tabindex') this.tagAttributes |= tabindexAttribute;
    else if (name.startsWith('aria-')) this.tagAttributes |= ariaAttribute;
    else if (name === 'style') this.tagAttributes |= styleAttribute;
    else if (name === 'lang' || name === 'xml:lang') this.tagAttributes |= langAttribute;
    else if (name === 'accesskey') this.tagAttributes |= accesskeyAttribute;
    const parser = this.locatingParser;
    if (!parser || this.suspectTag) return;
    // The parser adds the attribute to the tag after this call, so finding it already there means it is written twice.
    const building = (parser as unknown as { attribs: Record<string, string> | null }).attribs;
    if (building && Object.prototype.hasOwnProperty.call(building, name)) this.suspectTag = true;
    else if (name.includes('"') || name.includes("'")) this.suspectTag = true;
    else if ((quote === '"' || quote === "'") && !endsAttribute(this.text.charCodeAt(parser.endIndex))) this.suspectTag = true;
  }

  /** How the text about to arrive is decoded (set by WatchingParser from where its tokenizer is). */
  textDecoding: TextDecoding = 'text';

  /** Set by WatchingParser once the page is read: what comes now is what the tokenizer held unfinished. */
  atEnd = false;

  /** Text arrives as written (the parser does not decode): it is checked for bare `<` as such, then decoded. */
  override ontext(data: string): void {
    // While the page is read, text can hold a `<` only as its first character: the tokenizer ends text at every `<`
    // and starts the next piece with it when no tag follows. Only what is handed over at the end is searched.
    if (this.rawTextDepth === 0 && this.locatingParser && (data.charCodeAt(0) === 60 || this.atEnd)) {
      const start = this.locatingParser.startIndex;
      for (let index = data.indexOf('<'); index >= 0; index = data.indexOf('<', index + 1)) {
        const offset = start + index;
        // `<` before template output is a tag.
        if (this.text[offset] === '<' && this.text[offset + 1] !== templateMarker) this.markup.lessThanInText.push(offset);
      }
    }
    super.ontext(this.textDecoding === 'none' ? data : decodeText(data, this.textDecoding === 'title'));
  }

  /** Called by WatchingParser with every end tag as written, before the parser acts on it. */
  beforeEndTag(start: number, endIndex: number, openNames: readonly string[]): void {
    this.endTagNameStart = start;
    this.endTagNameEnd = endIndex;
    // The usual case, an end tag closing the innermost element, costs no allocation.
    if (openNames.length > 0 && sameName(this.text, start, endIndex, openNames[0])) return;
    const endTag = this.writtenEndTag();
    // Browsers turn a stray </p> into an empty paragraph and </br> into a line break: not ignored, so not reported.
    const name = endTag.name;
    if (!voidElements.has(name) && name !== 'p' && name !== 'br' && !openNames.includes(name)) this.markup.strayEndTags.push(endTag);
  }

  afterEndTag(): void {
    this.endTagNameStart = -1;
  }

  /** The end tag being handled, from `</` to `>`. */
  private writtenEndTag(): NamedSpan {
    const name = this.text.slice(this.endTagNameStart, this.endTagNameEnd).toLowerCase();
    const close = this.text.indexOf('>', this.endTagNameEnd);
    return { name, start: this.endTagNameStart - 2, end: close < 0 ? this.text.length : close + 1 };
  }

  override onclosetag(name?: string, isImplied?: boolean): void {
    const element = this.tagStack[this.tagStack.length - 1];
    super.onclosetag();
    if (!(element instanceof Element) || name === undefined) return;
    if (rawTextElements.has(element.name)) this.rawTextDepth--;
    if (!isImplied || voidElements.has(element.name) || optionalEndTags.has(element.name)) return;
    const start = element.startIndex ?? 0;
    const end = (element as LocatedElement).startTagEnd ?? start;
    // In SVG and MathML `<path/>` closes itself; htmlparser2 reports that as an implied close.
    if (this.text[end - 2] === '/') return;
    const endTag = this.endTagNameStart >= 0 ? this.writtenEndTag() : undefined;
    const closedBy = endTag && endTag.name !== element.name ? endTag : undefined;
    this.markup.unclosed.push({ name: element.name, start, end, closedBy });
  }

  override oncomment(data: string): void {
    const previous = this.lastNode;
    super.oncomment(data);
    // A comment split across chunks is appended to the same node; count each node once.
    if (this.lastNode !== previous && this.lastNode && isComment(this.lastNode)) this.comments.push(this.lastNode);
  }
}

/**
 * Where an element's start tag ends, kept on the element itself: a Map from element to offset cost about 6 % of the
 * parse on large pages. Set for every element the parser creates (not for elements built elsewhere).
 */
interface LocatedElement extends Element {
  startTagEnd?: number;
}

/** htmlparser2 drops end tags that match nothing; this subclass shows the handler every end tag first. */
class WatchingParser extends Parser {
  constructor(
    private readonly watcher: LocatingHandler,
    options: ConstructorParameters<typeof Parser>[1],
  ) {
    super(watcher, options);
  }

  override onclosetag(start: number, endIndex: number): void {
    this.watcher.beforeEndTag(start, endIndex, (this as unknown as { stack: readonly string[] }).stack);
    super.onclosetag(start, endIndex);
    this.watcher.afterEndTag();
  }

  /**
   * The page is read without decoding character references (see html/characterReferences.ts); text is decoded as
   * htmlparser2 would have: not inside `<script>`, `<style>` or `<textarea>`, which its tokenizer reads as raw text
   * (nor after them: a `<script/>` ends that), and as raw text that is still decoded inside `<title>`.
   */
  override ontext(start: number, endIndex: number): void {
    const tokenizer = (this as unknown as { tokenizer: { isSpecial: boolean; currentSequence: Uint8Array } }).tokenizer;
    // What is left unfinished at the end of the page (`<?x &amp;`, `</ &amp;`) comes out as written: htmlparser2
    // decodes only while it reads text, not what it hands over when the page ends.
    this.watcher.textDecoding = !this.holdsAmpersand(start, endIndex)
      ? 'none'
      : tokenizer.isSpecial
        ? isTitleEnd(tokenizer.currentSequence)
          ? 'title'
          : 'none'
        : this.finishing
          ? 'none'
          : 'text';
    super.ontext(start, endIndex);
  }

  private finishing = false;
  /** Offsets of every `&` in the page (a handful on most pages), and the first one not yet passed. */
  private readonly ampersands: number[] = [];
  private nextAmpersand = 0;
  private valueHoldsAmpersand = false;

  /** Reads the whole page; what the tokenizer still holds at the end is handed over while `finishing`. */
  readAll(text: string): void {
    for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) this.ampersands.push(at);
    this.write(text);
    this.finishing = true;
    this.watcher.atEnd = true;
    this.end();
  }

  /**
   * Whether the page holds a `&` in [start, end): text and attribute values arrive in page order, so one pointer
   * moves along the offsets, and a piece without one is not searched at all.
   */
  private holdsAmpersand(start: number, end: number): boolean {
    const offsets = this.ampersands;
    let next = this.nextAmpersand;
    while (next < offsets.length && offsets[next] < start) next++;
    this.nextAmpersand = next;
    return next < offsets.length && offsets[next] < end;
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.holdsAmpersand(start, endIndex)) this.valueHoldsAmpersand = true;
    super.onattribdata(start, endIndex);
  }

  /** Attribute values are decoded before the parser stores them, as its tokenizer would have. */
  override onattribend(quote: QuoteType, endIndex: number): void {
    if (this.valueHoldsAmpersand) {
      const self = this as unknown as { attribvalue: string };
      self.attribvalue = decodeAttributeValue(self.attribvalue, quote);
      this.valueHoldsAmpersand = false;
    }
    super.onattribend(quote, endIndex);
  }
}

type TextDecoding = 'text' | 'title' | 'none';

/** The raw-text end the tokenizer is looking for is `</title` (the others: `</script`, `</style`, `</textarea`). */
function isTitleEnd(sequence: Uint8Array): boolean {
  return sequence.length === 7 && sequence[2] === 116; /* t */
}

interface NamedSpan extends Span {
  readonly name: string;
}

const roleAttribute = 1;
const ariaAttribute = 2;
const tabindexAttribute = 4;
const langAttribute = 8;
const accesskeyAttribute = 16;
const styleAttribute = 32;

/**
 * Elements carrying the attributes that checks look for across the whole page (the ARIA checks through
 * aria/attributes.ts, the language, access key and colour checks), in document order: a check reads these few
 * elements instead of every element's attributes.
 */
export interface ElementsWithAttributes {
  readonly withRole: Element[];
  /** With at least one aria-* attribute. */
  readonly withAria: Element[];
  readonly withTabindex: Element[];
  /** With `lang` or `xml:lang`. */
  readonly withLang: Element[];
  readonly withAccesskey: Element[];
  readonly withStyle: Element[];
}

/** Signs of broken markup, collected during the one parse so the broken-markup checks cost no second pass. */
export interface MarkupSigns {
  /** Start tags with an attribute written twice, a quote in an attribute name, or no space after a quoted value. */
  readonly suspectTags: Element[];
  /** Elements left open: closed only by the end of the page or by an end tag around them (`closedBy`). */
  readonly unclosed: Array<NamedSpan & { readonly closedBy?: NamedSpan }>;
  /** End tags with no open element of that name (browsers ignore them). */
  readonly strayEndTags: NamedSpan[];
  /** Offsets of `<` characters read as text because no tag name follows them. */
  readonly lessThanInText: number[];
}

/** Elements whose end tag may be left out (the HTML standard's optional end tags). */
const optionalEndTags = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rtc',
  'rp',
]);
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'frame',
  'basefont',
  'isindex',
  'command',
]);
/** Where `<` is ordinary content (scripts, styles, text areas) rather than a sign of a missing escape. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

/** Whether text[start, end) is `name`, ignoring ASCII case (tag names are lower-cased `name`s). */
function sameName(text: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let index = 0; index < name.length; index++) {
    const code = text.charCodeAt(start + index);
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if (lower !== name.charCodeAt(index)) return false;
  }
  return true;
}

/** Whitespace, `>` or `/` may follow a quoted attribute value; anything else runs into the next attribute. */
function endsAttribute(code: number): boolean {
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 62 || code === 47;
}

/** A parsed HTML document with the indexes rules need. */
export class HtmlPage {
  readonly lines: LineIndex;
  /** Every element, in document order. */
  readonly elements: readonly Element[];
  /** Every comment, in document order (disable comments live here). */
  readonly comments: readonly Comment[];
  /** Facts worked out once for this page and shared by the checks (html/pageCache.ts). */
  readonly cachedFacts = new Map<object, unknown>();
  private readonly texts = new Map<Element, string>();
  private readonly attributeSpans = new Map<Element, ReadonlyMap<string, Span>>();

  private constructor(
    readonly text: string,
    readonly root: Document,
    elements: Element[],
    comments: Comment[],
    /** Signs of broken markup noticed while parsing (read by html/markupProblems.ts). */
    readonly markupSigns: MarkupSigns,
    private readonly byName: Map<string, Element[]>,
    private readonly byId: Map<string, Element[]>,
    /** Elements with role, aria-*, tabindex, lang, accesskey or style attributes, noted while parsing. */
    readonly withAttributes: ElementsWithAttributes,
  ) {
    this.lines = new LineIndex(text);
    this.elements = elements;
    this.comments = comments;
  }

  static parse(text: string): HtmlPage {
    const handler = new LocatingHandler(text);
    const parser = new WatchingParser(handler, {
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: false,
      decodeEntities: false,
      Tokenizer: FastTokenizer,
    });
    handler.attach(parser);
    parser.readAll(text);
    return new HtmlPage(text, handler.root, handler.elements, handler.comments, handler.markup, handler.byName, handler.byId, handler.withAttributes);
  }

  /** Elements with this (lower-case) tag name, in document order. */
  elementsNamed(name: string): readonly Element[] {
    return this.byName.get(name) ?? [];
  }

  first(name: string): Element | undefined {
    return this.byName.get(name)?.[0];
  }

  /** Elements whose `id` is exactly this value (more than one is itself a problem). */
  elementsWithId(id: string): readonly Element[] {
    return this.byId.get(id) ?? [];
  }

  /** Every id used on the page with the elements that carry it. */
  get ids(): ReadonlyMap<string, readonly Element[]> {
    return this.byId;
  }

  /**
   * The text inside an element as a reader sees it in the source: text nodes
   * joined, entities decoded, script/style/template content left out. Cached,
   * and walked without recursion so very deep markup cannot overflow the stack.
   */
  textOf(element: Element): string {
    const cached = this.texts.get(element);
    if (cached !== undefined) return cached;
    const only = element.children.length === 1 ? element.children[0] : undefined;
    if (only && isText(only)) {
      this.texts.set(element, only.data);
      return only.data;
    }
    let text = '';
    const stack: ChildNode[] = [...element.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isText(node)) text += node.data;
      else if (isTag(node) && !nonTextElements.has(node.name)) {
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
      }
    }
    this.texts.set(element, text);
    return text;
  }

  /** The page's language from `<html lang>`, lower-cased, or undefined (also when template code writes it). */
  get language(): string | undefined {
    const lang = this.first('html')?.attribs['lang']?.trim().toLowerCase();
    return lang && !lang.includes(templateMarker) ? lang : undefined;
  }

  /** Where the whole element sits, start tag to end tag. */
  elementSpan(element: Element): Span {
    const start = element.startIndex ?? 0;
    const end = element.endIndex === null || element.endIndex === undefined ? start : element.endIndex + 1;
    return { start, end: Math.max(start, Math.min(end, this.text.length)) };
  }

  /** Where the start tag sits, from `<` to just after `>`. */
  startTagSpan(element: Element): Span {
    const start = element.startIndex ?? 0;
    const end = (element as LocatedElement).startTagEnd ?? this.elementSpan(element).end;
    return { start, end: Math.max(start, Math.min(end, this.text.length)) };
  }

  /** Where the end tag starts, or undefined when the element has none in the source. */
  endTagStart(element: Element): number | undefined {
    const span = this.elementSpan(element);
    const closing = `</${element.name}`;
    const candidate = span.end - closing.length - 1;
    if (candidate < 0) return undefined;
    const tail = this.text.slice(candidate, span.end).toLowerCase();
    return tail.startsWith(closing) ? candidate : undefined;
  }

  /** Where `name="value"` sits in the start tag, when the attribute is present. */
  attributeSpan(element: Element, name: string): Span | undefined {
    let spans = this.attributeSpans.get(element);
    if (!spans) {
      spans = locateAttributes(this.text, this.startTagSpan(element));
      this.attributeSpans.set(element, spans);
    }
    return spans.get(name);
  }

  /** Where the attribute's value sits, inside its quotes. */
  attributeValueSpan(element: Element, name: string): Span | undefined {
    const span = this.attributeSpan(element, name);
    if (!span) return undefined;
    const source = this.text.slice(span.start, span.end);
    const equals = source.indexOf('=');
    if (equals < 0) return { start: span.end, end: span.end };
    let start = span.start + equals + 1;
    while (start < span.end && /\s/.test(this.text[start])) start++;
    let end = span.end;
    const quote = this.text[start];
    if (quote === '"' || quote === "'") {
      start++;
      if (this.text[end - 1] === quote && end - 1 >= start) end--;
    }
    return { start, end };
  }

  /**
   * Where a fix writes a new value for an attribute, quotes included: replace `start`–`end` with `before`, the
   * value escaped for double quotes, and `after`. The span covers the old value with its own quotes (double,
   * single or none), or is the spot after the name of an attribute without a value, so a value written into
   * `content=Short` or `content='Short'` comes out as `content="…"` and never runs into the next attribute.
   */
  attributeValueTarget(element: Element, name: string): { start: number; end: number; before: string; after: string } | undefined {
    const attribute = this.attributeSpan(element, name);
    const value = this.attributeValueSpan(element, name);
    if (!attribute || !value) return undefined;
    const equals = this.text.indexOf('=', attribute.start);
    if (equals < 0 || equals >= attribute.end) return { start: attribute.end, end: attribute.end, before: '="', after: '"' };
    let { start, end } = value;
    const quote = this.text[start - 1];
    if (start - 1 > equals && (quote === '"' || quote === "'")) {
      start--;
      if (end < attribute.end && this.text[end] === quote) end++;
    }
    return { start, end, before: '"', after: '"' };
  }

  /** Offset just after the tag name of a start tag: where a new attribute can go. */
  afterTagName(element: Element): number {
    return (element.startIndex ?? 0) + 1 + element.name.length;
  }
}

/**
 * Attribute positions in one start tag, by running htmlparser2 again over just
 * that tag. The first of duplicate attributes wins, as in browsers and in `attribs`.
 */
function locateAttributes(text: string, tag: Span): ReadonlyMap<string, Span> {
  const spans = new Map<string, Span>();
  locating = { spans, offset: tag.start };
  try {
    attributeLocator.parseComplete(text.slice(tag.start, tag.end));
  } finally {
    locating = undefined;
  }
  return spans;
}

/** The start tag being read by attributeLocator: where its attributes go, and where it starts in the page. */
let locating: { readonly spans: Map<string, Span>; readonly offset: number } | undefined;

/** One parser for every start tag, reset before each: building a parser for each tag cost more than reading it. */
const attributeLocator: Parser = new Parser(
  {
    onattribute(name) {
      if (locating && !locating.spans.has(name))
        locating.spans.set(name, { start: locating.offset + attributeLocator.startIndex, end: locating.offset + attributeLocator.endIndex });
    },
  },
  { lowerCaseAttributeNames: true, recognizeSelfClosing: false, Tokenizer: FastTokenizer },
);

/** Elements whose content is not text a reader sees: the one list every text walk uses. */
export const nonTextElements: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export type { Comment, Element };
