import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import { contentName, labelledByText } from '../html/accessibleName';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { hasOwnText } from '../html/tree';
import { headings } from '../html/headings';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'empty-heading';

export const emptyHeading: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Headings need text',
    description:
      'Finds headings (`<h1>`–`<h6>` and `role="heading"`) with no text a screen reader can read: empty, only spaces, only an image with empty alt, or only hidden content, and no non-empty `aria-label`, `aria-labelledby` or `title`.',
    whyItMatters:
      'Screen reader users jump from heading to heading to skim a page. An empty heading is announced as just "heading", which is confusing and wastes their time. Empty headings are often left over from editing or used only for spacing; use styles for spacing instead.',
    equivalents: { axe: 'empty-heading' },
    docPath: docPathFor(id),
    messages: {
      empty:
        'This heading (<{element}>) is empty, so screen readers announce just "heading". Write the heading text, or remove the heading if it is only there for spacing.',
      writeHeadingText: 'Write the heading text…',
      prompt: 'Write the heading: what is this section about?',
      placeholder: 'A few words, e.g. "Opening hours"',
    },
  },
  check({ page, report }) {
    for (const { element } of headings(page)) {
      if (hasText(page, element) || hiddenWithAncestors(page, element, Hidden.fromScreenReaders)) continue;
      const tag = page.startTagSpan(element);
      report({
        message: ruleMessage(emptyHeading.meta, 'empty', { element: element.name }),
        start: tag.start,
        end: tag.end,
        fixes: headingTextFix(page, element),
      });
    }
  },
};

function hasText(page: HtmlPage, heading: Element): boolean {
  const attribs = heading.attribs;
  return Boolean(
    hasOwnText(heading) ||
    contentName(page, heading) ||
    attribs['aria-label']?.trim() ||
    (attribs['aria-labelledby'] !== undefined && labelledByText(page, heading)) ||
    attribs['title']?.trim(),
  );
}

/** Ask for the text: it replaces blank content, or goes before the (silent) elements inside. */
function headingTextFix(page: HtmlPage, heading: Element): Fix[] {
  const start = page.startTagSpan(heading).end;
  const end = page.endTagStart(heading);
  if (end === undefined) return [];
  const blank = page.text.slice(start, end).trim() === '';
  return [
    askFix(ruleMessage(emptyHeading.meta, 'writeHeadingText'), {
      prompt: ruleMessage(emptyHeading.meta, 'prompt'),
      placeholder: ruleMessage(emptyHeading.meta, 'placeholder'),
      length: { max: 70 },
      start,
      end: blank ? end : start,
      before: '',
      after: '',
      escape: 'text',
    }),
  ];
}
