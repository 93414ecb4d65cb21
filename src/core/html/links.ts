import type { Element } from 'domhandler';
import { escapeAttribute, escapeText } from '../rules/rule';
import { collapseWhitespace } from '../text/whitespace';
import { spaceSeparatedTokens } from '../text/tokens';
import type { TextEdit } from '../types';
import { accessibleName } from './accessibleName';
import { setAttributeValueEdit } from './edits';
import type { HtmlPage } from './parse';

/**
 * Everything a screen reader may say about a link: its accessible name plus
 * its title and the text aria-describedby points at (read as a description).
 */
export function linkWording(page: HtmlPage, link: Element): string {
  const parts = [accessibleName(page, link), link.attribs['title'] ?? ''];
  for (const id of spaceSeparatedTokens(link.attribs['aria-describedby'])) {
    const target = page.elementsWithId(id)[0];
    if (target) parts.push(target.attribs['aria-label'] ?? page.textOf(target));
  }
  return collapseWhitespace(parts.join(' '));
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
    // Only a double-quoted value can take more words as they are; otherwise write the whole value in quotes.
    if (page.text[value.start - 1] !== '"') return setAttributeValueEdit(page, link, 'aria-label', (link.attribs['aria-label'] ?? '').trimEnd() + words);
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
