import type { Rule } from './rule';
import { docPathFor } from './rule';
import { attributeValue } from '../html/document';

const id = 'image-alt';

/** Roles that tell assistive technology to skip the image (axe-core accepts them instead of alt). */
const decorativeRoles = new Set(['none', 'presentation']);

export const imageAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Images need alt text',
    description: 'Finds images (`<img>`) that have no `alt` attribute and no other text alternative.',
    whyItMatters:
      'People who cannot see the image hear the alt text read aloud by their screen reader instead, and search engines use it to understand the image. Without it, a screen reader may read out the file name. Decorative images should have an empty alt (`alt=""`) so they are skipped.',
    equivalents: { axe: 'image-alt', lighthouse: 'image-alt', htmlhint: 'alt-require' },
    docPath: docPathFor(id),
  },
  check({ page, report }) {
    for (const image of page.elementsNamed('img')) {
      const attributes = image.attribs;
      if ('alt' in attributes) continue;
      if (attributes['aria-label']?.trim() || attributes['aria-labelledby']?.trim() || attributes['title']?.trim()) continue;
      if (decorativeRoles.has(attributeValue(image, 'role') ?? '')) continue;
      const tag = page.startTagSpan(image);
      const insertAt = page.afterTagName(image);
      report({
        message:
          'This image has no alt text. Screen reader users will not know what it shows. Describe it in alt="…", or use alt="" if it is only decoration.',
        start: tag.start,
        end: tag.end,
        fix: {
          title: 'Add alt text (alt="")',
          edits: [{ start: insertAt, end: insertAt, newText: ' alt=""', cursorOffset: 6 }],
        },
      });
    }
  },
};
