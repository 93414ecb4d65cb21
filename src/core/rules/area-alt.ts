import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { ariaOrTitleName } from '../html/accessibleName';
import { closest } from '../html/tree';
import { askAttributeFix } from '../html/nameFixes';
import { trimmed } from '../text/whitespace';

const id = 'area-alt';

export const areaAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Clickable areas of image maps need alt text',
    description:
      'Finds links in image maps (`<area href>` inside `<map>`) with no text: no `alt` (or one of only spaces), and no `aria-label`, `aria-labelledby` that points at text, or `title`.',
    whyItMatters:
      'An image map turns parts of one picture into links, such as the districts on a map of the town. Each part is a link of its own; without alt text, screen reader users hear only "link" or a web address and cannot tell where it goes.',
    equivalents: { axe: 'area-alt' },
    docPath: docPathFor(id),
    messages: {
      noAlt:
        'This clickable area of an image map (<area>) has no alt text, so screen reader users cannot tell where the link goes. Add alt="…" naming the destination, such as alt="Northfield branch library".',
      prompt: 'Where does this part of the image map link to?',
      placeholder: 'The destination, as a link text: "Opening hours of the Northfield branch".',
      addAltText: 'Add alt text…',
    },
  },
  check({ page, report }) {
    for (const area of page.elementsNamed('area')) {
      if (!('href' in area.attribs) || !closest(area, 'map')) continue;
      if (trimmed(area.attribs['alt']) || ariaOrTitleName(page, area)) continue;
      const tag = page.startTagSpan(area);
      report({
        message: ruleMessage(areaAlt.meta, 'noAlt'),
        start: tag.start,
        end: tag.end,
        fixes: [
          askAttributeFix(page, area, 'alt', ruleMessage(areaAlt.meta, 'addAltText'), {
            prompt: ruleMessage(areaAlt.meta, 'prompt'),
            placeholder: ruleMessage(areaAlt.meta, 'placeholder'),
          }),
        ],
      });
    }
  },
};
