import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor } from './rule';
import { attributeValue, headInsertionPoint, isWholePage } from '../html/document';

const id = 'meta-description';

/** What search engines show in results; shorter looks thin, longer gets cut off. */
export const descriptionLength = { min: 50, max: 160 } as const;

function isDescription(meta: Element): boolean {
  return attributeValue(meta, 'name') === 'description';
}

export const metaDescription: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Pages need a description for search results',
    description: `Finds pages with no \`<meta name="description">\`, an empty one, or one outside ${descriptionLength.min}–${descriptionLength.max} characters.`,
    whyItMatters:
      'Search engines often show the description under the page title in results. A clear description of the right length tells people what they will find and makes them more likely to visit; without one, the search engine picks some text from the page, which may not be the best.',
    equivalents: { lighthouse: 'meta-description' },
    docPath: docPathFor(id),
  },
  check({ page, report }) {
    if (!isWholePage(page)) return;
    const meta = page.elementsNamed('meta').find(isDescription);
    if (!meta) {
      const head = page.first('head') ?? page.first('html');
      const span = head ? page.startTagSpan(head) : { start: 0, end: 0 };
      const insertion = headInsertionPoint(page, page.first('title'));
      const tag = '<meta name="description" content="">';
      const newText = insertion ? `${page.lines.eol}${insertion.indent}${tag}` : '';
      report({
        message: `This page has no description for search results. Add <meta name="description" content="…"> with ${descriptionLength.min}–${descriptionLength.max} characters that sum up the page.`,
        start: span.start,
        end: span.end,
        fix: insertion
          ? {
              title: 'Add a page description',
              edits: [{ start: insertion.offset, end: insertion.offset, newText, cursorOffset: newText.length - 2 }],
            }
          : undefined,
      });
      return;
    }
    const content = meta.attribs['content']?.trim() ?? '';
    const tag = page.startTagSpan(meta);
    if (content === '') {
      const valueSpan = page.attributeValueSpan(meta, 'content');
      const insertAt = tag.end - (page.text[tag.end - 2] === '/' ? 2 : 1);
      report({
        message: `The page description is empty. Write ${descriptionLength.min}–${descriptionLength.max} characters that tell searchers what they will find on this page.`,
        start: tag.start,
        end: tag.end,
        fix: {
          title: 'Write the page description',
          edits: valueSpan
            ? [{ start: valueSpan.start, end: valueSpan.end, newText: '', cursorOffset: 0 }]
            : [{ start: insertAt, end: insertAt, newText: ' content=""', cursorOffset: 10 }],
        },
      });
      return;
    }
    const length = [...content].length;
    if (length >= descriptionLength.min && length <= descriptionLength.max) return;
    const valueSpan = page.attributeValueSpan(meta, 'content') ?? tag;
    const advice =
      length < descriptionLength.min
        ? `add a little more detail (at least ${descriptionLength.min})`
        : `shorten it to ${descriptionLength.max} or fewer, or search engines will cut it off`;
    report({
      message: `The page description is ${length} characters long: ${advice}.`,
      start: valueSpan.start,
      end: valueSpan.end,
    });
  },
};
