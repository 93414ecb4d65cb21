import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor } from './rule';
import { attributeValue, headInsertionPoint, isWholePage } from '../html/document';
import { isTemplateValue } from '../templates/templateCode';

const id = 'meta-description';

function isDescription(meta: Element): boolean {
  return attributeValue(meta, 'name') === 'description';
}

const descriptionPrompt = {
  prompt: 'Write the page description shown under the title in search results',
  placeholder: 'One or two sentences that tell searchers what they will find and why it is worth a click.',
  escape: 'attribute',
} as const;

export const metaDescription: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Pages need a description for search results',
    description: 'Finds pages with no `<meta name="description">`, an empty one, or one shorter or longer than the limits (50–160 characters by default).',
    whyItMatters:
      'Search engines often show the description under the page title in results. A clear description of the right length tells people what they will find and makes them more likely to visit; without one, the search engine picks some text from the page, which may not be the best.',
    equivalents: { lighthouse: 'meta-description' },
    docPath: docPathFor(id),
    options: {
      minLength: { type: 'integer', default: 50, minimum: 0, description: 'Descriptions shorter than this many characters are reported.' },
      maxLength: {
        type: 'integer',
        default: 160,
        minimum: 1,
        description: 'Descriptions longer than this many characters are reported (search engines cut them off).',
      },
    },
  },
  check({ page, source, options, report }) {
    if (!isWholePage(page, source)) return;
    const length = { min: options.number('minLength'), max: options.number('maxLength') };
    const meta = page.elementsNamed('meta').find(isDescription);
    if (!meta) {
      const head = page.first('head') ?? page.first('html');
      const span = head ? page.startTagSpan(head) : { start: 0, end: 0 };
      const insertion = headInsertionPoint(page, page.first('title'));
      report({
        message: `This page has no description for search results. Add <meta name="description" content="…"> with ${length.min}–${length.max} characters that sum up the page.`,
        start: span.start,
        end: span.end,
        fixes: insertion
          ? [
              askFix('Add a page description…', {
                ...descriptionPrompt,
                length,
                start: insertion.offset,
                end: insertion.offset,
                before: `${page.lines.eol}${insertion.indent}<meta name="description" content="`,
                after: '">',
              }),
            ]
          : [],
      });
      return;
    }
    const content = meta.attribs['content']?.trim() ?? '';
    const tag = page.startTagSpan(meta);
    const valueSpan = page.attributeValueSpan(meta, 'content');
    const insertAt = tag.end - (page.text[tag.end - 2] === '/' ? 2 : 1);
    const target = page.attributeValueTarget(meta, 'content') ?? { start: insertAt, end: insertAt, before: ' content="', after: '"' };
    if (content === '') {
      report({
        message: `The page description is empty. Write ${length.min}–${length.max} characters that tell searchers what they will find on this page.`,
        start: tag.start,
        end: tag.end,
        fixes: [askFix('Write the page description…', { ...descriptionPrompt, length, ...target })],
      });
      return;
    }
    // Template output in the description: its length is only known when the site is built.
    if (isTemplateValue(content)) return;
    const count = [...content].length;
    if (count >= length.min && count <= length.max) return;
    const advice =
      count < length.min ? `add a little more detail (at least ${length.min})` : `shorten it to ${length.max} or fewer, or search engines will cut it off`;
    report({
      message: `The page description is ${count} characters long: ${advice}.`,
      start: (valueSpan ?? tag).start,
      end: (valueSpan ?? tag).end,
      fixes: [askFix('Rewrite the page description…', { ...descriptionPrompt, length, ...target, initialValue: content })],
    });
  },
};
