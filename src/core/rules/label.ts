import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { labelsByFor } from '../html/accessibleName';
import { fieldHasName, fieldNameFixes, isLabelledInput } from '../html/formLabels';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'label';

export const label: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Form fields need a label',
    description:
      'Finds text boxes and other form fields (`<input>`, `<textarea>`) that have nothing to tell people what to type: no `<label>` around them or pointing at them with `for`, and no non-empty `aria-label`, `aria-labelledby`, `title` or `placeholder`. Buttons and hidden fields are not checked.',
    whyItMatters:
      'A screen reader announces a field by its label. Without one, a blind visitor hears only "edit text" and has to guess whether to type a name, an email address or a library card number. A visible label also helps everyone else, and clicking it puts the cursor in the field.',
    equivalents: { axe: 'label', lighthouse: 'label' },
    docPath: docPathFor(id),
    messages: {
      noLabel:
        'This form field ({kind}) has no label, so screen reader users will not know what to type in it. Add a <label> that says what it is for, e.g. "Email address".',
      prompt: 'What should people type in this field?',
      placeholder: 'A short label, e.g. "Email address" or "Library card number"',
    },
  },
  check({ page, report }) {
    const labels = labelsByFor(page);
    const fields: Element[] = [...page.elementsNamed('input').filter(isLabelledInput), ...page.elementsNamed('textarea')];
    fields.sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
    for (const field of fields) {
      if (fieldHasName(page, field, labels, true) || hiddenWithAncestors(page, field, Hidden.fromScreenReaders)) continue;
      const tag = page.startTagSpan(field);
      const kind = field.name === 'textarea' ? '<textarea>' : '<input>';
      report({
        message: ruleMessage(label.meta, 'noLabel', { kind }),
        start: tag.start,
        end: tag.end,
        fixes: fieldNameFixes(page, field, labels, {
          prompt: ruleMessage(label.meta, 'prompt'),
          placeholder: ruleMessage(label.meta, 'placeholder'),
        }),
      });
    }
  },
};
