import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isWholePage } from '../html/document';
import { markupProblems, mayHoldTemplateCode } from '../html/markupProblems';

const id = 'stray-end-tag';

export const strayEndTag: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'End tags need a matching start tag',
    description: 'Finds end tags such as `</div>` or `</b>` with no open element of that name: a tag closed twice, or one whose start was deleted.',
    whyItMatters:
      'Browsers ignore an end tag that closes nothing, so the page may not be laid out as you think: often the start tag it was meant for is missing, or another tag was closed in its place.',
    equivalents: { htmlhint: 'tag-pair' },
    docPath: docPathFor(id),
    messages: {
      closesNothing: 'This </{tag}> closes nothing: there is no open <{tag}> here, so browsers ignore it. Remove it, or add the <{tag}> it was meant to close.',
      removeEndTag: 'Remove </{element}>',
    },
  },
  check({ page, source, report }) {
    // An include may close a tag that another file opened.
    if (mayHoldTemplateCode(page.text, source) || !isWholePage(page, source)) return;
    for (const tag of markupProblems(page).strayEndTags) {
      report({
        message: ruleMessage(strayEndTag.meta, 'closesNothing', { tag: tag.name }),
        start: tag.start,
        end: tag.end,
        // Not marked safe: the missing start tag may be the real mistake.
        fixes: [{ title: ruleMessage(strayEndTag.meta, 'removeEndTag', { element: tag.name }), edits: [{ start: tag.start, end: tag.end, newText: '' }] }],
      });
    }
  },
};
