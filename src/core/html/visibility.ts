import { isTag, type Element } from 'domhandler';
import type { HtmlPage } from './parse';
import { nonTextElements } from './parse';
import { pageCacheKey, pageCached } from './pageCache';

/**
 * "Is this hidden?" from the markup alone (no style sheets), as axe-core's and Lighthouse's checks see it.
 *
 * What hides an element is read once per element as a set of marks; a variant is the set of marks it counts. Two
 * questions differ: hidden *for everyone* (`hidden`, inline `display: none` / `visibility: hidden`: no one perceives
 * it) and hidden *from screen readers* (that, or `aria-hidden="true"`). Each can be asked of the element itself
 * (`hiddenItself`) or of it and its ancestors (`hiddenWithAncestors`). The checks follow the tools they match, which
 * do not all count the same marks: each variant below says which checks use it.
 */

/** What can hide an element, as bits. */
export const HidingMark = {
  /** The `hidden` attribute. */
  hiddenAttribute: 1,
  /** `aria-hidden="true"`. */
  ariaHidden: 2,
  /** Inline `display: none`. */
  displayNone: 4,
  /** Inline `visibility: hidden`. */
  visibilityHidden: 8,
  /** Inline `visibility: collapse`. */
  visibilityCollapse: 16,
  /** `<script>`, `<style>`, `<template>`, `<noscript>`: content no reader sees as page text. */
  nonTextElement: 32,
  /** `<link>` and `<meta>`: never shown. */
  metadataElement: 64,
} as const;

/** A set of HidingMark bits: which marks a question counts. */
export type HidingVariant = number;

const m = HidingMark;

/** The named questions. Use the one whose description fits; a new check should start from `forEveryone` or `fromScreenReaders`. */
export const Hidden = {
  /** For everyone: `hidden`, inline `display: none` or `visibility: hidden` (axe-core's isVisibleOnScreen, statically). */
  forEveryone: m.hiddenAttribute | m.displayNone | m.visibilityHidden,
  /** From screen readers: hidden for everyone, or `aria-hidden="true"` (axe-core's isVisibleToScreenReaders, statically). */
  fromScreenReaders: m.hiddenAttribute | m.displayNone | m.visibilityHidden | m.ariaHidden,
  /**
   * From screen readers, also counting `visibility: collapse` and content of non-text elements (`<template>`,
   * `<noscript>`…): the image and name checks (image-alt family, link-name, button-name, frame-title…).
   */
  fromScreenReadersOrNotRendered: m.hiddenAttribute | m.displayNone | m.visibilityHidden | m.visibilityCollapse | m.ariaHidden | m.nonTextElement,
  /**
   * Left out of a name worked out from content (a link's, a button's, a label's, a heading's): `hidden`,
   * `aria-hidden="true"`, or an inline `display: none` / `visibility: hidden` or `collapse` (browsers and axe-core
   * leave them out).
   */
  fromName: m.hiddenAttribute | m.ariaHidden | m.displayNone | m.visibilityHidden | m.visibilityCollapse,
  /**
   * Never reached by a screen reader, judged from the element alone, as the list checks skip children: non-text and
   * metadata elements, `hidden`, `aria-hidden="true"`, inline `display: none`.
   */
  skippedListChild: m.nonTextElement | m.metadataElement | m.hiddenAttribute | m.ariaHidden | m.displayNone,
  /** Lighthouse's page-has-heading-one: `hidden`, `aria-hidden="true"` or inline `display: none` (not visibility). */
  headingNotPerceived: m.hiddenAttribute | m.ariaHidden | m.displayNone,
  /** Not displayed, so with no size on screen (Lighthouse's unsized-images): `hidden` or inline `display: none`. */
  notDisplayed: m.hiddenAttribute | m.displayNone,
  /** Only the `hidden` attribute: what a reader's eye skips in link text (`innerText` without styles). */
  hiddenAttributeOnly: m.hiddenAttribute,
} as const;

/** The marks on the element itself. */
export function hidingMarks(element: Element): number {
  const attribs = element.attribs;
  let marks = 0;
  if (attribs['hidden'] !== undefined) marks |= m.hiddenAttribute;
  const ariaHidden = attribs['aria-hidden'];
  if (ariaHidden !== undefined && ariaHidden.trim().toLowerCase() === 'true') marks |= m.ariaHidden;
  const style = attribs['style'];
  if (style !== undefined && style.includes(':')) marks |= styleMarks(style);
  if (nonTextElements.has(element.name)) marks |= m.nonTextElement;
  else if (element.name === 'link' || element.name === 'meta') marks |= m.metadataElement;
  return marks;
}

/** display / visibility of an inline style; the last declaration wins, `!important` ignored, as in CSS. */
function styleMarks(style: string): number {
  let display: string | undefined;
  let visibility: string | undefined;
  for (const declaration of inlineStyleDeclarations(style)) {
    if (declaration.property === 'display') display = declaration.value;
    else if (declaration.property === 'visibility') visibility = declaration.value;
  }
  let marks = 0;
  if (display === 'none') marks |= m.displayNone;
  if (visibility === 'hidden') marks |= m.visibilityHidden;
  else if (visibility === 'collapse') marks |= m.visibilityCollapse;
  return marks;
}

/** Declarations of an inline style attribute: property and value lower-cased, trimmed, without `!important`. */
export function inlineStyleDeclarations(style: string): { property: string; value: string }[] {
  const declarations: { property: string; value: string }[] = [];
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    let value = part
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const bang = value.lastIndexOf('!');
    if (bang >= 0 && value.slice(bang + 1).trim() === 'important') value = value.slice(0, bang).trim();
    declarations.push({ property: part.slice(0, colon).trim().toLowerCase(), value });
  }
  return declarations;
}

/** Hidden by the element's own markup, in this variant. */
export function hiddenItself(element: Element, variant: HidingVariant): boolean {
  return (hidingMarks(element) & variant) !== 0;
}

/** Marks of each element with its ancestors' added, filled on demand: each element worked out once per page. */
const inheritedMarksKey = pageCacheKey('hiding marks of elements with their ancestors', () => new Map<Element, number>());

function inheritedMarks(page: HtmlPage, element: Element): number {
  const known = pageCached(page, inheritedMarksKey);
  const cached = known.get(element);
  if (cached !== undefined) return cached;
  // Climb to the nearest ancestor already known (or the top), then work back down: no recursion, no repeated walks.
  const path: Element[] = [];
  let inherited = 0;
  let node: Element | undefined = element;
  while (node) {
    const value = known.get(node);
    if (value !== undefined) {
      inherited = value;
      break;
    }
    path.push(node);
    node = parentElementOf(node);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    inherited |= hidingMarks(path[i]);
    known.set(path[i], inherited);
  }
  return inherited;
}

/** Hidden by its own markup or an ancestor's, in this variant. */
export function hiddenWithAncestors(page: HtmlPage, element: Element, variant: HidingVariant): boolean {
  return (inheritedMarks(page, element) & variant) !== 0;
}

/** Hidden by its own markup or an ancestor's below `stop` (not counting `stop` and above), in this variant. */
export function hiddenWithin(element: Element, stop: Element, variant: HidingVariant): boolean {
  for (let node: Element | undefined = element; node && node !== stop; node = parentElementOf(node)) {
    if ((hidingMarks(node) & variant) !== 0) return true;
  }
  return false;
}

function parentElementOf(element: Element): Element | undefined {
  const parent = element.parent;
  return parent && isTag(parent) ? parent : undefined;
}
