import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { labelsByFor } from '../html/accessibleName';
import { isLabelledInput } from '../html/formLabels';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

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
    messages: {
      severalLabels:
        'This form field (<{field}>) has {labelCount} labels. Screen readers may read only one of them, or all of them, so visitors may hear a different question from the one they see. Keep one <label> and remove or merge the others.',
    },
  },
  check({ page, report }) {
    const labelsFor = labelsByFor(page);
    const fields: Element[] = [...page.elementsNamed('input').filter(isLabelledInput), ...page.elementsNamed('select'), ...page.elementsNamed('textarea')];
    fields.sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
    // Per id, not per field, and counted rather than copied: a page that repeats one id on thousands of fields
    // must not cost fields × labels.
    const byId = new Map<string, { readonly all: ReadonlySet<Element>; readonly shown: number; readonly heard: readonly Element[] }>();
    const explicitLabels = (fieldId: string) => {
      let entry = byId.get(fieldId);
      if (!entry) {
        const all = labelsFor.get(fieldId) ?? [];
        const shown = all.filter((label) => !hiddenWithAncestors(page, label, Hidden.forEveryone));
        entry = { all: new Set(all), shown: shown.length, heard: shown.filter((label) => !hiddenWithAncestors(page, label, Hidden.fromScreenReaders)) };
        byId.set(fieldId, entry);
      }
      return entry;
    };
    const none = { all: new Set<Element>(), shown: 0, heard: [] as readonly Element[] };
    for (const field of fields) {
      const fieldId = field.attribs['id'];
      const explicit = fieldId !== undefined ? explicitLabels(fieldId) : none;
      const wrapping: Element[] = [];
      for (let parent = field.parent; parent; parent = parent.parent) {
        if ((parent as Element).name === 'label' && !explicit.all.has(parent as Element)) wrapping.push(parent as Element);
      }
      if (explicit.all.size + wrapping.length < 2) continue;
      const labelCount = explicit.shown + wrapping.length;
      if (labelCount < 2 || hiddenWithAncestors(page, field, Hidden.fromScreenReaders)) continue;
      const wrappingHeard = wrapping.filter((label) => !hiddenWithAncestors(page, label, Hidden.fromScreenReaders));
      if (explicit.heard.length + wrappingHeard.length === 1) {
        // axe-core accepts this when aria-labelledby points at the one label screen readers hear.
        const heard = explicit.heard[0] ?? wrappingHeard[0];
        const heardId = heard.attribs['id'];
        const labelledBy = field.attribs['aria-labelledby']?.trim().split(/\s+/) ?? [];
        if (heardId && labelledBy.some((ref) => page.elementsWithId(ref)[0] === heard)) continue;
      }
      const tag = page.startTagSpan(field);
      report({
        message: ruleMessage(formFieldMultipleLabels.meta, 'severalLabels', { field: field.name, labelCount }),
        start: tag.start,
        end: tag.end,
      });
    }
  },
};
