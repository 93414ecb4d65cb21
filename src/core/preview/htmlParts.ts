import { isTag, type ChildNode, type Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import { partContainerNames } from './partContainers';

/**
 * Where an HTML page's parts are, for the preview to read again only the parts a change touched: the element C
 * holding most of the page's text (from `<body>`, into the child holding more than half of it, while that child is a
 * plain block container), right after C's start tag, and after each of C's children that ends with `>` or a line
 * break. Offsets in the page's text. The webview proves these itself (webview/preview/pageParts.ts) and reads the
 * whole page where they do not hold, so a wrong guess here costs time, never a wrong page.
 */
export function htmlPartBoundaries(page: HtmlPage): number[] | undefined {
  const body = page.first('body');
  if (!body) return undefined;
  let container: Element = body;
  for (let depth = 0; depth < 32; depth++) {
    const total = page.textOf(container).length;
    const next = container.children.find((child): child is Element => isTag(child) && page.textOf(child).length * 2 > total);
    if (!next || !partContainerNames.has(next.name)) break;
    container = next;
  }
  const start = page.startTagSpan(container).end;
  const end = page.endTagStart(container) ?? page.text.length;
  const boundaries = [start];
  for (const child of container.children) {
    const after = endOf(page, child);
    if (after === undefined || after <= boundaries[boundaries.length - 1] || after > end) continue;
    const before = page.text.charCodeAt(after - 1);
    if (before === 0x3e || before === 0x0a) boundaries.push(after);
  }
  return boundaries.length > 1 ? boundaries : undefined;
}

function endOf(page: HtmlPage, node: ChildNode): number | undefined {
  if (isTag(node)) return page.elementSpan(node).end;
  return node.endIndex === null ? undefined : node.endIndex + 1;
}
