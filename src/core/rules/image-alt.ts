import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import { labelledByText } from '../html/accessibleName';
import { setAttributeValueEdit } from '../html/edits';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { hasPresentationalRole, nameRequired } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'image-alt';

/** Alt text is read aloud, so about a sentence: the live count warns past this. */
export const altTextLength = { max: 150 } as const;

export const imageAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Images need alt text',
    description:
      'Finds images (`<img>`) with no text alternative: no `alt`, an `alt` of only spaces, and no non-empty `aria-label`, `aria-labelledby` that points at text, or `title`.',
    whyItMatters:
      'People who cannot see the image hear the alt text read aloud by their screen reader instead, and search engines use it to understand the image. Without it, a screen reader may read out the file name. Decorative images should have an empty alt (`alt=""`) so they are skipped.',
    equivalents: { axe: 'image-alt', lighthouse: 'image-alt', htmlhint: 'alt-require' },
    docPath: docPathFor(id),
    messages: {
      onlySpaces:
        'This image\'s alt text is only spaces, which screen readers treat as missing. Describe the image, or use alt="" (nothing between the quotes) if it is only decoration.',
      noAlt: 'This image has no alt text. Screen reader users will not know what it shows. Describe it in alt="…", or use alt="" if it is only decoration.',
      markAsDecoration: 'Mark as decoration (alt="")',
      describeImage: 'Describe this image…',
      prompt: 'Describe this image for someone who cannot see it',
      placeholder: 'What does the image tell the reader? One sentence; no need to say "image of".',
    },
  },
  check({ page, report }) {
    for (const image of page.elementsNamed('img')) {
      const alt = image.attribs['alt'];
      const spacesOnly = alt !== undefined && alt !== '' && alt.trim() === '';
      if (alt !== undefined && !spacesOnly) continue;
      if (!spacesOnly && hasOtherName(page, image)) continue;
      // As axe-core: role="none"/"presentation" marks decoration only when browsers honour it (not focusable, no
      // global ARIA attribute); screen readers never meet a hidden image; a role that needs no name is left to others.
      if (hasPresentationalRole(image) || !nameRequired(image) || hiddenWithAncestors(page, image, Hidden.fromScreenReadersOrNotRendered)) continue;
      const tag = page.startTagSpan(image);
      report({
        message: spacesOnly ? ruleMessage(imageAlt.meta, 'onlySpaces') : ruleMessage(imageAlt.meta, 'noAlt'),
        start: tag.start,
        end: tag.end,
        fixes: altFixes(page, image),
      });
    }
  },
};

function hasOtherName(page: HtmlPage, image: Element): boolean {
  return Boolean(image.attribs['aria-label']?.trim() || labelledByText(page, image) || image.attribs['title']?.trim());
}

/** Ask for a description (preferred), or mark the image as decoration. */
function altFixes(page: HtmlPage, image: Element): Fix[] {
  const emptyAlt = setAttributeValueEdit(page, image, 'alt', '');
  const altSpan = page.attributeSpan(image, 'alt');
  const insertAt = page.afterTagName(image);
  const target = altSpan ? { start: altSpan.start, end: altSpan.end } : { start: insertAt, end: insertAt };
  const prefix = altSpan ? '' : ' ';
  const describe = askFix(ruleMessage(imageAlt.meta, 'describeImage'), {
    prompt: ruleMessage(imageAlt.meta, 'prompt'),
    placeholder: ruleMessage(imageAlt.meta, 'placeholder'),
    length: { max: altTextLength.max },
    ...target,
    before: `${prefix}alt="`,
    after: '"',
    escape: 'attribute',
  });
  const decorative: Fix = {
    title: ruleMessage(imageAlt.meta, 'markAsDecoration'),
    edits: emptyAlt ? [emptyAlt] : [{ start: insertAt, end: insertAt, newText: ' alt=""' }],
  };
  return [describe, decorative];
}
