import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { ariaOrTitleName, hasLabel } from '../html/accessibleName';
import { askAttributeFix } from '../html/nameFixes';
import { hasPresentationalRole, nameRequired } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { trimmed } from '../text/whitespace';

const id = 'input-button-name';

const buttonTypes = new Set(['button', 'submit', 'reset']);

export const inputButtonName: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Form buttons need text',
    description:
      'Finds form buttons written as `<input type="button">`, `type="submit"` or `type="reset"` that have no text: a `value` that is empty or only spaces (or, for `type="button"`, no `value` at all), and no `aria-label`, `aria-labelledby` that points at text, `title` or `<label>`. Submit and reset buttons without a `value` are fine: browsers label them "Submit" and "Reset".',
    whyItMatters:
      'The `value` is the text on the button. Without it, sighted visitors see a blank button and screen reader users hear only "button", so nobody can tell what it does.',
    equivalents: { axe: 'input-button-name', lighthouse: 'input-button-name' },
    docPath: docPathFor(id),
    messages: {
      noValue:
        'This button (<input type="button">) has no text, so it looks blank and screen reader users hear only "button". Add value="…" with the action, such as value="Show more events".',
      emptyValue:
        'This button (<input type="{type}">) has an empty value, so it looks blank and screen reader users hear only "button". Write the action in value="…", such as value="Send".',
      prompt: 'What does this button do? Write its text',
      placeholder: 'The action, in a word or two: "Search", "Send", "Show more events".',
      addButtonText: 'Add button text…',
    },
  },
  check({ page, report }) {
    for (const input of page.elementsNamed('input')) {
      const type = input.attribs['type']?.toLowerCase() ?? '';
      if (!buttonTypes.has(type)) continue;
      if (hiddenWithAncestors(page, input, Hidden.fromScreenReadersOrNotRendered) || !nameRequired(input)) continue;
      const value = input.attribs['value'];
      // Browsers give submit and reset buttons a default text, but only when value is left out.
      if (value === undefined && type !== 'button') continue;
      if (trimmed(value) || ariaOrTitleName(page, input) || hasLabel(page, input) || hasPresentationalRole(input)) continue;
      const span = page.attributeSpan(input, 'value') ?? page.startTagSpan(input);
      report({
        message: value === undefined ? ruleMessage(inputButtonName.meta, 'noValue') : ruleMessage(inputButtonName.meta, 'emptyValue', { type }),
        start: span.start,
        end: span.end,
        fixes: [
          askAttributeFix(page, input, 'value', ruleMessage(inputButtonName.meta, 'addButtonText'), {
            prompt: ruleMessage(inputButtonName.meta, 'prompt'),
            placeholder: ruleMessage(inputButtonName.meta, 'placeholder'),
          }),
        ],
      });
    }
  },
};
