import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { labelledByText } from '../html/accessibleName';
import type { HtmlPage } from '../html/parse';
import { hasPresentationalRole } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { trimmed } from '../text/whitespace';

const id = 'image-redundant-alt';

/** Elements whose visible text axe-core compares with the image's alt (its `parentSelector`). */
function isTextContainer(element: Element): boolean {
  switch (element.name) {
    case 'button':
    case 'p':
    case 'li':
    case 'td':
    case 'th':
      return true;
    case 'a':
      return 'href' in element.attribs;
    default:
      return element.attribs['role'] === 'button';
  }
}

function containerKind(element: Element): string {
  switch (element.name) {
    case 'a':
      return 'link';
    case 'p':
      return 'paragraph';
    case 'li':
      return 'list item';
    case 'td':
    case 'th':
      return 'table cell';
    default:
      return 'button';
  }
}

/** A text container with more nodes than this is not compared (a short alt text cannot equal it in practice). */
const nodeBudget = 2000;

export const imageRedundantAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Alt text should not repeat the text beside the image',
    description:
      'Finds images (`<img>`) whose alt text is exactly the same as the visible text of the link, button, paragraph, list item or table cell they sit in (ignoring upper and lower case), so screen readers read the same words twice.',
    whyItMatters:
      'Screen reader users hear the alt text and then the same words again, which is confusing ("Events Events") and slows them down. When the text next to the image already says it, the image is decoration for them and its alt text should be empty (`alt=""`).',
    equivalents: { axe: 'image-redundant-alt', lighthouse: 'image-redundant-alt' },
    docPath: docPathFor(id),
    messages: {
      repeatsText:
        'This image\'s alt text ("{name}") repeats the text of the {kind} it is in, so screen readers read the same words twice. Use an empty alt text (alt="") so the words are read once.',
      emptyAlt: 'Empty the alt text (alt="")',
    },
  },
  check({ page, report }) {
    for (const image of page.elementsNamed('img')) {
      const name = imageName(page, image);
      if (name === '') continue;
      const container = nearestContainer(image);
      if (!container || hiddenWithAncestors(page, image, Hidden.fromScreenReadersOrNotRendered) || hasPresentationalRole(image)) continue;
      if (!visibleTextEquals(page, container, name.toLowerCase())) continue;
      const fromAlt = !image.attribs['aria-labelledby']?.trim() && !trimmed(image.attribs['aria-label']) && trimmed(image.attribs['alt']) !== '';
      const altSpan = fromAlt ? page.attributeSpan(image, 'alt') : undefined;
      const span = altSpan ?? page.startTagSpan(image);
      const kind = containerKind(container);
      report({
        message: ruleMessage(imageRedundantAlt.meta, 'repeatsText', { name, kind }),
        start: span.start,
        end: span.end,
        fixes: altSpan
          ? [{ title: ruleMessage(imageRedundantAlt.meta, 'emptyAlt'), edits: [{ start: altSpan.start, end: altSpan.end, newText: 'alt=""' }] }]
          : [],
      });
    }
  },
};

/** The image's name as axe-core computes it for an `<img>`: aria-labelledby, aria-label, alt, then title. */
function imageName(page: HtmlPage, image: Element): string {
  const attribs = image.attribs;
  const name =
    (attribs['aria-labelledby'] !== undefined ? labelledByText(page, image) : '') ||
    trimmed(attribs['aria-label']) ||
    trimmed(attribs['alt']) ||
    trimmed(attribs['title']);
  return name.replace(/\s+/g, ' ');
}

/** The nearest ancestor that is a text container (nesting depth is capped by the parser). */
function nearestContainer(image: Element): Element | undefined {
  let parent = image.parent;
  while (parent && isTag(parent)) {
    if (isTextContainer(parent)) return parent;
    parent = parent.parent;
  }
  return undefined;
}

/**
 * True when the text of the container a reader sees (text nodes only, not
 * alt text; hidden parts left out; `<br>` as a space), whitespace collapsed,
 * equals `target` ignoring case. Gives up as soon as the text read so far
 * cannot be the start of `target`, and on very large containers.
 */
function visibleTextEquals(page: HtmlPage, container: Element, target: string): boolean {
  // Streams the text through a matcher: `position` is how much of `target` has been matched.
  let position = 0;
  let pendingSpace = false;
  let visited = 0;
  const stack: ChildNode[] = [];
  for (let i = container.children.length - 1; i >= 0; i--) stack.push(container.children[i]);
  while (stack.length > 0) {
    if (++visited > nodeBudget) return false;
    const node = stack.pop()!;
    if (isText(node)) {
      const data = node.data.toLowerCase();
      for (let i = 0; i < data.length; i++) {
        const char = data[i];
        const code = data.charCodeAt(i);
        if (code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code > 127 && /\s/.test(char)) {
          pendingSpace = position > 0;
          continue;
        }
        if (pendingSpace) {
          if (target[position] !== ' ') return false;
          position++;
          pendingSpace = false;
        }
        if (target[position] !== char) return false;
        position++;
      }
      continue;
    }
    if (!isTag(node) || hiddenWithAncestors(page, node, Hidden.fromScreenReadersOrNotRendered)) continue;
    if (node.name === 'br') {
      pendingSpace = position > 0;
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return position === target.length;
}
