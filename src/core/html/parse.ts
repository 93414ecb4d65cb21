import { Parser } from 'htmlparser2';
import { DomHandler, Element, isComment, isTag, isText, type ChildNode, type Comment, type Document } from 'domhandler';
import { LineIndex } from '../text/lineIndex';
import { templateMarker } from '../templates/mask';

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
  readonly startTagEnds = new Map<Element, number>();
  /** Elements in the order their start tags open, which is document order: no walk over the tree afterwards. */
  readonly elements: Element[] = [];
  readonly comments: Comment[] = [];
  private locatingParser: Parser | undefined;

  constructor() {
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
      if (this.locatingParser) this.startTagEnds.set(element, this.locatingParser.endIndex + 1);
    }
  }

  override oncomment(data: string): void {
    const previous = this.lastNode;
    super.oncomment(data);
    // A comment split across chunks is appended to the same node; count each node once.
    if (this.lastNode !== previous && this.lastNode && isComment(this.lastNode)) this.comments.push(this.lastNode);
  }
}

/** A parsed HTML document with the indexes rules need. */
export class HtmlPage {
  readonly lines: LineIndex;
  /** Every element, in document order. */
  readonly elements: readonly Element[];
  /** Every comment, in document order (disable comments live here). */
  readonly comments: readonly Comment[];
  private readonly byName = new Map<string, Element[]>();
  private readonly byId = new Map<string, Element[]>();
  private readonly texts = new Map<Element, string>();
  private readonly attributeSpans = new Map<Element, ReadonlyMap<string, Span>>();

  private constructor(
    readonly text: string,
    readonly root: Document,
    private readonly startTagEnds: Map<Element, number>,
    elements: Element[],
    comments: Comment[],
  ) {
    this.lines = new LineIndex(text);
    this.elements = elements;
    this.comments = comments;
    for (const element of elements) {
      push(this.byName, element.name, element);
      const id = element.attribs['id'];
      if (id !== undefined && id !== '') push(this.byId, id, element);
    }
  }

  static parse(text: string): HtmlPage {
    const handler = new LocatingHandler();
    const parser = new Parser(handler, { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false });
    handler.attach(parser);
    parser.end(text);
    return new HtmlPage(text, handler.root, handler.startTagEnds, handler.elements, handler.comments);
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
    const end = this.startTagEnds.get(element) ?? this.elementSpan(element).end;
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
  const parser: Parser = new Parser(
    {
      onattribute(name) {
        if (!spans.has(name)) spans.set(name, { start: tag.start + parser.startIndex, end: tag.start + parser.endIndex });
      },
    },
    { lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(text.slice(tag.start, tag.end));
  return spans;
}

/** Elements whose content is not text a reader sees. */
const nonTextElements = new Set(['script', 'style', 'template', 'noscript']);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export type { Comment, Element };
