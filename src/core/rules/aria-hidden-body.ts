import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { removeAttributeEdit } from '../html/edits';

const id = 'aria-hidden-body';

export const ariaHiddenBody: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'The page body must not be hidden from screen readers',
    description: 'Finds `<body aria-hidden="true">`, which hides the whole page from screen readers.',
    whyItMatters:
      'aria-hidden="true" on the body tells screen readers there is nothing on the page. People who use one hear nothing at all, even though everyone else sees the full page. It is usually left behind by a pop-up script or copied template.',
    equivalents: { axe: 'aria-hidden-body', lighthouse: 'aria-hidden-body' },
    docPath: docPathFor(id),
    messages: {
      bodyHidden: 'aria-hidden="true" on <body> hides the whole page from screen readers: their users hear nothing. Remove it.',
      removeAriaHidden: 'Remove aria-hidden from <body>',
    },
  },
  check({ page, report }) {
    for (const body of page.elementsNamed('body')) {
      if (body.attribs['aria-hidden']?.trim().toLowerCase() !== 'true') continue;
      const span = page.attributeSpan(body, 'aria-hidden') ?? page.startTagSpan(body);
      const remove = removeAttributeEdit(page, body, 'aria-hidden');
      report({
        message: ruleMessage(ariaHiddenBody.meta, 'bodyHidden'),
        start: span.start,
        end: span.end,
        fixes: remove ? [{ title: ruleMessage(ariaHiddenBody.meta, 'removeAriaHidden'), edits: [remove], safe: true }] : [],
      });
    }
  },
};
