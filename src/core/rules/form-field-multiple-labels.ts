import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor } from './rule';
import { isLabelledInput, labelsByFor, visibility } from './support/forms-language-structure';

const id = 'form-field-multiple-labels';

export const formFieldMultipleLabels: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Form fields should have only one label',
    description:
      'Finds form fields (`<input>`, `<select>`, `<textarea>`) with more than one `<label>`: a label around the field plus one pointing at it with `for`, or several labels with the same `for`. Labels hidden from everyone are not counted.',
    whyItMatters:
      'Screen readers and browsers handle a field with two labels differently: some read only the first, some read both, some the last. Visitors may hear a different question from the one they see. One clear label per field avoids the confusion.',
    equivalents: { axe: 'form-field-multiple-labels' },
    docPath: docPathFor(id),
  },
  check({ page, report }) {
    const labelsFor = labelsByFor(page);
    const seen = visibility(page);
    const fields: Element[] = [...page.elementsNamed('input').filter(isLabelledInput), ...page.elementsNamed('select'), ...page.elementsNamed('textarea')];
    fields.sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
    for (const field of fields) {
      const fieldId = field.attribs['id'];
      const explicit = fieldId !== undefined ? labelsFor.get(fieldId) ?? [] : [];
      const wrapping: Element[] = [];
      for (let parent = field.parent; parent; parent = parent.parent) {
        if ((parent as Element).name === 'label' && !explicit.includes(parent as Element)) wrapping.push(parent as Element);
      }
      if (explicit.length + wrapping.length < 2) continue;
      const labels = [...explicit.filter((label) => !seen.hiddenForEveryone(label)), ...wrapping];
      if (labels.length < 2 || seen.hiddenFromScreenReaders(field)) continue;
      const heard = labels.filter((label) => !seen.hiddenFromScreenReaders(label));
      if (heard.length === 1) {
        // axe-core accepts this when aria-labelledby points at the one label screen readers hear.
        const heardId = heard[0].attribs['id'];
        const labelledBy = field.attribs['aria-labelledby']?.trim().split(/\s+/) ?? [];
        if (heardId && labelledBy.some((ref) => page.elementsWithId(ref)[0] === heard[0])) continue;
      }
      const tag = page.startTagSpan(field);
      report({
        message: `This form field (<${field.name}>) has ${labels.length} labels. Screen readers may read only one of them, or all of them, so visitors may hear a different question from the one they see. Keep one <label> and remove or merge the others.`,
        start: tag.start,
        end: tag.end,
      });
    }
  },
};
