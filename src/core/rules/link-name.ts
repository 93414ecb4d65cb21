import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { accessibleName } from '../html/accessibleName';
import { hasOwnText } from '../html/tree';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { nameFixes, unnamedImageInside } from '../html/nameFixes';

const id = 'link-name';

/** What the fix asks, in the rule's words (read when asked: the rule is defined below). */
function linkPrompt() {
  return {
    prompt: ruleMessage(linkName.meta, 'prompt'),
    placeholder: ruleMessage(linkName.meta, 'placeholder'),
  } as const;
}

export const linkName: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Links need text',
    description:
      'Finds links (`<a href>`) that have nothing a screen reader can read out: no text inside, no image with alt text inside, and no `aria-label`, `aria-labelledby` that points at text, or `title`. Typical cases: an icon-only link and a linked image without alt text.',
    whyItMatters:
      'Screen reader users often jump from link to link, hearing only the link texts. A link without text is announced as just "link" or as its web address, so they cannot tell where it goes. Search engines also use link text to understand the page it points to.',
    equivalents: { axe: 'link-name', lighthouse: 'link-name' },
    docPath: docPathFor(id),
    messages: {
      imageWithoutAlt:
        'This link is an image without alt text, so screen reader users hear only "link" and cannot tell where it goes. Give the image (<img>) an alt text that says where the link leads.',
      noText:
        'This link (<a>) has no text, so screen reader users hear only "link" and cannot tell where it goes. Put a few words between <a> and </a> saying where it leads (or an aria-label if it shows only an icon).',
      prompt: 'Where does this link go? Write the link text',
      placeholder: 'Say where it leads, e.g. "Opening hours" or "Join the library"; not "click here".',
      addImageAlt: 'Add alt text to the linked image…',
      addText: 'Add link text…',
      addAriaLabel: 'Name this link…',
    },
  },
  check({ page, report }) {
    for (const link of page.elementsNamed('a')) {
      if (!('href' in link.attribs) || hasOwnText(link) || hiddenWithAncestors(page, link, Hidden.fromScreenReadersOrNotRendered)) continue;
      if (accessibleName(page, link) !== '') continue;
      const tag = page.startTagSpan(link);
      const image = unnamedImageInside(page, link);
      report({
        message: image ? ruleMessage(linkName.meta, 'imageWithoutAlt') : ruleMessage(linkName.meta, 'noText'),
        start: tag.start,
        end: tag.end,
        fixes: nameFixes(
          page,
          link,
          image,
          {
            imageAlt: ruleMessage(linkName.meta, 'addImageAlt'),
            content: ruleMessage(linkName.meta, 'addText'),
            ariaLabel: ruleMessage(linkName.meta, 'addAriaLabel'),
          },
          linkPrompt(),
        ),
      });
    }
  },
};
