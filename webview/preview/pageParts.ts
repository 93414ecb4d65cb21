import { isKeptAcrossUpdates } from './previewNodes';
import { sanitizePage } from './sanitizePage';
import { updateNode } from './updatePage';
import { partContainerNames } from '../../src/core/preview/partContainers';

/**
 * Reading again only the parts of the page a change touched, and proving it gives the same page.
 *
 * The extension says where the page's parts are (`parts` in the render message): offsets where each part begins and
 * ends, all inside one element C (`<main>` for Markdown). The page is parsed once with a mark at every boundary: a
 * comment, then an element no page has. The mark's element starts by reopening any formatting element left open
 * (`<b>` not closed), and both are inserted where the parser currently inserts; both end up as adjacent children of
 * C only if, at that boundary, the parser is back to C with nothing left to reopen and is reading plain text, not
 * inside a tag, comment, attribute, `<style>`/`<textarea>` text, a table (the element would be moved before the table,
 * the comment not), a `<select>` or `<svg>`. That state is the state right after C's start tag, so a part read alone
 * after the page's beginning up to C's start tag gives the same nodes as in the whole page, and what follows a part
 * reads the same as before. Anything unexpected: the whole page is read, as without parts.
 */

/** The name of the mark's comment and element (no page may contain it). */
export const partMarkName = 'content-bridge-part';
/** The mark at boundary `index`: its comment says which boundary it is. */
const markHtml = (index: number) => `<!--${partMarkName}:${index}--><${partMarkName}></${partMarkName}>`;
const htmlNamespace = 'http://www.w3.org/1999/xhtml';

/** Block elements that reopen nothing and close nothing by themselves: C and each of its ancestors must be one. */
const containerNames = new Set(['html', 'body', ...partContainerNames]);
/** Tags that change elements outside C or the parser's page-wide state while the parser stays in C. */
const tagsNotInParts = ['<body', '<html', '</body', '</html', '<form', '</form', '<frameset'];

/** A page parsed with marks whose parts were proven: the document (marks removed) and the nodes of C each part made. */
export interface PartsParsed {
  readonly document: Document;
  /** The boundaries proven (those given, less any whose mark did not land in C). */
  readonly boundaries: readonly number[];
  readonly container: Element;
  /** C's nodes before the first part, each part's, and after the last part. */
  readonly lead: readonly ChildNode[];
  readonly parts: readonly (readonly ChildNode[])[];
  readonly trail: readonly ChildNode[];
}

/** The parts of the page on show: the live C, where each part is in the page's HTML and how many of C's nodes it made. */
export interface ShownParts {
  readonly container: Element;
  /** Element names from `<html>` down to C. */
  readonly names: readonly string[];
  readonly boundaries: readonly number[];
  /** C's nodes (not counting the preview's own) before the first part, then in each part, then after the last. */
  readonly lead: number;
  readonly counts: readonly number[];
  readonly trail: number;
}

/**
 * The page parsed once with a mark at each boundary; undefined when the parts cannot be proven (parse it plainly).
 * `parser` is the browser's (or jsdom's) DOMParser.
 */
export function parseInParts(parser: DOMParser, html: string, boundaries: readonly number[]): PartsParsed | undefined {
  const lowered = html.toLowerCase();
  if (lowered.includes('<frameset') || lowered.includes(partMarkName)) return undefined;
  const readable = readableBoundaries(html, lowered, boundaries);
  return readable && readable[0] === boundaries[0] ? provenParts(parser, html, readable, false) : undefined;
}

/**
 * The boundaries that follow `>` or a line break (no character reference or CR-LF spans them); undefined when
 * fewer than two, past the end, or with a tag from `tagsNotInParts` between the first and the last.
 */
function readableBoundaries(html: string, lowered: string, boundaries: readonly number[]): number[] | undefined {
  if (boundaries.length < 2 || boundaries[boundaries.length - 1] > html.length) return undefined;
  const readable = boundaries.filter((boundary) => {
    const before = html.charCodeAt(boundary - 1);
    return before === 0x3e || before === 0x0a;
  });
  if (readable.length < 2) return undefined;
  const first = readable[0];
  const last = readable[readable.length - 1];
  for (const tag of tagsNotInParts) {
    const found = lowered.indexOf(tag, first);
    if (found !== -1 && found < last) return undefined;
  }
  // Content misplaced in a table is moved before it ("foster parenting"), which can put it on the other side of a
  // mark: a table left open or closed twice after the first boundary is not read in parts (a guard the tests found
  // needed, not covered by the argument above).
  if (occurrences(lowered, '<table', first, lowered.length) !== occurrences(lowered, '</table', first, lowered.length)) return undefined;
  return readable;
}

/**
 * The page parsed with marks, every one proven. A mark that did not land in C (a paragraph or formatting element
 * left open there) may have changed how what follows it was read, so the page is parsed again without those
 * boundaries, and every mark must then hold. The first boundary (C's start) must hold, and with `keepLast` the last.
 */
function provenParts(parser: DOMParser, html: string, boundaries: readonly number[], keepLast: boolean): PartsParsed | undefined {
  const first = parseWithMarks(parser, html, boundaries);
  if (!first || !isMarksLanded(first)) return first;
  if (!first[0] || (keepLast && !first[first.length - 1])) return undefined;
  const kept = boundaries.filter((_, index) => first[index]);
  if (kept.length < 2) return undefined;
  const again = parseWithMarks(parser, html, kept);
  return again && !isMarksLanded(again) ? again : undefined;
}

function isMarksLanded(value: PartsParsed | readonly boolean[]): value is readonly boolean[] {
  return Array.isArray(value);
}

/** The page parsed with a mark at each boundary: proven parts, or which marks landed in C (undefined: not even C's). */
function parseWithMarks(parser: DOMParser, html: string, boundaries: readonly number[]): PartsParsed | readonly boolean[] | undefined {
  const pieces = [html.slice(0, boundaries[0])];
  for (let index = 1; index < boundaries.length; index++) pieces.push(markHtml(index - 1), html.slice(boundaries[index - 1], boundaries[index]));
  pieces.push(markHtml(boundaries.length - 1), html.slice(boundaries[boundaries.length - 1]));
  const document = parser.parseFromString(pieces.join(''), 'text/html');
  const marks = Array.from(document.getElementsByTagName(partMarkName));
  // C is where the first mark landed, right after C's start tag.
  const container = marks.find((mark) => markIndex(mark.previousSibling) === 0)?.parentElement;
  if (!container || !isContainer(container)) return undefined;
  const landed = boundaries.map(() => false);
  let count = 0;
  for (const mark of marks) {
    const index = markIndex(mark.previousSibling);
    if (mark.parentNode !== container || index === undefined || index >= landed.length || landed[index]) continue;
    landed[index] = true;
    count++;
  }
  if (count !== boundaries.length || marks.length !== boundaries.length) return landed;
  // C's nodes between the marks, in order; then the marks go.
  const groups: ChildNode[][] = [[]];
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeName.toLowerCase() === partMarkName && node.nodeType === node.ELEMENT_NODE) groups.push([]);
    else if (!(markIndex(node) !== undefined && node.nextSibling?.nodeName.toLowerCase() === partMarkName)) groups[groups.length - 1].push(node);
  }
  for (const mark of marks) {
    mark.previousSibling?.remove();
    mark.remove();
  }
  return { document, boundaries, container, lead: groups[0], parts: groups.slice(1, -1), trail: groups[groups.length - 1] };
}

/** How often `text` holds `part` between `from` and `to`. */
function occurrences(text: string, part: string, from: number, to: number): number {
  let count = 0;
  for (let found = text.indexOf(part, from); found !== -1 && found < to; found = text.indexOf(part, found + part.length)) count++;
  return count;
}

/** Which boundary a mark's comment stands for; undefined for any other node. */
function markIndex(node: Node | null): number | undefined {
  if (!node || node.nodeType !== node.COMMENT_NODE) return undefined;
  const data = (node as Comment).data;
  if (!data.startsWith(`${partMarkName}:`)) return undefined;
  const index = Number(data.slice(partMarkName.length + 1));
  return Number.isSafeInteger(index) && index >= 0 ? index : undefined;
}

/** C is an HTML element in `<body>`, and it and all its ancestors are plain block containers. */
function isContainer(container: Element): boolean {
  let sawBody = false;
  for (let element: Element | null = container; element; element = element.parentElement) {
    if (element.namespaceURI !== htmlNamespace || !containerNames.has(element.localName)) return false;
    if (element.localName === 'body') sawBody = true;
  }
  return sawBody && container.localName !== 'html';
}

function namesTo(container: Element): string[] {
  const names: string[] = [];
  for (let element: Element | null = container; element; element = element.parentElement) names.unshift(element.localName);
  return names;
}

/** How many of a list of nodes are still C's children (cleaning the page may have removed some). */
function stillIn(container: Element, nodes: readonly ChildNode[]): number {
  let count = 0;
  for (const node of nodes) if (node.parentNode === container) count++;
  return count;
}

/** The live C's children, without the preview's own nodes. */
function pageChildren(container: Element): ChildNode[] {
  return Array.from(container.childNodes).filter((node) => !isKeptAcrossUpdates(node));
}

/** The parts of a parsed (and cleaned) page, measured before it is made the page on show (which may move its nodes). */
export interface PartsMeasured extends Omit<ShownParts, 'container'> {
  /** C's place among its parent's elements, from `<body>` down. */
  readonly path: readonly number[];
}

/** Where C is and how many of its nodes each part made, in the parsed page once cleaned (and given its card). */
export function measureParts(parsed: PartsParsed): PartsMeasured | undefined {
  const { container, boundaries } = parsed;
  const path: number[] = [];
  for (let element: Element = container; element.localName !== 'body';) {
    const parent = element.parentElement;
    if (!parent) return undefined;
    path.unshift(Array.from(parent.children).indexOf(element));
    element = parent;
  }
  const counts = parsed.parts.map((nodes) => stillIn(container, nodes));
  const lead = stillIn(container, parsed.lead);
  const trail = container.childNodes.length - lead - sum(counts, 0, counts.length);
  return { path, names: namesTo(container), boundaries, lead, counts, trail };
}

/** The measured parts in the page on show (`liveBody`), found by the same path; undefined when it does not have that shape. */
export function partsOnShow(measured: PartsMeasured, liveBody: HTMLElement): ShownParts | undefined {
  let live: Element = liveBody;
  for (const index of measured.path) {
    const next = Array.from(live.children).filter((child) => !isKeptAcrossUpdates(child))[index];
    if (!next) return undefined;
    live = next;
  }
  const { names, boundaries, lead, counts, trail } = measured;
  if (!sameNames(namesTo(live), names) || pageChildren(live).length !== lead + sum(counts, 0, counts.length) + trail) return undefined;
  return { container: live, names, boundaries, lead, counts, trail };
}

/** One change of the page's HTML: at `start`, `removed` characters replaced by `inserted` ones. */
export interface PageChange {
  readonly start: number;
  readonly removed: number;
  readonly inserted: string;
}

/**
 * Brings the page on show up to the new version by reading again only the parts the change touched. `html` is the
 * new version, `boundaries` its parts as the extension sent them. Returns the parts now on show, or undefined when
 * this cannot be proven to give the same page as reading it whole; the page on show is then left untouched.
 */
export function updateParts(
  parser: DOMParser,
  shown: ShownParts,
  change: PageChange,
  html: string,
  boundaries: readonly number[],
  onStep?: (step: 'parse' | 'clean') => void,
): ShownParts | undefined {
  const old = shown.boundaries;
  const end = change.start + change.removed;
  const parts = old.length - 1;
  // The run of parts [first, last) holding the change; an insertion on a boundary goes into the part after it.
  let first = -1;
  for (let index = 0; index < parts && old[index] <= change.start; index++) first = index;
  if (first === -1 || end > old[parts]) return undefined;
  let last = first + 1;
  while (old[last] < end) last++;
  const shift = change.inserted.length - change.removed;
  const from = old[first];
  const to = old[last] + shift;
  if (to <= from || !shown.container.isConnected) return undefined;
  const inside = boundaries.filter((boundary) => boundary > from && boundary < to);

  // The page's beginning up to C's start tag (unchanged: the change is after it), then the changed parts.
  const prefix = html.slice(0, old[0]);
  const mini = prefix + html.slice(from, to);
  const miniBoundaries = [from, ...inside, to].map((boundary) => boundary - from + prefix.length);
  const lowered = mini.toLowerCase();
  if (lowered.includes('<frameset') || lowered.includes(partMarkName)) return undefined;
  const readable = readableBoundaries(mini, lowered, miniBoundaries);
  // The window's ends must hold: the parts around it are kept as they are.
  if (!readable || readable[0] !== miniBoundaries[0] || readable[readable.length - 1] !== miniBoundaries[miniBoundaries.length - 1]) return undefined;
  const parsed = provenParts(parser, mini, readable, true);
  if (!parsed || !sameNames(namesTo(parsed.container), shown.names)) return undefined;
  const windowBoundaries = parsed.boundaries.map((boundary) => boundary - prefix.length + from);
  onStep?.('parse');
  sanitizePage(parsed.document);
  onStep?.('clean');
  const newParts = parsed.parts.map((nodes) => nodes.filter((node) => node.parentNode === parsed.container));

  const live = pageChildren(shown.container);
  if (live.length !== shown.lead + sum(shown.counts, 0, parts) + shown.trail) return undefined;
  const startIndex = shown.lead + sum(shown.counts, 0, first);
  const endIndex = startIndex + sum(shown.counts, first, last);
  const before = live.slice(startIndex, endIndex);
  const after = newParts.flat();
  if (before.length === after.length && before.every((node, index) => sameKind(node, after[index]))) {
    before.forEach((node, index) => updateNode(node, after[index]));
  } else {
    const next = live[endIndex] ?? before[before.length - 1]?.nextSibling ?? null;
    for (const node of before) node.remove();
    for (const node of after) shown.container.insertBefore(node, next);
  }
  const counts = [...shown.counts.slice(0, first), ...newParts.map((nodes) => nodes.length), ...shown.counts.slice(last)];
  const newBoundaries = [...old.slice(0, first), ...windowBoundaries, ...old.slice(last + 1).map((boundary) => boundary + shift)];
  return { ...shown, boundaries: newBoundaries, counts };
}

/**
 * Where the page on show (`liveBody`) differs from `html` read whole and cleaned, ignoring the preview's own
 * additions (card, tooltip, outline and cursor marks), how text is split into nodes, the order of attributes,
 * template contents (never shown, and not compared by updates) and options' selected attribute (morphdom writes it);
 * '' when it does not.
 */
export function differenceFromWhole(parser: DOMParser, liveBody: HTMLElement, html: string): string {
  const whole = parser.parseFromString(html, 'text/html');
  sanitizePage(whole);
  const live = liveBody.cloneNode(false) as HTMLElement;
  for (const node of Array.from(liveBody.childNodes)) if (!isKeptAcrossUpdates(node)) live.append(node.cloneNode(true));
  live.querySelector(':scope > content-bridge-card')?.remove();
  for (const marked of Array.from(live.querySelectorAll('[data-cb-problem], [data-cb-cursor]'))) {
    marked.removeAttribute('data-cb-problem');
    marked.removeAttribute('data-cb-cursor');
  }
  const [shown, expected] = [live, whole.body].map((body) => {
    body.normalize();
    for (const option of Array.from(body.querySelectorAll('option'))) option.removeAttribute('selected');
    for (const template of Array.from(body.querySelectorAll('template'))) (template as Partial<HTMLTemplateElement>).content?.replaceChildren();
    sortAttributes(body);
    return body.innerHTML;
  });
  if (shown === expected) return '';
  let at = 0;
  while (at < shown.length && shown.charCodeAt(at) === expected.charCodeAt(at)) at++;
  return `at ${at}: shown ${JSON.stringify(shown.slice(Math.max(0, at - 40), at + 80))}, expected ${JSON.stringify(expected.slice(Math.max(0, at - 40), at + 80))}`;
}

/** Every element's attributes in name order: an update in place keeps the old ones first and adds new ones after. */
export function sortAttributes(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const attributes = Array.from(element.attributes);
    if (attributes.every((attribute, index) => index === 0 || attributes[index - 1].name <= attribute.name)) continue;
    // The attribute nodes themselves are moved: names the parser took are not checked again.
    for (const attribute of attributes) element.removeAttributeNode(attribute);
    for (const attribute of attributes.sort((one, other) => (one.name < other.name ? -1 : 1))) element.setAttributeNode(attribute);
  }
}

function sameKind(node: Node, other: Node): boolean {
  return node.nodeType === other.nodeType && node.nodeName === other.nodeName;
}

function sameNames(names: readonly string[], others: readonly string[]): boolean {
  return names.length === others.length && names.every((name, index) => name === others[index]);
}

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let index = from; index < to; index++) total += values[index];
  return total;
}
