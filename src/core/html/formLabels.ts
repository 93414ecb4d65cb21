import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { firstRoleToken } from '../aria/roles';
import { askFix, escapeAttribute } from '../rules/rule';
import type { Fix } from '../types';
import { closest, hasOwnText } from './tree';
import { labelledByText } from './accessibleName';
import { nonTextElements, type HtmlPage } from './parse';
import { Hidden, hiddenItself, hiddenWithAncestors } from './visibility';

/** Form fields and their labels, as axe-core's label, select-name and form-field-multiple-labels checks see them. */

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
  if (hasOwnText(label)) return 'text';
  let text = '';
  const stack: ChildNode[] = [...label.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      text += node.data;
      continue;
    }
    if (!isTag(node) || node === field || hiddenItself(node, Hidden.fromName) || nonTextElements.has(node.name)) continue;
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
export function fieldHasName(page: HtmlPage, field: Element, labels: ReadonlyMap<string, readonly Element[]>, allowPlaceholder: boolean): boolean {
  const attribs = field.attribs;
  if (nonEmpty(attribs['aria-label']) || nonEmpty(attribs['title'])) return true;
  if (allowPlaceholder && nonEmpty(attribs['placeholder'])) return true;
  if (attribs['aria-labelledby'] !== undefined && labelledByText(page, field) !== '') return true;
  const wrapping = wrappingLabel(field);
  if (wrapping && labelContent(page, wrapping, field) !== '') return true;
  const id = attribs['id'];
  if (id) {
    for (const label of labels.get(id) ?? []) {
      if (!hiddenWithAncestors(page, label, Hidden.fromScreenReaders) && labelContent(page, label, field) !== '') return true;
    }
  }
  const role = firstRoleToken(field);
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
