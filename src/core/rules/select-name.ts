import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { labelsByFor } from '../html/accessibleName';
import { fieldHasName, fieldNameFixes } from '../html/formLabels';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'select-name';

export const selectName: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Drop-down lists need a label',
    description:
      'Finds drop-down lists (`<select>`) with nothing to say what they are for: no `<label>` around them or pointing at them with `for`, and no non-empty `aria-label`, `aria-labelledby` or `title`.',
    whyItMatters:
      'A screen reader announces a drop-down by its label. Without one, a blind visitor hears only the option that happens to be selected ("Monday") and not the question ("Preferred collection day"), so they cannot fill in the form with confidence.',
    equivalents: { axe: 'select-name', lighthouse: 'select-name' },
    docPath: docPathFor(id),
    messages: {
      noLabel:
        'This drop-down list (<select>) has no label, so screen reader users hear the options but not the question. Add a <label> that says what to choose, e.g. "Branch library".',
      prompt: 'What are people choosing in this list?',
      placeholder: 'A short label, e.g. "Branch library" or "Preferred day"',
    },
  },
  check({ page, report }) {
    const labels = labelsByFor(page);
    for (const select of page.elementsNamed('select')) {
      if (fieldHasName(page, select, labels, false) || hiddenWithAncestors(page, select, Hidden.fromScreenReaders)) continue;
      const tag = page.startTagSpan(select);
      report({
        message: ruleMessage(selectName.meta, 'noLabel'),
        start: tag.start,
        end: tag.end,
        fixes: fieldNameFixes(page, select, labels, {
          prompt: ruleMessage(selectName.meta, 'prompt'),
          placeholder: ruleMessage(selectName.meta, 'placeholder'),
        }),
      });
    }
  },
};
