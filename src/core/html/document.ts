import type { Element } from 'domhandler';
import type { HtmlPage } from './parse';

/**
 * True when the file is a whole page rather than a fragment (a template
 * partial, an include): page-level rules such as "has a title" only make
 * sense for whole pages.
 */
export function isWholePage(page: HtmlPage): boolean {
  return page.first('html') !== undefined || page.first('head') !== undefined || /^\s*<!doctype\s/i.test(page.text);
}

/** Where a new line belongs inside <head>: after the element given, or right after `<head>`. */
export function headInsertionPoint(page: HtmlPage, after?: Element): { offset: number; indent: string } | undefined {
  const head = page.first('head');
  if (!head) return undefined;
  if (after) {
    const { end } = page.elementSpan(after);
    return { offset: end, indent: page.lines.indentationAt(after.startIndex ?? end) };
  }
  const offset = page.startTagSpan(head).end;
  const firstChild = head.children.find((child) => child.type === 'tag') as Element | undefined;
  const childIndent = firstChild ? page.lines.indentationAt(firstChild.startIndex ?? offset) : undefined;
  const indent = childIndent ?? page.lines.indentationAt(head.startIndex ?? offset) + '  ';
  return { offset, indent };
}

/** Lower-cased, trimmed attribute value, or undefined when absent. */
export function attributeValue(element: Element, name: string): string | undefined {
  const value = element.attribs[name];
  return value === undefined ? undefined : value.trim().toLowerCase();
}
