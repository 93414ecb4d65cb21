import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { accessibleName, hasLabel } from '../html/accessibleName';
import { hasOwnText } from '../html/tree';
import { hasPresentationalRole, nameRequired } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { nameFixes, unnamedImageInside } from '../html/nameFixes';

const id = 'button-name';

/** What the fix asks, in the rule's words (read when asked: the rule is defined below). */
function buttonPrompt() {
  return {
    prompt: ruleMessage(buttonName.meta, 'prompt'),
    placeholder: ruleMessage(buttonName.meta, 'placeholder'),
  } as const;
}

export const buttonName: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Buttons need text',
    description:
      'Finds buttons (`<button>`) that have nothing a screen reader can read out: no text inside, no image with alt text inside, and no `aria-label`, `aria-labelledby` that points at text, `title` or `<label>`. Typical case: a button that shows only an icon, such as a magnifying glass or a cross.',
    whyItMatters:
      'Screen reader users hear only "button" and cannot tell what it does: search, close, play or buy. Voice control users cannot say its name to press it either.',
    equivalents: { axe: 'button-name', lighthouse: 'button-name' },
    docPath: docPathFor(id),
    messages: {
      imageWithoutAlt:
        'This button shows an image without alt text, so screen reader users hear only "button" and cannot tell what it does. Give the image (<img>) an alt text naming the action, such as alt="Search".',
      noText:
        'This button (<button>) has no text, so screen reader users hear only "button" and cannot tell what it does. Put the action between <button> and </button>, or add aria-label="…" if it shows only an icon.',
      prompt: 'What does this button do? Write its text',
      placeholder: 'The action, in a word or two: "Search", "Close", "Show more events".',
      addImageAlt: 'Add alt text to the button image…',
      addText: 'Add button text…',
      addAriaLabel: 'Name this button…',
    },
  },
  check({ page, report }) {
    for (const button of page.elementsNamed('button')) {
      if (hasOwnText(button) || hiddenWithAncestors(page, button, Hidden.fromScreenReadersOrNotRendered) || !nameRequired(button)) continue;
      if (accessibleName(page, button) !== '' || hasLabel(page, button) || hasPresentationalRole(button)) continue;
      const tag = page.startTagSpan(button);
      const image = unnamedImageInside(page, button);
      report({
        message: image ? ruleMessage(buttonName.meta, 'imageWithoutAlt') : ruleMessage(buttonName.meta, 'noText'),
        start: tag.start,
        end: tag.end,
        fixes: nameFixes(
          page,
          button,
          image,
          {
            imageAlt: ruleMessage(buttonName.meta, 'addImageAlt'),
            content: ruleMessage(buttonName.meta, 'addText'),
            ariaLabel: ruleMessage(buttonName.meta, 'addAriaLabel'),
          },
          buttonPrompt(),
        ),
      });
    }
  },
};
