import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { isWholePage } from '../html/document';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'page-has-heading-one';

export const pageHasHeadingOne: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Pages need a main heading (<h1>)',
    description:
      'Finds whole pages with no level-one heading that readers can perceive: no `<h1>` (without a `role`), nor an element with `role="heading"` and `aria-level="1"`. Headings hidden with `hidden`, `aria-hidden="true"` or `display: none` do not count.',
    whyItMatters:
      'Many screen reader users start by jumping to the `<h1>` to find where the content begins and what the page is about. Search engines also read the main heading to understand the page. Without one, people have to listen through menus and sidebars first.',
    equivalents: { axe: 'page-has-heading-one' },
    docPath: docPathFor(id),
    messages: {
      missing:
        'This page has no main heading (<h1>). Add one <h1> at the start of the main content that says what the page is about, e.g. <h1>Opening hours</h1>.',
      addMainHeading: 'Add a main heading…',
      prompt: 'Write the main heading: what is this page about?',
      placeholder: 'Short and plain, e.g. "Opening hours" or "Volunteer with us"; it often matches the page title.',
    },
  },
  check({ page, source, report }) {
    if (!isWholePage(page, source)) return;
    // axe-core: `h1:not([role]), [role="heading"][aria-level="1"]`, visible to screen readers.
    for (const heading of page.elementsNamed('h1')) {
      if (heading.attribs['role'] === undefined && !hiddenWithAncestors(page, heading, Hidden.headingNotPerceived)) return;
    }
    for (const element of page.withAttributes.withRole) {
      const role = element.attribs['role'];
      if (role === undefined || role.trim().toLowerCase() !== 'heading' || element.attribs['aria-level']?.trim() !== '1') continue;
      if (!hiddenWithAncestors(page, element, Hidden.headingNotPerceived)) return;
    }
    const anchor = page.first('body') ?? page.first('html');
    const span = anchor ? page.startTagSpan(anchor) : { start: 0, end: 0 };
    report({
      message: ruleMessage(pageHasHeadingOne.meta, 'missing'),
      ...span,
      fixes: addHeadingFix(page),
    });
  },
};

/** Asks for the heading's words and puts `<h1>` first inside `<main>` (or `<body>`), indented like its first child. */
function addHeadingFix(page: HtmlPage): Fix[] {
  const container = page.first('main') ?? page.first('body');
  if (!container) return [];
  const offset = page.startTagSpan(container).end;
  const firstChild = container.children.find((child): child is Element => child.type === 'tag');
  const indent = firstChild ? page.lines.indentationAt(firstChild.startIndex ?? offset) : `${page.lines.indentationAt(container.startIndex ?? offset)}  `;
  return [
    askFix(ruleMessage(pageHasHeadingOne.meta, 'addMainHeading'), {
      prompt: ruleMessage(pageHasHeadingOne.meta, 'prompt'),
      placeholder: ruleMessage(pageHasHeadingOne.meta, 'placeholder'),
      length: { max: 70 },
      start: offset,
      end: offset,
      before: `${page.lines.eol}${indent}<h1>`,
      after: '</h1>',
      escape: 'text',
    }),
  ];
}
