import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { ariaOrTitleName } from '../html/accessibleName';
import { askAttributeFix } from '../html/nameFixes';
import { hasPresentationalRole } from '../aria/roles';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { tabindex } from '../html/focus';

const id = 'frame-title';

export const frameTitle: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Embedded frames need a title',
    description:
      'Finds embedded frames (`<iframe>` and `<frame>`, such as a YouTube video, a map or a booking form) with no `title` (or one of only spaces) and no `aria-label` or `aria-labelledby` that points at text. Frames taken out of the keyboard order (`tabindex="-1"`) and frames marked as decoration with `role="none"` or `role="presentation"` (and no title) are not reported.',
    whyItMatters:
      'Screen readers announce a frame by its title. Without one, their users hear only "frame" and must go inside to find out whether it is a video, a map or an advert.',
    equivalents: { axe: 'frame-title', lighthouse: 'frame-title', htmlhint: 'frame-title-require' },
    docPath: docPathFor(id),
    messages: {
      noTitle:
        'This embedded frame (<{frame}>) has no title, so screen reader users hear only "frame" and cannot tell what is inside. Add title="…" saying what it shows, such as title="Map of the library".',
      prompt: 'What does this frame show?',
      placeholder: 'A short name, e.g. "Video: our summer reading challenge" or "Map of the town centre".',
      addFrameTitle: 'Add a frame title…',
    },
  },
  check({ page, report }) {
    for (const frame of [...page.elementsNamed('iframe'), ...page.elementsNamed('frame')]) {
      if (hiddenWithAncestors(page, frame, Hidden.fromScreenReadersOrNotRendered)) continue;
      const order = tabindex(frame);
      if (order !== undefined && order < 0) continue;
      if (ariaOrTitleName(page, frame) || hasPresentationalRole(frame)) continue;
      const span = page.attributeSpan(frame, 'title') ?? page.startTagSpan(frame);
      report({
        message: ruleMessage(frameTitle.meta, 'noTitle', { frame: frame.name }),
        start: span.start,
        end: span.end,
        fixes: [
          askAttributeFix(page, frame, 'title', ruleMessage(frameTitle.meta, 'addFrameTitle'), {
            prompt: ruleMessage(frameTitle.meta, 'prompt'),
            placeholder: ruleMessage(frameTitle.meta, 'placeholder'),
          }),
        ],
      });
    }
  },
};
