import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { ariaOrTitleName } from '../html/accessibleName';
import { askAttributeFix } from '../html/nameFixes';
import { hasPresentationalRole, nameRequired } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'object-alt';

export const objectAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Embedded objects need a text alternative',
    description:
      'Finds embedded content (`<object data="…">`, such as a PDF, a video player or an old Flash file) with no text alternative: no `aria-label`, `aria-labelledby` that points at text, or `title`, and not marked as decoration with `role="none"` or `role="presentation"`. Text inside the `<object>` is only shown when it fails to load, so it does not count.',
    whyItMatters:
      'Screen readers cannot look inside an embedded object. Without a short text saying what it is ("2024 annual report (PDF)"), their users meet an unnamed box and cannot decide whether to open it.',
    equivalents: { axe: 'object-alt', lighthouse: 'object-alt' },
    docPath: docPathFor(id),
    messages: {
      noAlternative:
        'This embedded object (<object>) has no text alternative, so screen reader users cannot tell what it is. Add aria-label="…" saying what it contains, such as aria-label="2024 annual report (PDF)".',
      prompt: 'What does this embedded object show?',
      placeholder: 'A short name, e.g. "Map of the library floors" or "2024 annual report (PDF)".',
      sayWhatObjectIs: 'Say what this object is…',
    },
  },
  check({ page, report }) {
    for (const object of page.elementsNamed('object')) {
      if (!('data' in object.attribs)) continue;
      if (hiddenWithAncestors(page, object, Hidden.fromScreenReadersOrNotRendered) || !nameRequired(object)) continue;
      if (ariaOrTitleName(page, object) || hasPresentationalRole(object)) continue;
      const tag = page.startTagSpan(object);
      report({
        message: ruleMessage(objectAlt.meta, 'noAlternative'),
        start: tag.start,
        end: tag.end,
        fixes: [
          askAttributeFix(page, object, 'aria-label', ruleMessage(objectAlt.meta, 'sayWhatObjectIs'), {
            prompt: ruleMessage(objectAlt.meta, 'prompt'),
            placeholder: ruleMessage(objectAlt.meta, 'placeholder'),
          }),
        ],
      });
    }
  },
};
