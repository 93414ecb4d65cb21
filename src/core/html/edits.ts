import type { Element } from 'domhandler';
import type { HtmlPage } from './parse';
import { escapeAttribute } from '../rules/rule';
import type { TextEdit } from '../types';

/**
 * The edit that sets an attribute's value, written in double quotes and escaped, whatever quotes the source
 * used (see HtmlPage.attributeValueTarget). Undefined when the element has no such attribute.
 */
export function setAttributeValueEdit(page: HtmlPage, element: Element, name: string, value: string): TextEdit | undefined {
  const target = page.attributeValueTarget(element, name);
  return target && { start: target.start, end: target.end, newText: `${target.before}${escapeAttribute(value)}${target.after}` };
}

/** Removes an attribute with the space before it. */
export function removeAttributeEdit(page: HtmlPage, element: Element, name: string): TextEdit | undefined {
  const span = page.attributeSpan(element, name);
  if (!span) return undefined;
  let start = span.start;
  while (start > 0 && /\s/.test(page.text[start - 1])) start--;
  return { start, end: span.end, newText: '' };
}

/** Removes a whole element, and its line too when nothing else is on that line, so no blank line is left behind. */
export function removeElementEdit(page: HtmlPage, element: Element): TextEdit {
  const span = page.elementSpan(element);
  const text = page.text;
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const lineStarts = start === 0 || text[start - 1] === '\n';
  if (lineStarts && (end === text.length || text[end] === '\n' || text[end] === '\r')) {
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    return { start, end, newText: '' };
  }
  return { start: span.start, end: span.end, newText: '' };
}

/** Renames an element's start and end tags, keeping everything else. */
export function renameElementEdits(page: HtmlPage, element: Element, newName: string): TextEdit[] {
  const start = (element.startIndex ?? 0) + 1;
  const edits: TextEdit[] = [{ start, end: start + element.name.length, newText: newName }];
  const endTag = page.endTagStart(element);
  if (endTag !== undefined && endTag > start) edits.push({ start: endTag + 2, end: endTag + 2 + element.name.length, newText: newName });
  return edits;
}

/** Where a new attribute or text can go just before the `>` (or `/>`) of a start tag. */
export function beforeTagClose(page: HtmlPage, element: Element): number {
  const tag = page.startTagSpan(element);
  return tag.end - (page.text[tag.end - 2] === '/' ? 2 : 1);
}
