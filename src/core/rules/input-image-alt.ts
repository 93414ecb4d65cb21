import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { ariaOrTitleName, hasLabel } from '../html/accessibleName';
import { askAttributeFix } from '../html/nameFixes';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { nameRequired } from '../aria/roles';
import { trimmed } from '../text/whitespace';

const id = 'input-image-alt';

export const inputImageAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Image buttons need alt text',
    description:
      'Finds image buttons (`<input type="image">`) with no text: no `alt` (or one of only spaces), and no `aria-label`, `aria-labelledby` that points at text, `title`, or `<label>`.',
    whyItMatters:
      'An image button is a picture that sends a form, such as a magnifying glass for "Search". Screen reader users only hear "button" (or the file name) unless the alt text says what it does, so they cannot tell what pressing it will do.',
    equivalents: { axe: 'input-image-alt', lighthouse: 'input-image-alt' },
    docPath: docPathFor(id),
    messages: {
      noAlt:
        'This image button (<input type="image">) has no alt text, so screen reader users cannot tell what it does. Add alt="…" naming the action, such as alt="Search" or alt="Subscribe".',
      prompt: 'What happens when someone presses this image button?',
      placeholder: 'The action, in a word or two: "Search", "Sign up to the newsletter".',
      sayWhatButtonDoes: 'Say what this button does…',
    },
  },
  check({ page, report }) {
    for (const input of page.elementsNamed('input')) {
      if (input.attribs['type']?.toLowerCase() !== 'image') continue;
      if (hiddenWithAncestors(page, input, Hidden.fromScreenReadersOrNotRendered) || !nameRequired(input)) continue;
      if (trimmed(input.attribs['alt']) || ariaOrTitleName(page, input) || hasLabel(page, input)) continue;
      const tag = page.startTagSpan(input);
      report({
        message: ruleMessage(inputImageAlt.meta, 'noAlt'),
        start: tag.start,
        end: tag.end,
        fixes: [
          askAttributeFix(page, input, 'alt', ruleMessage(inputImageAlt.meta, 'sayWhatButtonDoes'), {
            prompt: ruleMessage(inputImageAlt.meta, 'prompt'),
            placeholder: ruleMessage(inputImageAlt.meta, 'placeholder'),
          }),
        ],
      });
    }
  },
};
