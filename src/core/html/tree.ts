import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { HtmlPage } from './parse';
import { pageCacheKey, pageCached } from './pageCache';

/** The parent element, or undefined at the top of the file (a fragment: it may be included anywhere). */
export function parentElement(element: Element): Element | undefined {
  const parent = element.parent;
  return parent && isTag(parent) ? parent : undefined;
}

/** The nearest ancestor with this tag name. */
export function closest(element: Element, name: string): Element | undefined {
  let parent = element.parent;
  while (parent) {
    if (isTag(parent) && parent.name === name) return parent;
    parent = parent.parent;
  }
  return undefined;
}

/** True when the element has a text node of its own with something other than spaces: a quick "has visible text". */
export function hasOwnText(element: Element): boolean {
  for (const child of element.children) if (isText(child) && child.data.trim() !== '') return true;
  return false;
}

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

/** Where the visible content of an element sits (between its tags), when it has an end tag. */
export function contentSpan(page: HtmlPage, element: Element): { start: number; end: number } | undefined {
  const end = page.endTagStart(element);
  if (end === undefined) return undefined;
  const start = page.startTagSpan(element).end;
  return start <= end ? { start, end } : undefined;
}

/** Start tag of an element for messages: `<ul>`. */
export function tagName(element: Element): string {
  return `<${element.name}>`;
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

/** True when the element sits inside `<body>` in the source (Lighthouse ignores `<link>`s there for SEO). */
export function isInBody(element: Element): boolean {
  return closest(element, 'body') !== undefined;
}

/** `<meta>` elements whose `name` is this (lower-case) value, compared without case. */
export function metasNamed(page: HtmlPage, name: string): Element[] {
  return page.elementsNamed('meta').filter((meta) => meta.attribs['name']?.trim().toLowerCase() === name);
}

/** Per page: whether each element asked about is `<svg>` or inside one (not inside `<foreignObject>`). */
const inSvgKey = pageCacheKey('elements in SVG', () => new Map<Element, boolean>());

/** True for `<svg>` and the elements inside it (not inside `<foreignObject>`). */
export function isInSvg(page: HtmlPage, element: Element): boolean {
  const known = pageCached(page, inSvgKey);
  const chain: Element[] = [];
  let current: Element | undefined = element;
  let inherited = false;
  while (current) {
    const value = known.get(current);
    if (value !== undefined) {
      inherited = value;
      break;
    }
    chain.push(current);
    current = parentElement(current);
  }
  let parent = current;
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i];
    const value = node.name === 'svg' || (inherited && parent?.name !== 'foreignobject');
    known.set(node, value);
    inherited = value;
    parent = node;
  }
  return inherited;
}
