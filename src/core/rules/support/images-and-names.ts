import { roles, type ARIARoleDefinitionKey } from 'aria-query';
import { isTag, type Element } from 'domhandler';
import { labelledByText, labelText } from '../../html/accessibleName';
import type { HtmlPage } from '../../html/parse';
import type { Fix, TextRequest } from '../../types';
import { askFix } from '../rule';

/**
 * Helpers shared by the "images and names" rules (image-redundant-alt,
 * link-name, button-name, svg-img-alt, …): which elements axe-core would skip
 * as hidden, the explicit role, focusability, and the "add an attribute and
 * ask for its words" fix.
 */

const hiddenFlag = 1;
const svgFlag = 2;

/**
 * Per page: flags (hidden, in SVG) of the elements asked about and their
 * ancestors, filled on demand: each element is worked out once, so all the
 * questions on a page cost at most one visit per element.
 */
const flagCache = new WeakMap<HtmlPage, Map<Element, number>>();

function flagsOf(page: HtmlPage, element: Element): number {
  let flags = flagCache.get(page);
  if (!flags) {
    flags = new Map();
    flagCache.set(page, flags);
  }
  const known = flags.get(element);
  if (known !== undefined) return known;
  // Climb to the nearest ancestor already known (or the root), then work back down.
  const chain: Element[] = [];
  let current: Element | undefined = element;
  let inherited = 0;
  while (current) {
    const value = flags.get(current);
    if (value !== undefined) {
      inherited = value;
      break;
    }
    chain.push(current);
    current = current.parent && isTag(current.parent) ? current.parent : undefined;
  }
  let parent = current;
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i];
    let value = inherited & hiddenFlag;
    if (hidesItself(node)) value |= hiddenFlag;
    if (node.name === 'svg' || (inherited & svgFlag && parent?.name !== 'foreignobject')) value |= svgFlag;
    flags.set(node, value);
    inherited = value;
    parent = node;
  }
  return inherited;
}

const neverRendered = new Set(['template', 'noscript', 'script', 'style']);

function hidesItself(element: Element): boolean {
  const attribs = element.attribs;
  if ('hidden' in attribs || neverRendered.has(element.name)) return true;
  if (attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  const style = attribs['style'];
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i.test(style);
}

/**
 * True when screen readers never meet the element: it or an ancestor has
 * `hidden`, `aria-hidden="true"`, an inline `display:none`/`visibility:hidden`,
 * or sits in `<template>`/`<noscript>`. axe-core skips such elements.
 */
export function isHiddenFromScreenReaders(page: HtmlPage, element: Element): boolean {
  return (flagsOf(page, element) & hiddenFlag) !== 0;
}

/** True for `<svg>` and the elements inside it (not inside `<foreignObject>`). */
export function isInSvg(page: HtmlPage, element: Element): boolean {
  return (flagsOf(page, element) & svgFlag) !== 0;
}

/** Trimmed value, or '' when absent. */
export function trimmed(value: string | undefined): string {
  return value?.trim() ?? '';
}

/**
 * The first role in `role` that ARIA knows (as axe-core's getExplicitRole):
 * lower-cased; "image" is read as its synonym "img"; abstract roles are ignored.
 */
export function explicitRole(element: Element): string | undefined {
  const value = element.attribs['role'];
  if (!value) return undefined;
  for (const token of value.trim().toLowerCase().split(/\s+/)) {
    if (token === 'image') return 'img';
    if (token === 'none' || token === 'presentation') return token;
    const definition = roles.get(token as ARIARoleDefinitionKey);
    if (definition && !definition.abstract) return token;
  }
  return undefined;
}

const disableable = new Set(['button', 'input', 'select', 'textarea', 'optgroup', 'option', 'fieldset']);

/** Focusable as axe-core sees it from the source: native controls that are not disabled, or a tabindex. */
export function isFocusable(element: Element): boolean {
  if (disableable.has(element.name) && 'disabled' in element.attribs) return false;
  switch (element.name) {
    case 'a':
    case 'area':
      if ('href' in element.attribs) return true;
      break;
    case 'input':
      if (element.attribs['type']?.trim().toLowerCase() !== 'hidden') return true;
      break;
    case 'textarea':
    case 'select':
    case 'summary':
    case 'button':
      return true;
  }
  return tabindex(element) !== undefined;
}

/** The tabindex as an integer, or undefined when absent or not a number. */
export function tabindex(element: Element): number | undefined {
  const value = element.attribs['tabindex']?.trim();
  if (!value || !/^[+-]?\d+$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** ARIA attributes allowed on every element (axe-core's list); any of them cancels role="none"/"presentation". */
const globalAriaAttributes = [
  'aria-actions', 'aria-atomic', 'aria-braillelabel', 'aria-brailleroledescription', 'aria-busy', 'aria-controls',
  'aria-current', 'aria-describedby', 'aria-description', 'aria-details', 'aria-disabled', 'aria-dropeffect',
  'aria-errormessage', 'aria-flowto', 'aria-grabbed', 'aria-haspopup', 'aria-hidden', 'aria-invalid',
  'aria-keyshortcuts', 'aria-label', 'aria-labelledby', 'aria-live', 'aria-owns', 'aria-relevant', 'aria-roledescription',
];

/**
 * axe-core's "presentational-role" check: role="none"/"presentation" counts
 * only when the element is not focusable and has no global ARIA attribute
 * (otherwise browsers ignore the role); frames with a title never count.
 */
export function hasPresentationalRole(element: Element): boolean {
  const role = explicitRole(element);
  if (role !== 'none' && role !== 'presentation') return false;
  if ((element.name === 'iframe' || element.name === 'frame') && 'title' in element.attribs) return false;
  if (isFocusable(element)) return false;
  return !globalAriaAttributes.some((name) => name in element.attribs);
}

/**
 * axe-core's "no-explicit-name-required" filter: an element given a role
 * that needs no name (and that is not focusable) is left to other checks.
 */
export function nameRequired(element: Element): boolean {
  const role = explicitRole(element);
  if (!role || role === 'none' || role === 'presentation') return true;
  // aria-query has the flag at run time but not in its types.
  const definition = roles.get(role as ARIARoleDefinitionKey) as { accessibleNameRequired?: boolean } | undefined;
  return Boolean(definition?.accessibleNameRequired) || isFocusable(element);
}

/** A name from aria-labelledby, aria-label or title (the ARIA sources every element has), or ''. */
export function ariaOrTitleName(page: HtmlPage, element: Element): string {
  const attribs = element.attribs;
  return trimmed(attribs['aria-label']) || trimmed(attribs['title']) || (attribs['aria-labelledby'] !== undefined ? labelledByText(page, element) : '');
}

/** Text of a `<label>` tied to the control (axe-core's implicit-label and explicit-label checks). */
export function hasLabel(page: HtmlPage, element: Element): boolean {
  return labelText(page, element) !== '';
}

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

/** The first `<img>` inside the element (iterative, stops at the first one), or undefined. */
export function firstImageInside(element: Element): Element | undefined {
  const stack = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'img') return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return undefined;
}

const roleCache = new WeakMap<HtmlPage, readonly Element[]>();

/** Elements that have a `role` attribute, in document order (one pass, cached per page). */
export function elementsWithRole(page: HtmlPage): readonly Element[] {
  let list = roleCache.get(page);
  if (!list) {
    list = page.elements.filter((element) => element.attribs['role'] !== undefined);
    roleCache.set(page, list);
  }
  return list;
}

/** The `role` attribute trimmed and lower-cased, as axe-core's `[role='img']` selectors compare it. */
export function roleValue(element: Element): string {
  return element.attribs['role']?.trim().toLowerCase() ?? '';
}

/** True when the element has a text node of its own with something other than spaces: a quick "has visible text". */
export function hasOwnText(element: Element): boolean {
  for (const child of element.children) {
    if (child.type === 'text' && /\S/.test((child as unknown as { data: string }).data)) return true;
  }
  return false;
}

/** The image inside a link or button with no text of its own, when that image is what should carry the name. */
export function unnamedImageInside(page: HtmlPage, element: Element): Element | undefined {
  if (page.textOf(element).trim() !== '') return undefined;
  const image = firstImageInside(element);
  return image && !isHiddenFromScreenReaders(page, image) && !trimmed(image.attribs['alt']) ? image : undefined;
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
