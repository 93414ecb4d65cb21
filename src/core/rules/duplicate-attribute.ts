import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { markupProblems, mayHoldTemplateCode } from '../html/markupProblems';

const id = 'duplicate-attribute';

export const duplicateAttribute: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'An attribute must not be written twice on one tag',
    description: 'Finds the same attribute written twice in one tag, such as two `class` or two `alt` attributes on one image.',
    whyItMatters: 'Browsers keep only the first and silently drop the second, so a change made to the second one (new alt text, a corrected link) never shows.',
    equivalents: { htmlhint: 'attr-no-duplication' },
    docPath: docPathFor(id),
    messages: {
      sameValue: '{attribute} is written twice on this <{tag}> with the same value. Remove the second one.',
      differentValue:
        '{attribute} is written twice on this <{tag}>. Browsers use only the first ({attribute}="{keptValue}") and ignore this one: keep the right value in the first and remove this one.',
      removeSecond: 'Remove the second {attribute}',
    },
  },
  check({ page, source, report }) {
    // `{% if %}class="a"{% else %}class="b"{% endif %}` holds two class attributes until the template runs.
    if (mayHoldTemplateCode(page.text, source)) return;
    for (const tag of markupProblems(page).startTags) {
      if (tag.attributes.length < 2) continue;
      const first = new Map<string, (typeof tag.attributes)[number]>();
      for (const attribute of tag.attributes) {
        const kept = first.get(attribute.name);
        if (!kept) {
          first.set(attribute.name, attribute);
          continue;
        }
        let start = attribute.start;
        while (start > tag.start && (page.text[start - 1] === ' ' || page.text[start - 1] === '\t')) start--;
        const same = kept.value === attribute.value;
        report({
          message: same
            ? ruleMessage(duplicateAttribute.meta, 'sameValue', { attribute: attribute.name, tag: tag.name })
            : ruleMessage(duplicateAttribute.meta, 'differentValue', { attribute: attribute.name, tag: tag.name, keptValue: kept.value }),
          start: attribute.start,
          end: attribute.end,
          // Browsers already ignore the second: removing it changes nothing a reader sees.
          fixes: [
            {
              title: ruleMessage(duplicateAttribute.meta, 'removeSecond', { attribute: attribute.name }),
              edits: [{ start, end: attribute.end, newText: '' }],
              safe: true,
            },
          ],
        });
      }
    }
  },
};
