import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isTemplateValue } from '../templates/templateCode';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'accesskeys';

export const accesskeys: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Keyboard shortcuts (accesskey) must be unique',
    description:
      'Finds the same `accesskey` value on more than one element (upper and lower case count as the same key). Elements hidden from everyone are not counted. The first use is fine; each later one is reported.',
    whyItMatters:
      'An `accesskey` gives a link or field a keyboard shortcut. When two elements share a key, pressing it goes to only one of them (which one depends on the browser), so keyboard users cannot reach the other and may land somewhere unexpected.',
    equivalents: { axe: 'accesskeys' },
    docPath: docPathFor(id),
    messages: {
      keyUsedTwice:
        'The keyboard shortcut accesskey="{key}" is already used by the <{firstElement}> on line {firstLine}. Pressing it reaches only one of them. Choose a different key for this <{element}>, or remove the accesskey.',
      removeAccesskey: 'Remove this accesskey',
    },
  },
  check({ page, report }) {
    const firstByKey = new Map<string, Element>();
    for (const element of page.withAttributes.withAccesskey) {
      const key = element.attribs['accesskey'];
      if (!key || isTemplateValue(key) || hiddenWithAncestors(page, element, Hidden.forEveryone)) continue;
      const normalised = key.toUpperCase();
      const first = firstByKey.get(normalised);
      if (!first) {
        firstByKey.set(normalised, element);
        continue;
      }
      const span = page.attributeSpan(element, 'accesskey') ?? page.startTagSpan(element);
      const firstLine = page.lines.rangeOf(first.startIndex ?? 0, first.startIndex ?? 0).start.line + 1;
      let removeStart = span.start;
      while (removeStart > 0 && /[ \t]/.test(page.text[removeStart - 1])) removeStart--;
      if (removeStart === span.start || /[\r\n]/.test(page.text[removeStart - 1] ?? '')) removeStart = span.start;
      report({
        message: ruleMessage(accesskeys.meta, 'keyUsedTwice', { key, firstElement: first.name, firstLine, element: element.name }),
        start: span.start,
        end: span.end,
        fixes: [{ title: ruleMessage(accesskeys.meta, 'removeAccesskey'), edits: [{ start: removeStart, end: span.end, newText: '' }] }],
      });
    }
  },
};
