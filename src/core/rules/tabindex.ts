import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { attributeIndex } from '../aria/attributes';

const id = 'tabindex';

/** The number at the start of the value, as browsers and axe-core read it ("3px" is 3). */
function tabIndexOf(value: string): number | undefined {
  const match = /^([-+]?\d+)/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

export const tabindex: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Do not use tabindex above 0',
    description: 'Finds elements with a `tabindex` greater than 0, which changes the order in which the Tab key moves through the page.',
    whyItMatters:
      'People who use a keyboard instead of a mouse move through a page with the Tab key, in reading order. A positive tabindex makes that element jump the queue, so focus leaps around the page in an order that no longer matches what people see, which is confusing and easy to get lost in.',
    equivalents: { axe: 'tabindex', lighthouse: 'tabindex' },
    docPath: docPathFor(id),
    messages: {
      positive:
        'tabindex="{value}" on this <{element}> makes keyboard users jump to it out of reading order. Use tabindex="0" (or remove tabindex) and put the element where it belongs in the page instead.',
      changeTabindex: 'Change to tabindex="0"',
    },
  },
  check({ page, report }) {
    for (const element of attributeIndex(page).withTabindex) {
      const value = element.attribs['tabindex'];
      if (value === undefined) continue;
      const index = tabIndexOf(value);
      if (index === undefined || index <= 0) continue;
      const span = page.attributeSpan(element, 'tabindex') ?? page.startTagSpan(element);
      report({
        message: ruleMessage(tabindex.meta, 'positive', { value, element: element.name }),
        start: span.start,
        end: span.end,
        fixes: [{ title: ruleMessage(tabindex.meta, 'changeTabindex'), edits: [{ start: span.start, end: span.end, newText: 'tabindex="0"' }], safe: true }],
      });
    }
  },
};
