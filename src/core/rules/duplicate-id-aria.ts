import type { Rule } from './rule';
import { labelsByFor } from '../html/accessibleName';
import { docPathFor } from './rule';
import { laterDuplicates, renameIdMessages, reportDuplicate } from './duplicate-id';
import { isTemplateValue } from '../templates/templateCode';
import { attributeFacts } from '../aria/ariaQueryTables';

const id = 'duplicate-id-aria';

/** Attributes whose value names one id or a list of ids (aria-query's "id" and "idlist" types). */
const referenceAttributes: ReadonlySet<string> = new Set(
  Object.entries(attributeFacts)
    .filter(([, definition]) => definition.type === 'id' || definition.type === 'idlist')
    .map(([name]) => name),
);

export const duplicateIdAria: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Ids used by labels and ARIA must be unique',
    description:
      'Finds an `id` used on more than one element when something points at it to name or describe an element: `<label for>`, `aria-labelledby`, `aria-describedby`, `aria-controls` and the other ARIA attributes that take ids. Every use after the first is reported.',
    whyItMatters:
      'Labels and descriptions are found by id. When two elements share the id, a screen reader reads the first one only, so a field can be announced with the wrong label ("Email" instead of "Phone") or a button with the wrong description. Sighted visitors see nothing wrong, which makes it easy to miss.',
    equivalents: { axe: 'duplicate-id-aria' },
    docPath: docPathFor(id),
    messages: {
      alreadyUsed:
        'The id "{id}" is already used by the <{firstElement}> on line {firstLine}. A label or ARIA attribute points at this id, and screen readers will only use the first element with it. Give this <{element}> a different id.',
      ...renameIdMessages,
    },
  },
  check({ page, source, report }) {
    const duplicated = [...page.ids].filter(([, elements]) => elements.length > 1);
    if (duplicated.length === 0) return;
    const referenced = new Set<string>(labelsByFor(page).keys());
    // Every attribute that points at ids is an aria-* one: only elements with one are read, and of those only
    // their own few attributes, rather than a lookup of every reference attribute on every element.
    for (const element of page.withAttributes.withAria) {
      for (const name in element.attribs) {
        if (!referenceAttributes.has(name)) continue;
        for (const ref of element.attribs[name].trim().split(/\s+/)) if (ref) referenced.add(ref);
      }
    }
    const suggested = new Map<string, number>();
    for (const [value, elements] of duplicated) {
      if (!referenced.has(value)) continue;
      if (isTemplateValue(value)) continue;
      for (const [element, first] of laterDuplicates(source, elements)) {
        reportDuplicate(page, report, duplicateIdAria.meta, element, first, value, suggested);
      }
    }
  },
};
