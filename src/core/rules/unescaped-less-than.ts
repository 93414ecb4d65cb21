import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { markupProblems } from '../html/markupProblems';
import { holdsPair } from '../text/pairs';

const id = 'unescaped-less-than';

export const unescapedLessThan: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Write "<" in text as &lt;',
    description: 'Finds a `<` in the text of the page (as in "ages 5 <12" or "a < b") that is not written as `&lt;`.',
    whyItMatters:
      'A `<` starts a tag. Here it shows as text only because no tag name follows it, so a small edit ("<b" instead of "< b") can make the rest of the paragraph disappear into a tag.',
    equivalents: { htmlhint: 'spec-char-escape' },
    docPath: docPathFor(id),
    messages: {
      lessThan: 'Write this "<" as &lt;. It shows as text now only because no tag name follows it; one changed character would turn the rest into a tag.',
      escapeLessThan: 'Write it as &lt;',
    },
  },
  check({ page, report }) {
    // Unmasked template code ({% if a < b %}) is not the page's text.
    if (page.text.includes('{%') || page.text.includes('{{') || holdsPair(page.text, '<', '%')) return;
    for (const offset of markupProblems(page).lessThanInText) {
      report({
        message: ruleMessage(unescapedLessThan.meta, 'lessThan'),
        start: offset,
        end: offset + 1,
        fixes: [{ title: ruleMessage(unescapedLessThan.meta, 'escapeLessThan'), edits: [{ start: offset, end: offset + 1, newText: '&lt;' }], safe: true }],
      });
    }
  },
};
