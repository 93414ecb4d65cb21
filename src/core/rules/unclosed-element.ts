import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isWholePage } from '../html/document';
import { markupProblems, mayHoldTemplateCode } from '../html/markupProblems';

const id = 'unclosed-element';

export const unclosedElement: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Tags that are opened must be closed',
    description:
      'Finds elements whose end tag is missing, such as a `<div>` or `<a>` never closed, or a `<span>` closed by the `</div>` around it. Elements whose end tag HTML allows you to leave out (`<p>`, `<li>`, `<td>` and the like) are not reported.',
    whyItMatters:
      'A tag left open swallows everything after it: a link can run on over the rest of the paragraph, a bold or a heading style can spread down the page, and screen readers announce the wrong structure. Browsers guess where the tag should end, and different browsers can guess differently.',
    equivalents: { htmlhint: 'tag-pair' },
    docPath: docPathFor(id),
    messages: {
      closedEarly: 'This <{element}> is never closed: the </{closer}> on line {line} ends it early. Add </{element}> where it should end.',
      neverClosed: 'This <{element}> is never closed, so it runs on to the end of the page. Add </{element}> where it should end.',
    },
  },
  check({ page, source, report }) {
    if (mayHoldTemplateCode(page.text, source)) return;
    const wholePage = isWholePage(page, source);
    for (const element of markupProblems(page).unclosed) {
      // A fragment (an include) may open a tag that another file closes.
      if (!element.closedBy && !wholePage) continue;
      report({
        message: element.closedBy
          ? ruleMessage(unclosedElement.meta, 'closedEarly', {
              element: element.name,
              closer: element.closedBy.name,
              line: page.lines.positionAt(element.closedBy.start).line + 1,
            })
          : ruleMessage(unclosedElement.meta, 'neverClosed', { element: element.name }),
        start: element.start,
        end: element.end,
      });
    }
  },
};
