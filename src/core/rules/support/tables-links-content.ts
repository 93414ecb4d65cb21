/**
 * Helpers shared by the "tables-links-content" rules: table grids, link names,
 * appending words to a link, the page's language at an element, and one
 * non-recursive walk that gathers the text of block elements.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { accessibleName } from '../../html/accessibleName';
import type { HtmlPage } from '../../html/parse';
import { escapeAttribute, escapeText } from '../rule';
import type { TextEdit } from '../../types';

import { collapseWhitespace as collapse } from '../../text/whitespace';
import { isTemplateValue } from '../../templates/templateCode';

export { collapse };

const sectionNames = new Set(['thead', 'tbody', 'tfoot']);
const cellNames = new Set(['td', 'th']);

/**
 * The rows of a table as the browser's `table.rows` sees them: `<tr>`s that
 * are children of the table or of its `<thead>`/`<tbody>`/`<tfoot>` (not of a
 * nested table), each with its `<td>`/`<th>` cells.
 */
export function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const addRow = (tr: Element) => rows.push(tr.children.filter((cell): cell is Element => isTag(cell) && cellNames.has(cell.name)));
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') addRow(child);
    else if (sectionNames.has(child.name)) {
      for (const row of child.children) if (isTag(row) && row.name === 'tr') addRow(row);
    }
  }
  return rows;
}

/** Space-separated id references of an attribute. */
export function idList(value: string | undefined): string[] {
  return value?.split(/\s+/).filter(Boolean) ?? [];
}

/** True when the element or an ancestor up to `stop` is hidden from everyone (aria-hidden, hidden, display:none). */
export function hiddenWithin(element: Element, stop?: Element): boolean {
  let node: Element | null = element;
  while (node && node !== stop) {
    if (isHiddenElement(node)) return true;
    node = node.parent && isTag(node.parent) ? node.parent : null;
  }
  return false;
}

function isHiddenElement(element: Element): boolean {
  if (element.attribs['aria-hidden']?.trim().toLowerCase() === 'true' || 'hidden' in element.attribs) return true;
  const style = element.attribs['style'];
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/**
 * Everything a screen reader may say about a link: its accessible name plus
 * its title and the text aria-describedby points at (read as a description).
 */
export function linkWording(page: HtmlPage, link: Element): string {
  const parts = [accessibleName(page, link), link.attribs['title'] ?? ''];
  for (const id of idList(link.attribs['aria-describedby'])) {
    const target = page.elementsWithId(id)[0];
    if (target) parts.push(target.attribs['aria-label'] ?? page.textOf(target));
  }
  return collapse(parts.join(' '));
}

/** The language at an element: the nearest `lang` (or `xml:lang`) up the tree, primary subtag, lower case. */
export function languageAt(page: HtmlPage, element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = (node.attribs['lang'] ?? node.attribs['xml:lang'])?.trim().toLowerCase();
    // A language written by template code is unknown: look further up, as if it were not set.
    if (lang && !isTemplateValue(lang)) return lang.split(/[-_]/)[0];
    node = node.parent && isTag(node.parent) ? node.parent : null;
  }
  return page.language?.split(/[-_]/)[0] ?? '';
}

/**
 * An edit that adds words at the end of what a link says: at the end of its
 * `aria-label` when it has one (that replaces the content for screen readers),
 * otherwise just after the last visible character before `</a>`.
 * Undefined when neither is possible (aria-labelledby, or no end tag).
 */
export function appendToLinkEdit(page: HtmlPage, link: Element, words: string): TextEdit | undefined {
  if (link.attribs['aria-labelledby']?.trim()) return undefined;
  if (link.attribs['aria-label']?.trim()) {
    const value = page.attributeValueSpan(link, 'aria-label');
    if (!value) return undefined;
    let end = value.end;
    while (end > value.start && /\s/.test(page.text[end - 1])) end--;
    return { start: end, end, newText: escapeAttribute(words) };
  }
  const endTag = page.endTagStart(link);
  if (endTag === undefined) return undefined;
  const contentStart = page.startTagSpan(link).end;
  let end = endTag;
  while (end > contentStart && /\s/.test(page.text[end - 1])) end--;
  return { start: end, end, newText: escapeText(words) };
}

/** Where the visible content of an element sits (between its tags), when it has an end tag. */
export function contentSpan(page: HtmlPage, element: Element): { start: number; end: number } | undefined {
  const end = page.endTagStart(element);
  if (end === undefined) return undefined;
  const start = page.startTagSpan(element).end;
  return start <= end ? { start, end } : undefined;
}

/** Elements whose content no reader sees as page text. */
const skippedContent = new Set(['script', 'style', 'template', 'noscript']);

export interface BlockText {
  readonly element: Element;
  text: string;
}

/**
 * Gathers the text of "block" elements in one walk without recursion: each
 * text node counts for its nearest enclosing block only (a `<p>` inside an
 * `<li>` gets its own text; the `<li>` keeps the rest), so every character is
 * visited once. `isBlock` decides which elements collect text; `skip` leaves
 * out a subtree (navigation, hidden parts). Blocks come in document order.
 */
export function blockTexts(
  roots: readonly ChildNode[],
  isBlock: (element: Element, insideBlock: boolean) => boolean,
  skip: (element: Element) => boolean = () => false,
  /** Stop once this many characters of text are collected (readability needs only the first part of a page). */
  characterLimit = Number.POSITIVE_INFINITY,
): BlockText[] {
  const blocks: BlockText[] = [];
  // Two parallel stacks rather than an object per node: this walk visits every node of the page.
  const nodes: ChildNode[] = [];
  const owners: (BlockText | undefined)[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    nodes.push(roots[i]);
    owners.push(undefined);
  }
  let characters = 0;
  while (nodes.length > 0 && characters < characterLimit) {
    const node = nodes.pop()!;
    const owner = owners.pop();
    if (isText(node)) {
      if (owner) {
        owner.text += node.data;
        characters += node.data.length;
      }
      continue;
    }
    if (!isTag(node) || skippedContent.has(node.name) || skip(node)) continue;
    let current = owner;
    if (isBlock(node, owner !== undefined)) {
      current = { element: node, text: '' };
      blocks.push(current);
    } else if (owner && breakingElements.has(node.name)) {
      owner.text += ' ';
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]);
      owners.push(current);
    }
  }
  return blocks;
}

/** Elements that separate words even without spaces around them. */
const breakingElements = new Set(['br', 'td', 'th', 'div', 'p', 'li', 'img']);
