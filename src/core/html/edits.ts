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
