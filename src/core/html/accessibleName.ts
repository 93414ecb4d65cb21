import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { nonTextElements, type HtmlPage } from './parse';
import { collapseWhitespace as collapse } from '../text/whitespace';
import { spaceSeparatedTokens } from '../text/tokens';
import { pageCacheKey, pageCached } from './pageCache';
import { closest } from './tree';
import { Hidden, hiddenItself } from './visibility';

/**
 * The name assistive technology would announce for an element, worked out
 * from the source alone (a static subset of the W3C accessible-name rules that
 * axe-core applies): aria-labelledby, aria-label, then the element's own
 * sources (alt, labels, content, value), then title. Collapsed whitespace.
 */
export function accessibleName(page: HtmlPage, element: Element): string {
  // Several rules ask for the same links' and fields' names: work each out once per page.
  const names = pageCached(page, namesKey);
  let name = names.get(element);
  if (name === undefined) {
    name = computeName(page, element);
    names.set(element, name);
  }
  return name;
}

const namesKey = pageCacheKey('accessible names of the elements asked about', () => new Map<Element, string>());

function computeName(page: HtmlPage, element: Element): string {
  return collapse(labelledByText(page, element) || nonEmpty(element.attribs['aria-label']) || nativeName(page, element) || nonEmpty(element.attribs['title']));
}

/**
 * One name computation's walk. As the accessible-name algorithm requires, each node is visited once, and
 * aria-labelledby is not followed again from inside an aria-labelledby target: a field labelled by its own
 * container (`<div id=l><input aria-labelledby=l></div>`) would otherwise lead back to itself forever.
 */
interface NameWalk {
  readonly visited: Set<Element>;
  readonly inLabelledBy: boolean;
}

function newWalk(element: Element): NameWalk {
  return { visited: new Set([element]), inLabelledBy: false };
}

/** Text of the elements aria-labelledby points at; empty when it points at nothing. */
export function labelledByText(page: HtmlPage, element: Element, given?: NameWalk): string {
  if (given?.inLabelledBy) return '';
  const value = element.attribs['aria-labelledby'];
  // Most elements have none: no walk to start.
  if (value === undefined) return '';
  const walk = given ?? newWalk(element);
  const ids = spaceSeparatedTokens(value);
  const inside: NameWalk = { visited: walk.visited, inLabelledBy: true };
  const parts: string[] = [];
  for (const id of ids) {
    const target = page.elementsWithId(id)[0];
    // A target may be the element itself (aria-labelledby="self other"): its own aria-label or content counts once.
    if (target === undefined || (target !== element && walk.visited.has(target))) continue;
    walk.visited.add(target);
    parts.push(nonEmpty(target.attribs['aria-label']) || contentName(page, target, inside));
  }
  return collapse(parts.join(' '));
}

/** Text of the `<label>`s tied to a form field: `<label for=id>` and a wrapping label. */
export function labelText(page: HtmlPage, field: Element): string {
  return collapse(
    associatedLabels(page, field)
      .map((label) => contentName(page, label))
      .join(' '),
  );
}

/** `<label for="id">` elements and the label wrapping the field, if any. */
export function associatedLabels(page: HtmlPage, field: Element): Element[] {
  const labels: Element[] = [];
  const id = field.attribs['id'];
  if (id) labels.push(...(labelsByFor(page).get(id) ?? []));
  const wrapping = closest(field, 'label');
  if (wrapping && !labels.includes(wrapping) && (wrapping.attribs['for'] === undefined || wrapping.attribs['for'] === id)) labels.push(wrapping);
  return labels;
}

/** `<label for>` elements by the id they name, indexed once per page (a lookup per field would cost fields × labels). */
export function labelsByFor(page: HtmlPage): ReadonlyMap<string, readonly Element[]> {
  return pageCached(page, labelsByForKey);
}

const labelsByForKey = pageCacheKey('<label for> elements by the id they name', (page) => {
  const index = new Map<string, Element[]>();
  for (const label of page.elementsNamed('label')) {
    const target = label.attribs['for'];
    if (target === undefined) continue;
    const list = index.get(target);
    if (list) list.push(label);
    else index.set(target, [label]);
  }
  return index;
});

/**
 * Name from content, as for links, buttons and headings: the text inside,
 * with images counted by their alt text and a child's aria-label used instead
 * of its content; hidden parts (aria-hidden="true", `hidden`, an inline display: none or visibility: hidden) are left out.
 */
export function contentName(page: HtmlPage, element: Element, given?: NameWalk): string {
  // Most links, buttons and headings hold one piece of text: no walk needed.
  const only = element.children.length === 1 ? element.children[0] : undefined;
  if (only && isText(only)) return collapse(only.data);
  const walk = given ?? newWalk(element);
  let text = '';
  const stack: ChildNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      text += node.data;
      continue;
    }
    if (!isTag(node) || walk.visited.has(node) || hiddenItself(node, Hidden.fromName) || nonTextElements.has(node.name)) continue;
    walk.visited.add(node);
    const label = nonEmpty(node.attribs['aria-label']) || labelledByText(page, node, walk);
    if (label) {
      text += ` ${label} `;
      continue;
    }
    if (node.name === 'img' || (node.name === 'input' && node.attribs['type']?.toLowerCase() === 'image')) {
      text += ` ${node.attribs['alt'] ?? ''} `;
      continue;
    }
    if (node.name === 'svg') {
      const title = node.children.find((child): child is Element => isTag(child) && child.name === 'title');
      text += title ? ` ${page.textOf(title)} ` : '';
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return collapse(text);
}

const buttonInputTypes = new Set(['button', 'submit', 'reset']);

function nativeName(page: HtmlPage, element: Element): string {
  switch (element.name) {
    case 'img':
    case 'area':
      return nonEmpty(element.attribs['alt']);
    case 'input': {
      const type = element.attribs['type']?.trim().toLowerCase() ?? 'text';
      if (type === 'image') return nonEmpty(element.attribs['alt']);
      if (buttonInputTypes.has(type)) return nonEmpty(element.attribs['value']);
      return labelText(page, element) || nonEmpty(element.attribs['placeholder']);
    }
    case 'select':
    case 'textarea':
      return labelText(page, element) || nonEmpty(element.attribs['placeholder']);
    case 'svg': {
      const title = element.children.find((child): child is Element => isTag(child) && child.name === 'title');
      return title ? collapse(page.textOf(title)) : '';
    }
    default:
      return contentName(page, element);
  }
}

function nonEmpty(value: string | undefined): string {
  return value?.trim() ?? '';
}

/** A name from aria-labelledby, aria-label or title (the ARIA sources every element has), or ''. */
export function ariaOrTitleName(page: HtmlPage, element: Element): string {
  const attribs = element.attribs;
  return nonEmpty(attribs['aria-label']) || nonEmpty(attribs['title']) || (attribs['aria-labelledby'] !== undefined ? labelledByText(page, element) : '');
}

/** Text of a `<label>` tied to the control (axe-core's implicit-label and explicit-label checks). */
export function hasLabel(page: HtmlPage, element: Element): boolean {
  return labelText(page, element) !== '';
}
