import { isTag, type Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { TextEdit } from '../types';
import { removeAttributeEdit, renameElementEdits } from '../html/edits';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'marquee';

/** Attributes that only mean something on <marquee>; they are dropped with it. */
const marqueeAttributes = ['behavior', 'bgcolor', 'direction', 'height', 'hspace', 'loop', 'scrollamount', 'scrolldelay', 'truespeed', 'vspace', 'width'];

/** Content that cannot sit in a <p>: then the text is kept in a <div>. */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

function holdsBlocks(element: Element): boolean {
  const stack = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (blockElements.has(node.name)) return true;
    stack.push(...node.children);
  }
  return false;
}

function replaceEdits(page: HtmlPage, element: Element, name: string): TextEdit[] {
  const removals = marqueeAttributes
    .filter((attribute) => attribute in element.attribs)
    .map((attribute) => removeAttributeEdit(page, element, attribute))
    .filter((edit): edit is TextEdit => edit !== undefined);
  return [...renameElementEdits(page, element, name), ...removals];
}

export const marquee: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Do not use scrolling text (<marquee>)',
    description: 'Finds `<marquee>` elements, which make text scroll across the screen.',
    whyItMatters:
      'Text that moves is hard or impossible to read for many people, including people with low vision, dyslexia or attention difficulties, and readers cannot pause it. Important news in a scrolling banner is easily missed. Show the text still, in a clear box, instead.',
    equivalents: { axe: 'marquee' },
    docPath: docPathFor(id),
    messages: {
      scrolling:
        '<marquee> makes text scroll across the screen, which many people cannot read and no one can pause. Show the text still instead: replace it with <{name}>.',
      replaceWith: 'Replace <marquee> with <{element}>',
    },
  },
  check({ page, report }) {
    for (const element of page.elementsNamed('marquee')) {
      // As axe-core: only what is on screen moves; a hidden one harms no reader.
      if (hiddenWithAncestors(page, element, Hidden.forEveryone)) continue;
      const span = page.startTagSpan(element);
      const name = holdsBlocks(element) ? 'div' : 'p';
      report({
        message: ruleMessage(marquee.meta, 'scrolling', { name }),
        start: span.start,
        end: span.end,
        fixes: [{ title: ruleMessage(marquee.meta, 'replaceWith', { element: name }), edits: replaceEdits(page, element, name), safe: true }],
      });
    }
  },
};
