import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { aria, roles } from 'aria-query';
import type { HtmlPage } from '../../html/parse';
import type { TextEdit } from '../../types';

/**
 * Shared helpers of the "aria-and-markup" rules: ARIA roles and attributes from
 * aria-query, with the few differences axe-core makes noted where they are applied.
 */

/** Roles axe-core knows that aria-query 5.3 does not yet (ARIA 1.3 drafts and the `image` synonym of `img`). */
const axeExtraRoles = ['comment', 'image', 'sectionfooter', 'sectionheader', 'suggestion', 'text'];
/** ARIA attributes axe-core knows that aria-query 5.3 does not yet (ARIA 1.3 draft). */
const axeExtraAttributes = ['aria-actions'];

// aria-query's maps look keys up by linear search: copy them into real Maps once.
const roleDefinitions = new Map([...roles.entries()]);
const attributeDefinitions = new Map([...aria.entries()]);

export function roleDefinition(role: string) {
  return roleDefinitions.get(role as never);
}

export function attributeDefinition(name: string) {
  return attributeDefinitions.get(name as never);
}

const allRoleNames = new Set<string>([...roles.keys(), ...axeExtraRoles]);
export const abstractRoles = new Set<string>([...roles.keys()].filter((name) => roles.get(name)?.abstract));
/** Every ARIA attribute name. */
export const ariaAttributeNames: readonly string[] = [...aria.keys(), ...axeExtraAttributes];
const ariaAttributeSet = new Set(ariaAttributeNames);

export function isKnownAriaAttribute(name: string): boolean {
  return ariaAttributeSet.has(name);
}

/** A role name that exists in ARIA (abstract roles included, as axe's `isValidRole(role, { allowAbstract: true })`). Case-sensitive, as in axe-core. */
export function isRoleName(role: string): boolean {
  return allRoleNames.has(role);
}

/** A role authors may use: exists and is not abstract. */
export function isUsableRole(role: string): boolean {
  return allRoleNames.has(role) && !abstractRoles.has(role);
}

/** Elements carrying the attributes these rules read, found in one pass per page and shared by the rules. */
export interface AttributeIndex {
  readonly withRole: readonly Element[];
  readonly withAria: readonly Element[];
  readonly withTabindex: readonly Element[];
}

const attributeIndexes = new WeakMap<HtmlPage, AttributeIndex>();

export function attributeIndex(page: HtmlPage): AttributeIndex {
  let index = attributeIndexes.get(page);
  if (index) return index;
  const withRole: Element[] = [];
  const withAria: Element[] = [];
  const withTabindex: Element[] = [];
  for (const element of page.elements) {
    const attribs = element.attribs;
    for (const name in attribs) {
      if (name === 'role') withRole.push(element);
      else if (name === 'tabindex') withTabindex.push(element);
      else if (name.startsWith('aria-') && withAria[withAria.length - 1] !== element) withAria.push(element);
    }
  }
  index = { withRole, withAria, withTabindex };
  attributeIndexes.set(page, index);
  return index;
}

export function tokens(value: string | undefined): string[] {
  return value === undefined ? [] : value.trim().split(/\s+/).filter(Boolean);
}

/**
 * The role set with `role=`, as axe-core's getExplicitRole: lower-cased; with
 * `fallback` the first usable token, otherwise the whole value must be one role.
 * Digital publishing roles (doc-*) are ignored unless `dpub`.
 */
export function explicitRole(element: Element, { fallback = true, dpub = false } = {}): string | undefined {
  const value = (element.attribs['role'] ?? '').trim().toLowerCase();
  if (value === '') return undefined;
  const list = fallback ? value.split(/\s+/) : [value];
  return list.find((role) => (dpub || !role.startsWith('doc-')) && isUsableRole(role));
}

/** Implicit roles of the elements these rules ask about (a small subset of HTML-AAM). */
const implicitRoles: Readonly<Record<string, string>> = { ul: 'list', ol: 'list', menu: 'list', li: 'listitem' };

/** Explicit role, else the implicit role for the few elements the list rules need. */
export function roleOf(element: Element): string | undefined {
  return explicitRole(element) ?? implicitRoles[element.name];
}

/** The parent element, or undefined at the top of the file (a fragment: it may be included anywhere). */
export function parentElement(element: Element): Element | undefined {
  const parent = element.parent;
  return parent && isTag(parent) ? parent : undefined;
}

/** Elements a screen reader never reaches, judged from the element itself: scripts, templates, `hidden`, aria-hidden="true". */
export function isHiddenFromScreenReaders(element: Element): boolean {
  return (
    nonRendered.has(element.name) ||
    'hidden' in element.attribs ||
    element.attribs['aria-hidden']?.trim().toLowerCase() === 'true' ||
    /(^|;)\s*display\s*:\s*none\s*(!important\s*)?(;|$)/i.test(element.attribs['style'] ?? '')
  );
}

const nonRendered = new Set(['script', 'template', 'style', 'noscript', 'link', 'meta']);

/** Direct children that are elements or text with something other than whitespace. */
export function meaningfulChildren(element: Element): ChildNode[] {
  return element.children.filter((child) => isTag(child) || (isText(child) && child.data.trim() !== ''));
}

/** Where a text node's visible characters sit. */
export function textSpan(node: ChildNode): { start: number; end: number } {
  const start = node.startIndex ?? 0;
  const data = isText(node) ? node.data : '';
  const lead = data.length - data.trimStart().length;
  return { start: start + lead, end: start + data.trimEnd().length };
}

/** Removes an attribute with the space before it. */
export function removeAttributeEdit(page: HtmlPage, element: Element, name: string): TextEdit | undefined {
  const span = page.attributeSpan(element, name);
  if (!span) return undefined;
  let start = span.start;
  while (start > 0 && /\s/.test(page.text[start - 1])) start--;
  return { start, end: span.end, newText: '' };
}

/** Removes a whole element, and its line when nothing else is on it. */
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

/** Levenshtein distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Start tag of an element for messages: `<ul>`. */
export function tagName(element: Element): string {
  return `<${element.name}>`;
}
