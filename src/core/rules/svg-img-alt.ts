import { isTag, type Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import { ariaOrTitleName } from '../html/accessibleName';
import { askAttributeFix } from '../html/nameFixes';
import { elementsWithRole, roleValue } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { isInSvg } from '../html/tree';

const id = 'svg-img-alt';

/** Roles that make an SVG (or a part of it) a picture that needs a name (axe-core's selector). */
const pictureRoles = new Set(['img', 'image', 'graphics-symbol']);

export const svgImgAlt: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'SVG images need a text alternative',
    description:
      'Finds SVG graphics marked as images (`<svg role="img">`, or `role="graphics-document"` / `role="graphics-symbol"`) with no text alternative: no `<title>` with text as their first level child, and no `aria-label`, `aria-labelledby` that points at text, or `title` attribute.',
    whyItMatters:
      'role="img" tells screen readers "this is one picture", so they stop reading anything inside it. Unless the picture is given a name, their users only hear "image" and miss what it shows, such as a chart or an icon that means "Download".',
    equivalents: { axe: 'svg-img-alt', lighthouse: 'svg-img-alt' },
    docPath: docPathFor(id),
    messages: {
      noAlternative:
        'This SVG image (<{element} role="{role}">) has no text alternative, so screen reader users only hear "image". Add aria-label="…" describing it (or a <title> as its first child).',
      prompt: 'Describe this image for someone who cannot see it',
      placeholder: 'What does the image tell the reader? For an icon, what it means: "Download", "Opening hours".',
      describeImage: 'Describe this image…',
    },
  },
  check({ page, report }) {
    for (const element of elementsWithRole(page)) {
      const role = roleValue(element);
      if (!(pictureRoles.has(role) || (role === 'graphics-document' && element.name === 'svg'))) continue;
      if (!isInSvg(page, element) || hiddenWithAncestors(page, element, Hidden.fromScreenReadersOrNotRendered)) continue;
      if (hasTitleChild(page, element) || ariaOrTitleName(page, element)) continue;
      const tag = page.startTagSpan(element);
      report({
        message: ruleMessage(svgImgAlt.meta, 'noAlternative', { element: element.name, role }),
        start: tag.start,
        end: tag.end,
        fixes: [
          askAttributeFix(page, element, 'aria-label', ruleMessage(svgImgAlt.meta, 'describeImage'), {
            prompt: ruleMessage(svgImgAlt.meta, 'prompt'),
            placeholder: ruleMessage(svgImgAlt.meta, 'placeholder'),
            length: { max: 150 },
          }),
        ],
      });
    }
  },
};

function hasTitleChild(page: HtmlPage, element: Element): boolean {
  return element.children.some((child) => isTag(child) && child.name === 'title' && page.textOf(child).trim() !== '');
}
