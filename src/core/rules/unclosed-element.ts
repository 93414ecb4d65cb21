import type { Rule } from './rule';
import { docPathFor } from './rule';
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
  },
  check({ page, source, report }) {
    if (mayHoldTemplateCode(page.text, source)) return;
    const wholePage = isWholePage(page, source);
    for (const element of markupProblems(page).unclosed) {
      // A fragment (an include) may open a tag that another file closes.
      if (!element.closedBy && !wholePage) continue;
      const line = element.closedBy ? page.lines.positionAt(element.closedBy.start).line + 1 : undefined;
      report({
        message: element.closedBy
          ? `This <${element.name}> is never closed: the </${element.closedBy.name}> on line ${line} ends it early. Add </${element.name}> where it should end.`
          : `This <${element.name}> is never closed, so it runs on to the end of the page. Add </${element.name}> where it should end.`,
        start: element.start,
        end: element.end,
      });
    }
  },
};
