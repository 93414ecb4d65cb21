import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor } from './rule';
import { accessibleName } from '../html/accessibleName';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { askAttributeFix, askContentFix, firstImageInside, hasOwnText, isHiddenFromScreenReaders, trimmed } from './support/images-and-names';

const id = 'link-name';

const linkPrompt = {
  prompt: 'Where does this link go? Write the link text',
  placeholder: 'Say where it leads, e.g. "Opening hours" or "Join the library"; not "click here".',
} as const;

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
  },
  check({ page, report }) {
    for (const link of page.elementsNamed('a')) {
      if (!('href' in link.attribs) || hasOwnText(link) || isHiddenFromScreenReaders(page, link)) continue;
      if (accessibleName(page, link) !== '') continue;
      const tag = page.startTagSpan(link);
      const image = unnamedImage(page, link);
      report({
        message: image
          ? 'This link is an image without alt text, so screen reader users hear only "link" and cannot tell where it goes. Give the image (<img>) an alt text that says where the link leads.'
          : 'This link (<a>) has no text, so screen reader users hear only "link" and cannot tell where it goes. Put a few words between <a> and </a> saying where it leads (or an aria-label if it shows only an icon).',
        start: tag.start,
        end: tag.end,
        fixes: linkFixes(page, link, image),
      });
    }
  },
};

/** The image inside a link with no text of its own, when that image is what should carry the name. */
function unnamedImage(page: HtmlPage, link: Element): Element | undefined {
  if (page.textOf(link).trim() !== '') return undefined;
  const image = firstImageInside(link);
  return image && !isHiddenFromScreenReaders(page, image) && !trimmed(image.attribs['alt']) ? image : undefined;
}

/** Alt text for a linked image; else text inside an empty link; else an aria-label (icons). */
function linkFixes(page: HtmlPage, link: Element, image: Element | undefined): Fix[] {
  if (image) return [askAttributeFix(page, image, 'alt', 'Add alt text to the linked image…', linkPrompt)];
  const content = askContentFix(page, link, 'Add link text…', linkPrompt);
  return [content ?? askAttributeFix(page, link, 'aria-label', 'Name this link…', linkPrompt)];
}
