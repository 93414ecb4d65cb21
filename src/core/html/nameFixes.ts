import type { Element } from 'domhandler';
import { askFix } from '../rules/rule';
import type { Fix, TextRequest } from '../types';
import type { HtmlPage } from './parse';
import { firstImageInside } from './tree';
import { Hidden, hiddenWithAncestors } from './visibility';

/** Fixes that ask for the words that name an element (alt text, link text, an aria-label). */

type AttributeRequest = Pick<TextRequest, 'prompt' | 'placeholder' | 'length' | 'initialValue'>;

/**
 * A fix that asks for words and writes them into an attribute: replaces the
 * attribute when it is there (empty or only spaces), or adds it after the tag name.
 */
export function askAttributeFix(page: HtmlPage, element: Element, attribute: string, title: string, request: AttributeRequest): Fix {
  const existing = page.attributeSpan(element, attribute);
  const insertAt = page.afterTagName(element);
  return askFix(title, {
    ...request,
    start: existing ? existing.start : insertAt,
    end: existing ? existing.end : insertAt,
    before: `${existing ? '' : ' '}${attribute}="`,
    after: '"',
    escape: 'attribute',
  });
}

/**
 * A fix that asks for the visible text of an element that has none (an
 * empty link or button): the answer goes between the start and end tags.
 * Undefined when the element has child elements or no end tag.
 */
export function askContentFix(page: HtmlPage, element: Element, title: string, request: AttributeRequest): Fix | undefined {
  if (element.children.some((child) => child.type !== 'text')) return undefined;
  if (page.textOf(element).trim() !== '') return undefined;
  const contentEnd = page.endTagStart(element);
  if (contentEnd === undefined) return undefined;
  const contentStart = page.startTagSpan(element).end;
  if (contentStart > contentEnd) return undefined;
  return askFix(title, { ...request, start: contentStart, end: contentEnd, before: '', after: '', escape: 'text' });
}

/** The image inside a link or button with no text of its own, when that image is what should carry the name. */
export function unnamedImageInside(page: HtmlPage, element: Element): Element | undefined {
  if (page.textOf(element).trim() !== '') return undefined;
  const image = firstImageInside(element);
  return image && !hiddenWithAncestors(page, image, Hidden.fromScreenReadersOrNotRendered) && !nonBlank(image.attribs['alt']) ? image : undefined;
}

/** Fix titles for naming a link or a button, most specific first. */
export interface NameFixTitles {
  readonly imageAlt: string;
  readonly content: string;
  readonly ariaLabel: string;
}

/** Alt text for the image inside; else text inside the empty element; else an aria-label (icons). */
export function nameFixes(page: HtmlPage, element: Element, image: Element | undefined, titles: NameFixTitles, request: AttributeRequest): Fix[] {
  if (image) return [askAttributeFix(page, image, 'alt', titles.imageAlt, request)];
  const content = askContentFix(page, element, titles.content, request);
  return [content ?? askAttributeFix(page, element, 'aria-label', titles.ariaLabel, request)];
}

function nonBlank(value: string | undefined): string {
  return value?.trim() ?? '';
}
