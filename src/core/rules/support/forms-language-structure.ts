import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { closest, isHiddenFromEveryone, labelledByText } from '../../html/accessibleName';
import { nonTextElements, type HtmlPage } from '../../html/parse';
import type { Fix } from '../../types';
import { askFix, escapeAttribute } from '../rule';
import { likelyLanguage, mechanicalCorrection, type LanguageProblem } from './languages';
import { setAttributeValueEdit } from '../../html/edits';

/** How hidden an element is, as axe-core sees it from the markup alone. */
export interface Visibility {
  /** `hidden`, or inline `display: none` / `visibility: hidden`, on it or an ancestor: no one perceives it. */
  hiddenForEveryone(element: Element): boolean;
  /** Hidden for everyone, or `aria-hidden="true"` on it or an ancestor: screen readers skip it. */
  hiddenFromScreenReaders(element: Element): boolean;
}

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function ownFlags(element: Element): number {
  const attribs = element.attribs;
  let own = 0;
  if (attribs['hidden'] !== undefined || (attribs['style'] !== undefined && hiddenStyle.test(attribs['style']))) own |= 3;
  const ariaHidden = attribs['aria-hidden'];
  if (ariaHidden !== undefined && ariaHidden.trim().toLowerCase() === 'true') own |= 2;
  return own;
}

/** True when the element has text of its own directly inside (a quick answer before walking its content). */
export function hasDirectText(element: Element): boolean {
  for (const child of element.children) if (isText(child) && child.data.trim() !== '') return true;
  return false;
}

const visibilityByPage = new WeakMap<HtmlPage, Visibility>();
const nothingHidden: Visibility = { hiddenForEveryone: () => false, hiddenFromScreenReaders: () => false };

/**
 * Both flags for every element asked about, each ancestor worked out once (no
 * recursion, no repeated walks), shared by the rules checking the same page.
 * A page with no `hidden`, `aria-hidden` or `display` anywhere hides nothing.
 */
export function visibility(page: HtmlPage): Visibility {
  let known = visibilityByPage.get(page);
  if (!known) {
    known = /hidden|display/i.test(page.text) ? elementVisibility() : nothingHidden;
    visibilityByPage.set(page, known);
  }
  return known;
}

function elementVisibility(): Visibility {
  // Bit 1: hidden for everyone; bit 2: hidden from screen readers.
  const cache = new Map<Element, number>();
  const flags = (element: Element): number => {
    if (element.parent === null) return ownFlags(element);
    const known = cache.get(element);
    if (known !== undefined) return known;
    const path: Element[] = [];
    let inherited = 0;
    let node: Element | null = element;
    while (node) {
      const cached = cache.get(node);
      if (cached !== undefined) {
        inherited = cached;
        break;
      }
      path.push(node);
      const parent: unknown = node.parent;
      node = parent && isTag(parent as Element) ? (parent as Element) : null;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      inherited |= ownFlags(path[i]);
      cache.set(path[i], inherited);
    }
    return inherited;
  };
  return {
    hiddenForEveryone: (element) => (flags(element) & 1) !== 0,
    hiddenFromScreenReaders: (element) => (flags(element) & 2) !== 0,
  };
}

/** The nearest `<label>` around the element, if any. */
export function wrappingLabel(element: Element): Element | undefined {
  return closest(element, 'label');
}

/**
 * A label's text as a screen reader reads it for `field` (only tested for
 * being empty): like contentName, but the field itself (a `<select>`'s
 * options, a `<textarea>`'s text) does not count as its own label.
 */
export function labelContent(page: HtmlPage, label: Element, field: Element): string {
  if (hasDirectText(label)) return 'text';
  let text = '';
  const stack: ChildNode[] = [...label.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      text += node.data;
      continue;
    }
    if (!isTag(node) || node === field || isHiddenFromEveryone(node) || nonTextElements.has(node.name)) continue;
    const named = node.attribs['aria-label']?.trim() || (node.attribs['aria-labelledby'] !== undefined ? labelledByText(page, node) : '');
    if (named) text += ` ${named} `;
    else if (node.name === 'img') text += ` ${node.attribs['alt'] ?? ''} `;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return text.replace(/\s+/g, ' ').trim();
}


/** Input types that are not text fields needing a label (axe-core's label-matches). */
const unlabelledInputTypes = new Set(['hidden', 'image', 'button', 'submit', 'reset']);

/** `<input>`s that need a label (not hidden, image, button, submit or reset). */
export function isLabelledInput(input: Element): boolean {
  const type = input.attribs['type'];
  return type === undefined || !unlabelledInputTypes.has(type.trim().toLowerCase());
}

function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/**
 * True when a form field has a name screen readers can announce, per axe-core's
 * label / select-name checks: a label around it or pointing at it (with text), a
 * non-empty aria-label, aria-labelledby pointing at text, a title, a placeholder
 * (text fields only), or role="none"/"presentation" on a field that cannot be focused.
 */
export function fieldHasName(
  page: HtmlPage,
  field: Element,
  labels: ReadonlyMap<string, readonly Element[]>,
  seen: Visibility,
  allowPlaceholder: boolean,
): boolean {
  const attribs = field.attribs;
  if (nonEmpty(attribs['aria-label']) || nonEmpty(attribs['title'])) return true;
  if (allowPlaceholder && nonEmpty(attribs['placeholder'])) return true;
  if (attribs['aria-labelledby'] !== undefined && labelledByText(page, field) !== '') return true;
  const wrapping = wrappingLabel(field);
  if (wrapping && labelContent(page, wrapping, field) !== '') return true;
  const id = attribs['id'];
  if (id) {
    for (const label of labels.get(id) ?? []) {
      if (!seen.hiddenFromScreenReaders(label) && labelContent(page, label, field) !== '') return true;
    }
  }
  const role = attribs['role']?.trim().toLowerCase().split(/\s+/)[0];
  if ((role === 'none' || role === 'presentation') && 'disabled' in attribs && !Object.keys(attribs).some((name) => name.startsWith('aria-'))) {
    return true;
  }
  return false;
}

/**
 * Fixes for a field with no name, preferred first: text for its empty label,
 * or a new `<label for>` before it when it has an id of its own, then an
 * aria-label (heard by screen readers, but not seen on screen).
 */
export function fieldNameFixes(
  page: HtmlPage,
  field: Element,
  labels: ReadonlyMap<string, readonly Element[]>,
  what: { prompt: string; placeholder: string },
): Fix[] {
  const fixes: Fix[] = [];
  const request = { prompt: what.prompt, placeholder: what.placeholder, length: { max: 80 } };
  const id = field.attribs['id'];
  const explicit = id ? (labels.get(id) ?? []).find((label) => page.endTagStart(label) !== undefined) : undefined;
  const wrapping = wrappingLabel(field);
  const fieldStart = field.startIndex ?? 0;
  if (explicit) {
    const start = page.startTagSpan(explicit).end;
    const end = page.endTagStart(explicit)!;
    fixes.push(askFix('Write the label text…', { ...request, start, end, before: '', after: '', escape: 'text' }));
  } else if (wrapping) {
    fixes.push(askFix('Write the label text…', { ...request, start: fieldStart, end: fieldStart, before: '', after: ' ', escape: 'text' }));
  } else if (id && page.elementsWithId(id)[0] === field) {
    const lineStart = page.text.lastIndexOf('\n', fieldStart - 1) + 1;
    const onOwnLine = page.text.slice(lineStart, fieldStart).trim() === '';
    const separator = onOwnLine ? `${page.lines.eol}${page.lines.indentationAt(fieldStart)}` : ' ';
    fixes.push(
      askFix('Add a label…', {
        ...request,
        start: fieldStart,
        end: fieldStart,
        before: `<label for="${escapeAttribute(id)}">`,
        after: `</label>${separator}`,
        escape: 'text',
      }),
    );
  }
  const existing = page.attributeSpan(field, 'aria-label');
  const at = page.afterTagName(field);
  fixes.push(
    askFix('Add an aria-label (heard, not seen)…', {
      ...request,
      start: existing ? existing.start : at,
      end: existing ? existing.end : at,
      before: existing ? 'aria-label="' : ' aria-label="',
      after: '"',
      escape: 'attribute',
    }),
  );
  return fixes;
}

/** The question asked when a language code is needed. */
export const languageCodeRequest = {
  prompt: 'Which language is this written in? Type its code.',
  placeholder: 'en, fr, de… (add a region if it matters: en-GB, pt-BR)',
  length: { max: 35 },
} as const;

/**
 * Fixes for a bad lang / xml:lang value, preferred first: the mechanical
 * correction (`en_US` → `en-US`, safe), a likely meant code (`english` → `en`),
 * then asking for the code.
 */
export function languageValueFixes(page: HtmlPage, element: Element, attribute: string): Fix[] {
  const value = element.attribs[attribute] ?? '';
  const valueSpan = page.attributeValueSpan(element, attribute);
  const attributeSpan = page.attributeSpan(element, attribute);
  if (!valueSpan || !attributeSpan) return [];
  const fixes: Fix[] = [];
  const corrected = mechanicalCorrection(value);
  if (corrected) {
    fixes.push({ title: `Change to ${attribute}="${corrected}"`, safe: true, edits: [setAttributeValueEdit(page, element, attribute, corrected)!] });
  } else {
    const likely = likelyLanguage(value);
    if (likely) fixes.push({ title: `Change to ${attribute}="${likely}"`, edits: [setAttributeValueEdit(page, element, attribute, likely)!] });
  }
  fixes.push(
    askFix('Write the language code…', {
      ...languageCodeRequest,
      start: attributeSpan.start,
      end: attributeSpan.end,
      before: `${attribute}="`,
      after: '"',
      escape: 'attribute',
    }),
  );
  return fixes;
}

/** Plain words for what is wrong with a language value. */
export function describeLanguageProblem(problem: LanguageProblem, attribute: string, value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  switch (problem.kind) {
    case 'blank':
      return `${attribute}="${shown}" is only spaces, so no language is set`;
    case 'malformed':
      return `${attribute}="${shown}" is not written the way language codes are: use a hyphen between the parts and no spaces (en-GB, not en_GB)`;
    case 'unknown':
      return `${attribute}="${shown}" does not start with a language code (use a 2- or 3-letter code such as en, fr or cy, not a language name or country code)`;
  }
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A heading's level as axe-core works it out, or undefined when the element
 * is not a heading: `<h1>`–`<h6>` without another role, or role="heading";
 * a valid aria-level wins, and role="heading" alone is level 2.
 */
export function headingLevel(element: Element): number | undefined {
  const role = element.attribs['role']?.trim().toLowerCase().split(/\s+/)[0];
  const isTagHeading = headingTags.has(element.name);
  if (role ? role !== 'heading' && !(isTagHeading && !knownRoles.has(role)) : !isTagHeading) return undefined;
  const tagLevel = isTagHeading ? Number(element.name[1]) : undefined;
  const ariaLevel = element.attribs['aria-level'];
  if (tagLevel !== undefined && ariaLevel === undefined) return tagLevel;
  const parsed = parseInt(ariaLevel ?? '', 10);
  if (isNaN(parsed) || parsed < 1) return tagLevel ?? 2;
  return parsed;
}

/** Headings in document order (h1–h6 and role="heading"), with their levels; worked out once per page. */
export function headings(page: HtmlPage): readonly { readonly element: Element; readonly level: number }[] {
  const cached = headingsByPage.get(page);
  if (cached) return cached;
  const found: { element: Element; level: number }[] = [];
  for (const element of page.elements) {
    if (!headingTags.has(element.name) && element.attribs['role'] === undefined) continue;
    const level = headingLevel(element);
    if (level !== undefined) found.push({ element, level });
  }
  headingsByPage.set(page, found);
  return found;
}

const headingsByPage = new WeakMap<HtmlPage, readonly { readonly element: Element; readonly level: number }[]>();

/** Roles that replace a heading's own role (an unknown role is ignored, as by browsers). */
const knownRoles = new Set(
  ('alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox comment complementary ' +
    'contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell group heading img insertion ' +
    'link list listbox listitem log main mark marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note ' +
    'option paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider ' +
    'spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem').split(' '),
);
