/**
 * Makes a page parsed by the browser safe to adopt into the preview's own document.
 *
 * The extension already removes scripts and redirects from the source, but it reads the page with a source
 * parser; the browser's parser places some markup differently (a `<meta>` inside `<svg><style>`, `<svg><title>`
 * or `<math><style>`, or after `<!-- x --!>`, becomes a real element). So the page is cleaned again here, in the
 * very tree the webview will show, before any of it enters the live document.
 */

/** Elements that run code, load other documents or move the preview elsewhere: removed with their content. */
const removedElements = new Set(['script', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe']);

/** Attributes that hold an address. A `javascript:` one would run code when followed. */
const addressAttributes = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'cite',
  'longdesc',
  'ping',
  'codebase',
  'manifest',
  'lowsrc',
  'dynsrc',
]);

/** SVG animation elements can set an address attribute (`<set attributeName="href" to="javascript:…">`). */
const animationElements = new Set(['set', 'animate']);

export interface SanitizeSummary {
  /** How many elements and attributes were taken out (for tests and curiosity). */
  removedElements: number;
  removedAttributes: number;
}

/**
 * Cleans `page` in place: its `<html>` element and everything below it, template contents included. With
 * `keepScripts` (the user allowed this page's scripts, which then run in a frame of their own), `<script>` elements
 * stay; everything else that loads another document or moves the preview elsewhere still goes.
 *
 * With `cleanedBefore` (the `<html>` element of the page on show, which was cleaned when it arrived), a part of the
 * new page equal to the part at the same place on show, attributes and all (`isEqualNode`), is already clean and is
 * not walked again: after a keystroke only the edited part is. Template contents are not compared by `isEqualNode`,
 * so every template is cleaned whole, wherever it is.
 */
export function sanitizePage(page: Document, options: { readonly keepScripts?: boolean; readonly cleanedBefore?: Element } = {}): SanitizeSummary {
  const summary: SanitizeSummary = { removedElements: 0, removedAttributes: 0 };
  const keepScripts = options.keepScripts === true;
  if (!options.cleanedBefore) {
    sanitizeTree(page.documentElement, summary, keepScripts);
    return summary;
  }
  for (const template of Array.from(page.querySelectorAll('template'))) {
    for (const child of Array.from((template as HTMLTemplateElement).content?.children ?? [])) sanitizeTree(child, summary, keepScripts);
  }
  sanitizeChanged(page.documentElement, options.cleanedBefore, summary, keepScripts);
  return summary;
}

function sanitizeTree(root: Element, summary: SanitizeSummary, keepScripts: boolean): void {
  // Collected first: removing while a live walk is under way would skip siblings.
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const element of elements) {
    if (mustRemove(element) && !(keepScripts && element.localName.toLowerCase() === 'script')) {
      element.remove();
      summary.removedElements++;
      continue;
    }
    cleanAttributes(element, summary);
    // A <template>'s content is a separate fragment that querySelectorAll does not enter.
    if (isTemplate(element)) {
      for (const child of Array.from(element.content.children)) sanitizeTree(child, summary, keepScripts);
    }
  }
}

/**
 * Cleans the elements of `root` that differ from the clean page on show, pairing children by place (from the start,
 * and from the end when an element was added or removed before them). A list, not recursion: pages can nest deeply.
 */
function sanitizeChanged(root: Element, cleanRoot: Element, summary: SanitizeSummary, keepScripts: boolean): void {
  const pending: { readonly element: Element; readonly clean: Element | undefined }[] = [{ element: root, clean: cleanRoot }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { element, clean } = next;
    if (clean && element.isEqualNode(clean)) continue; // The same as a part already cleaned.
    if (removes(element, keepScripts)) {
      element.remove();
      summary.removedElements++;
      continue;
    }
    cleanAttributes(element, summary);
    // Children that are removed (a frame, a script) are not on show: the others are paired with the children on show.
    const children = Array.from(element.children);
    const kept = children.filter((child) => !removes(child, keepScripts));
    const cleanChildren = clean?.children;
    const shift = cleanChildren ? cleanChildren.length - kept.length : 0;
    kept.forEach((child, index) => {
      let counterpart = cleanChildren?.[index];
      if (counterpart && !sameKind(child, counterpart)) counterpart = cleanChildren?.[index + shift];
      pending.push({ element: child, clean: counterpart && sameKind(child, counterpart) ? counterpart : undefined });
    });
    for (const child of children) if (removes(child, keepScripts)) pending.push({ element: child, clean: undefined });
  }
}

function removes(element: Element, keepScripts: boolean): boolean {
  return mustRemove(element) && !(keepScripts && element.localName.toLowerCase() === 'script');
}

function sameKind(element: Element, other: Element): boolean {
  return element.localName === other.localName && element.namespaceURI === other.namespaceURI;
}

function isTemplate(element: Element): element is HTMLTemplateElement {
  return element.localName === 'template' && 'content' in element;
}

function mustRemove(element: Element): boolean {
  const name = element.localName.toLowerCase();
  if (removedElements.has(name)) return true;
  // Any http-equiv meta: refresh redirects, and the others (cookies, policies) are not the preview's business.
  if (name === 'meta' && element.hasAttribute('http-equiv')) return true;
  if (animationElements.has(name)) {
    const target = (element.getAttribute('attributeName') ?? '').trim().toLowerCase();
    if (target === 'href' || target === 'xlink:href') return true;
  }
  return false;
}

function cleanAttributes(element: Element, summary: SanitizeSummary): void {
  // Backwards over the live list, so a removal does not skip the next one (and no copy per element: pages have thousands).
  const attributes = element.attributes;
  for (let index = attributes.length - 1; index >= 0; index--) {
    const attribute = attributes[index];
    const name = attribute.name.toLowerCase();
    const drop =
      name.startsWith('on') || // event handlers: onclick, onerror, onload, …
      name === 'srcdoc' ||
      name === 'action' ||
      name === 'formaction' ||
      name === 'target' ||
      (addressAttributes.has(name) && runsCode(attribute.value));
    if (drop) {
      element.removeAttributeNode(attribute);
      summary.removedAttributes++;
    }
  }
}

/**
 * True for addresses a browser would run as code. Browsers ignore leading spaces and control characters and
 * every tab and line break inside the scheme, so those are ignored here too.
 */
export function runsCode(address: string): boolean {
  let scheme = '';
  for (const character of address) {
    const code = character.charCodeAt(0);
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if (scheme === '' && code <= 0x20) continue;
    if (character === ':') break;
    scheme += character.toLowerCase();
    if (scheme.length > 10) return false;
  }
  return scheme === 'javascript' || scheme === 'vbscript';
}
