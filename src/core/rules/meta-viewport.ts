import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { setAttributeValueEdit } from '../html/edits';

const id = 'meta-viewport';

/** axe-core's meta-viewport check (scaleMinimum 2): values it accepts besides numbers. */
const userScalableAllowed = ['yes', 'device-width', 'device-height'];
const maximumScaleAllowed = ['device-width', 'device-height'];
const scaleMinimum = 2;

/** What is wrong with one `key=value` item of the content, if anything. */
function problemOf(item: string): 'user-scalable' | 'maximum-scale' | undefined {
  const [key, value] = item
    .toLowerCase()
    .split('=')
    .map((part) => part.trim());
  if (!key || !value) return undefined;
  const number = parseFloat(value);
  if (key === 'user-scalable') {
    if ((isNaN(number) && !userScalableAllowed.includes(value)) || (number > -1 && number < 1)) return 'user-scalable';
  }
  if (key === 'maximum-scale') {
    if (number < 0) return undefined;
    if ((isNaN(number) && !maximumScaleAllowed.includes(value)) || number < scaleMinimum) return 'maximum-scale';
  }
  return undefined;
}

export const metaViewport: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Do not stop people zooming in',
    description:
      'Finds `<meta name="viewport">` that stops people from zooming the page on phones and tablets: `user-scalable=no` (or `0`), or a `maximum-scale` below 2.',
    whyItMatters:
      'Many people with low vision pinch to zoom to read text on their phone. A viewport that blocks zooming leaves them unable to read the page at all. Sites must allow text to be enlarged to at least twice its size.',
    equivalents: { axe: 'meta-viewport', lighthouse: 'meta-viewport' },
    docPath: docPathFor(id),
    messages: {
      userScalable:
        'This viewport setting uses user-scalable=no, which stops people zooming in on phones. Many people with low vision need to zoom to read: remove that part.',
      userScalableTwice:
        'This viewport setting uses user-scalable=no, which stops people zooming in on phones. Many people with low vision need to zoom to read: remove these parts.',
      maximumScale:
        'This viewport setting uses a maximum-scale below 2, which stops people zooming in on phones. Many people with low vision need to zoom to read: remove that part.',
      maximumScaleTwice:
        'This viewport setting uses a maximum-scale below 2, which stops people zooming in on phones. Many people with low vision need to zoom to read: remove these parts.',
      userScalableAndMaximumScale:
        'This viewport setting uses user-scalable=no and a maximum-scale below 2, which stops people zooming in on phones. Many people with low vision need to zoom to read: remove these parts.',
      maximumScaleAndUserScalable:
        'This viewport setting uses a maximum-scale below 2 and user-scalable=no, which stops people zooming in on phones. Many people with low vision need to zoom to read: remove these parts.',
      allowZooming: 'Allow zooming',
    },
  },
  check({ page, report }) {
    for (const meta of page.elementsNamed('meta')) {
      if (meta.attribs['name']?.toLowerCase() !== 'viewport') continue;
      const content = meta.attribs['content'] ?? '';
      const problems = content
        .split(/[;,]/)
        .map(problemOf)
        .filter((problem) => problem !== undefined);
      if (problems.length === 0) continue;
      const span = page.attributeSpan(meta, 'content') ?? page.startTagSpan(meta);
      const kept = content
        .split(/[;,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && problemOf(item) === undefined);
      const edit = setAttributeValueEdit(page, meta, 'content', kept.join(', '));
      const kinds = [...new Set(problems)];
      report({
        message: ruleMessage(metaViewport.meta, messageId(kinds, problems.length)),
        start: span.start,
        end: span.end,
        fixes: edit ? [{ title: ruleMessage(metaViewport.meta, 'allowZooming'), edits: [edit], safe: true }] : [],
      });
    }
  },
};

/** The message naming what blocks zooming, in the order it is written, and whether there is one part to remove or more. */
function messageId(kinds: readonly ('user-scalable' | 'maximum-scale')[], count: number): string {
  if (kinds.length > 1) return kinds[0] === 'user-scalable' ? 'userScalableAndMaximumScale' : 'maximumScaleAndUserScalable';
  const one = kinds[0] === 'user-scalable' ? 'userScalable' : 'maximumScale';
  return count > 1 ? `${one}Twice` : one;
}
