import type { Element, HtmlPage, Span } from '../../html/parse';
import { templateMarker } from '../../templates/mask';
import { disableCommentPrefix, type CommentText } from '../../suppressions';
import type { ReferenceFact } from '../siteCheck';

/** A fact before its editor range is known: offsets in the file as written. */
export interface RawText extends Span {
  readonly text: string;
}

export type RawReference = Omit<ReferenceFact, 'range'>;

export interface RawFacts {
  title?: RawText;
  description?: RawText;
  readonly anchors: string[];
  readonly references: RawReference[];
  /** Comments that may disable checks (`content-bridge-disable…`), in file offsets. */
  readonly comments: CommentText[];
}

/** Attributes that hold an address, per element, and what kind of reference each is. */
const addressAttributes: ReadonlyArray<readonly [element: string, attribute: string, kind: ReferenceFact['kind']]> = [
  ['a', 'href', 'link'],
  ['area', 'href', 'link'],
  ['img', 'src', 'image'],
  ['source', 'src', 'image'],
  ['video', 'poster', 'image'],
  ['video', 'src', 'resource'],
  ['audio', 'src', 'resource'],
  ['track', 'src', 'resource'],
  ['script', 'src', 'resource'],
  ['iframe', 'src', 'resource'],
  ['embed', 'src', 'resource'],
  ['object', 'data', 'resource'],
];

/**
 * Title, description, ids and references of an HTML page (or of raw HTML inside Markdown). `text` is the file as
 * written, for addresses with template code; `page` was parsed from its masked copy, so offsets are the file's.
 * `offset` is added to every offset (raw HTML parsed on its own inside a Markdown file).
 */
export function collectHtmlFacts(page: HtmlPage, text: string, into: RawFacts, offset = 0): void {
  const title = page.first('title');
  if (title && into.title === undefined) {
    const start = page.startTagSpan(title).end;
    const end = page.endTagStart(title) ?? start;
    into.title = { text: page.textOf(title), start: start + offset, end: Math.max(start, end) + offset };
  }
  for (const element of page.elementsNamed('meta')) {
    if (into.description !== undefined) break;
    if (element.attribs['name']?.trim().toLowerCase() !== 'description') continue;
    const span = page.attributeValueSpan(element, 'content');
    if (span) into.description = { text: element.attribs['content'] ?? '', start: span.start + offset, end: span.end + offset };
  }
  for (const comment of page.comments) {
    if (!comment.data.includes(disableCommentPrefix)) continue;
    const start = comment.startIndex ?? 0;
    into.comments.push({ data: comment.data, start: start + offset, end: (comment.endIndex ?? start) + offset });
  }
  for (const id of page.ids.keys()) into.anchors.push(id);
  for (const anchor of page.elementsNamed('a')) {
    const name = anchor.attribs['name'];
    if (name) into.anchors.push(name);
  }
  for (const [elementName, attribute, kind] of addressAttributes) {
    for (const element of page.elementsNamed(elementName)) {
      if (elementName === 'source' && element.parent && 'name' in element.parent && element.parent.name !== 'picture') continue;
      addReference(page, text, element, attribute, kind, into, offset);
    }
  }
  for (const link of page.elementsNamed('link')) {
    const rel = ` ${(link.attribs['rel'] ?? '').toLowerCase()} `;
    if (rel.includes(' canonical ')) addReference(page, text, link, 'href', 'canonical', into, offset);
    else if (rel.includes(' alternate ') && link.attribs['hreflang'] !== undefined) addReference(page, text, link, 'href', 'alternate', into, offset);
    else if (rel.includes(' stylesheet ') || rel.includes(' icon ')) addReference(page, text, link, 'href', 'resource', into, offset);
  }
  into.references.sort((a, b) => a.start - b.start);
}

function addReference(page: HtmlPage, text: string, element: Element, attribute: string, kind: ReferenceFact['kind'], into: RawFacts, offset: number): void {
  const span = page.attributeValueSpan(element, attribute);
  if (!span) return;
  const parsedValue = element.attribs[attribute] ?? '';
  const written = text.slice(span.start + offset, span.end + offset);
  const isTemplate = parsedValue.includes(templateMarker);
  const address = isTemplate ? written : parsedValue;
  const hreflang = kind === 'alternate' ? element.attribs['hreflang'] : undefined;
  into.references.push({
    kind,
    address: address.trim(),
    start: span.start + offset,
    end: span.end + offset,
    ...(isTemplate ? { isTemplate: true } : {}),
    ...(hreflang !== undefined ? { hreflang } : {}),
  });
}
