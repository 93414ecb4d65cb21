import type { Element } from 'domhandler';
import type { SourceInfo } from '../source';
import type { HtmlPage } from './parse';

/**
 * True when the file is a whole page rather than a fragment (a template
 * partial, an include) or a layout: page-level rules such as "has a title"
 * only make sense for whole pages. A layout has `<html>` but builds many
 * pages, whose titles and descriptions come from elsewhere.
 */
export function isWholePage(page: HtmlPage, source: Pick<SourceInfo, 'role'>): boolean {
  if (source.role === 'layout') return false;
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
