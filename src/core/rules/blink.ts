import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { renameElementEdits } from '../html/edits';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'blink';

export const blink: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Do not use blinking text (<blink>)',
    description: 'Finds `<blink>` elements, which make text flash on and off.',
    whyItMatters:
      'Flashing text is hard to read, distracts people with attention difficulties, and cannot be stopped by the reader. It is obsolete: most browsers ignore it, so it does not even show as intended. Use bold or a highlighted box to draw attention instead.',
    equivalents: { axe: 'blink' },
    docPath: docPathFor(id),
    messages: {
      blinking:
        '<blink> makes text flash, which is hard to read and cannot be stopped. Replace it with <span> (and use <strong> or a style if the text needs to stand out).',
      replaceBlinkWithSpan: 'Replace <blink> with <span>',
    },
  },
  check({ page, report }) {
    for (const element of page.elementsNamed('blink')) {
      // As axe-core: only what is on screen moves; a hidden one harms no reader.
      if (hiddenWithAncestors(page, element, Hidden.forEveryone)) continue;
      const span = page.startTagSpan(element);
      report({
        message: ruleMessage(blink.meta, 'blinking'),
        start: span.start,
        end: span.end,
        fixes: [{ title: ruleMessage(blink.meta, 'replaceBlinkWithSpan'), edits: renameElementEdits(page, element, 'span'), safe: true }],
      });
    }
  },
};
