import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { ariaOrTitleName } from '../html/accessibleName';
import { askAttributeFix } from '../html/nameFixes';
import { elementsWithRole, roleValue } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { isInSvg } from '../html/tree';

const id = 'role-img-alt';

/** Elements with their own checks (image-alt, area-alt, input-image-alt, object-alt), as in axe-core's selector. */
const checkedElsewhere = new Set(['img', 'area', 'input', 'object']);

export const roleImgAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Elements shown as images need a text alternative',
    description:
      'Finds elements marked as images with `role="img"` (for example a `<div>` or `<span>` with a background picture or an icon font) that have no text alternative: no `aria-label`, `aria-labelledby` that points at text, or `title`. SVG graphics have their own check, `svg-img-alt`.',
    whyItMatters:
      'role="img" tells screen readers "this is one picture", so they skip everything inside it. Unless it is given a name, their users only hear "image", or nothing, and miss what it shows.',
    equivalents: { axe: 'role-img-alt' },
    docPath: docPathFor(id),
    messages: {
      noAlternative:
        'This element is marked as an image (role="{role}") but has no text alternative, so screen reader users only hear "image". Add aria-label="…" describing what it shows, or remove role="{role}" if it is only decoration.',
      prompt: 'Describe this image for someone who cannot see it',
      placeholder: 'What does the image tell the reader? For an icon, what it means: "Phone", "Opening hours".',
      describeImage: 'Describe this image…',
    },
  },
  check({ page, report }) {
    for (const element of elementsWithRole(page)) {
      const role = roleValue(element);
      if ((role !== 'img' && role !== 'image') || checkedElsewhere.has(element.name)) continue;
      if (isInSvg(page, element) || hiddenWithAncestors(page, element, Hidden.fromScreenReadersOrNotRendered)) continue;
      if (ariaOrTitleName(page, element)) continue;
      const tag = page.startTagSpan(element);
      report({
        message: ruleMessage(roleImgAlt.meta, 'noAlternative', { role }),
        start: tag.start,
        end: tag.end,
        fixes: [
          askAttributeFix(page, element, 'aria-label', ruleMessage(roleImgAlt.meta, 'describeImage'), {
            prompt: ruleMessage(roleImgAlt.meta, 'prompt'),
            placeholder: ruleMessage(roleImgAlt.meta, 'placeholder'),
            length: { max: 150 },
          }),
        ],
      });
    }
  },
};
