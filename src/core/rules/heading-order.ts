import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { setAttributeValueEdit } from '../html/edits';
import { headings } from '../html/headings';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'heading-order';

export const headingOrder: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Headings should not skip levels',
    description:
      'Finds headings that jump more than one level deeper than the heading before them, such as an `<h4>` straight after an `<h2>`. Going back up any number of levels (an `<h2>` after an `<h4>`) is fine, and so is the first heading on the page. Headings hidden from screen readers are left out; `role="heading"` with `aria-level` counts.',
    whyItMatters:
      'Many screen reader users move around a page by its headings, like a table of contents. A skipped level makes them think they missed a section. A tidy outline also helps search engines understand how the page is organised. Choose the level for the structure, and change the look with styles.',
    equivalents: { axe: 'heading-order' },
    docPath: docPathFor(id),
    messages: {
      skipsALevel:
        'This heading (level {level}) comes straight after a level {previous} heading, so it skips a level. Screen reader users may think they missed a section. Make it level {wanted} (<h{wanted}>) and change its look with styles if needed.',
      skipsLevels:
        'This heading (level {level}) comes straight after a level {previous} heading, so it skips levels. Screen reader users may think they missed a section. Make it level {wanted} (<h{wanted}>) and change its look with styles if needed.',
      changeAriaLevel: 'Change to aria-level="{level}"',
      changeHeading: 'Change to <h{level}>',
    },
  },
  check({ page, report }) {
    const outline = headings(page).filter(({ element }) => !hiddenWithAncestors(page, element, Hidden.fromScreenReaders));
    // The level the heading before will have once its own fix is applied: fixing every skip together must not
    // leave a new one (level 4 after a level 2 that was itself a skipped level 4 becomes 3, not 5).
    let previousFixed = outline[0]?.level ?? 0;
    for (let i = 1; i < outline.length; i++) {
      const previous = outline[i - 1].level;
      const { element, level } = outline[i];
      if (level - previous <= 1) {
        previousFixed = level;
        continue;
      }
      const wanted = Math.min(previous, previousFixed) + 1;
      previousFixed = wanted;
      const tag = page.startTagSpan(element);
      report({
        message: ruleMessage(headingOrder.meta, level - previous > 2 ? 'skipsLevels' : 'skipsALevel', { level, previous, wanted }),
        start: tag.start,
        end: tag.end,
        fixes: levelFix(page, element, wanted),
      });
    }
  },
};

/** Change the heading to the wanted level: both tags of an <hN>, or its aria-level. */
function levelFix(page: HtmlPage, element: Element, wanted: number): Fix[] {
  const ariaLevel = element.attribs['aria-level'];
  if (ariaLevel !== undefined && parseInt(ariaLevel, 10) >= 1) {
    const edit = setAttributeValueEdit(page, element, 'aria-level', String(wanted));
    return edit ? [{ title: ruleMessage(headingOrder.meta, 'changeAriaLevel', { level: wanted }), edits: [edit] }] : [];
  }
  if (!/^h[1-6]$/.test(element.name) || wanted > 6) return [];
  const start = (element.startIndex ?? 0) + 1;
  const digit = (at: number) => ({ start: at + 1, end: at + 2, newText: String(wanted) });
  const edits = [digit(start)];
  const end = page.endTagStart(element);
  if (end !== undefined) edits.push(digit(end + 2));
  return [{ title: ruleMessage(headingOrder.meta, 'changeHeading', { level: wanted }), edits }];
}
