import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'server-side-image-map';

export const serverSideImageMap: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Avoid server-side image maps',
    description:
      'Finds images with the `ismap` attribute (`<img ismap>`): server-side image maps, where the website decides what a click meant from where on the picture it landed.',
    whyItMatters:
      'A server-side image map only works with a mouse click on the right spot. Keyboard users cannot choose a part of the picture, and screen reader users are not told which parts there are or where they lead. Separate text links, or a client-side image map (`<map>` with `<area>` links), work for everyone.',
    equivalents: { axe: 'server-side-image-map' },
    docPath: docPathFor(id),
    messages: {
      serverSideMap:
        'This image is a server-side image map (ismap): it only works by clicking on the picture with a mouse, so keyboard and screen reader users cannot use it. Offer the same choices as normal text links, or use a <map> with <area> links, each with alt text.',
    },
  },
  check({ page, report }) {
    for (const image of page.elementsNamed('img')) {
      if (!('ismap' in image.attribs) || hiddenWithAncestors(page, image, Hidden.fromScreenReadersOrNotRendered)) continue;
      const span = page.attributeSpan(image, 'ismap') ?? page.startTagSpan(image);
      report({
        message: ruleMessage(serverSideImageMap.meta, 'serverSideMap'),
        start: span.start,
        end: span.end,
      });
    }
  },
};
