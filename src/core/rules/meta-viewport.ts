import type { Rule } from './rule';
import { docPathFor } from './rule';
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
      const what = [...new Set(problems)].map((problem) => (problem === 'user-scalable' ? 'user-scalable=no' : 'a maximum-scale below 2')).join(' and ');
      report({
        message: `This viewport setting uses ${what}, which stops people zooming in on phones. Many people with low vision need to zoom to read: remove ${problems.length > 1 ? 'these parts' : 'that part'}.`,
        start: span.start,
        end: span.end,
        fixes: edit ? [{ title: 'Allow zooming', edits: [edit], safe: true }] : [],
      });
    }
  },
};
