import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isTemplateValue } from '../templates/templateCode';
import { Hidden, hiddenWithAncestors, inlineStyleDeclarations } from '../html/visibility';

const id = 'unsized-images';

/** Declarations of an inline style attribute, property → value (lower-case, without !important). */
function inlineStyle(element: Element): Map<string, string> {
  const style = element.attribs['style'];
  return new Map(style ? inlineStyleDeclarations(style).map(({ property, value }) => [property, value]) : []);
}

/** Lighthouse (core/audits/unsized-images.js): a non-negative integer, not written with "+". */
function attributeGivesSize(value: string | undefined): boolean {
  if (!value) return false;
  if (isTemplateValue(value)) return true; // template code: a size given when the site is built
  if (value.trim().startsWith('+')) return false;
  return parseInt(value, 10) >= 0;
}

/** Lighthouse: a CSS size counts when set and not auto/initial/unset/inherit. */
function cssGivesSize(value: string | undefined): boolean {
  if (value !== undefined && isTemplateValue(value)) return true;
  return value !== undefined && value !== '' && !['auto', 'initial', 'unset', 'inherit'].includes(value);
}

export const unsizedImages: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'info',
    title: 'Images should have a width and height',
    description:
      'Finds `<img>` elements without both a `width` and a `height` (as attributes, or in an inline `style`; a CSS `aspect-ratio` with one of them also counts). As in Lighthouse, images taken out of the flow with `position: fixed` or `absolute`, inline SVG data images and hidden images are left out.',
    whyItMatters:
      'Until an image without a size has loaded, the browser does not know how much room to keep for it, so the text jumps down when it appears: readers lose their place or tap the wrong link. Google measures this jumping ("layout shift") and ranks jumpy pages lower.',
    equivalents: { lighthouse: 'unsized-images' },
    docPath: docPathFor(id),
    messages: {
      noSize:
        'This <img> has no {missing}, so the page jumps when the image loads. Add width="…" and height="…" with the image\'s size in pixels; the image can still shrink to fit small screens.',
    },
  },
  check({ page, report }) {
    for (const image of page.elementsNamed('img')) {
      const style = inlineStyle(image);
      const position = style.get('position');
      if (position === 'fixed' || position === 'absolute') continue;
      const src = image.attribs['src']?.trimStart().slice(0, 18).toLowerCase() ?? '';
      if (src === 'data:image/svg+xml') continue;
      const width = attributeGivesSize(image.attribs['width']) || cssGivesSize(style.get('width'));
      const height = attributeGivesSize(image.attribs['height']) || cssGivesSize(style.get('height'));
      const ratio = cssGivesSize(style.get('aspect-ratio'));
      if ((width && height) || (width && ratio) || (height && ratio)) continue;
      if (hiddenWithAncestors(page, image, Hidden.notDisplayed)) continue;
      const missing = !width && !height ? 'a width and height' : !width ? 'a width' : 'a height';
      report({
        message: ruleMessage(unsizedImages.meta, 'noSize', { missing: missing.replace(/^an? /, '') }),
        ...page.startTagSpan(image),
      });
    }
  },
};
