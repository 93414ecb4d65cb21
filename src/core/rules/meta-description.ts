import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import { attributeValue, headInsertionPoint, isWholePage } from '../html/document';
import { isTemplateValue } from '../templates/templateCode';

const id = 'meta-description';

function isDescription(meta: Element): boolean {
  return attributeValue(meta, 'name') === 'description';
}

/** What the fixes ask, in the rule's words. */
function descriptionPrompt() {
  return {
    prompt: ruleMessage(metaDescription.meta, 'prompt'),
    placeholder: ruleMessage(metaDescription.meta, 'placeholder'),
    escape: 'attribute',
  } as const;
}

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
    messages: {
      missing: 'This page has no description for search results. Add <meta name="description" content="…"> with {min}–{max} characters that sum up the page.',
      empty: 'The page description is empty. Write {min}–{max} characters that tell searchers what they will find on this page.',
      tooShort: 'The page description is {count} characters long: add a little more detail (at least {min}).',
      tooLong: 'The page description is {count} characters long: shorten it to {max} or fewer, or search engines will cut it off.',
      add: 'Add a page description…',
      write: 'Write the page description…',
      rewrite: 'Rewrite the page description…',
      prompt: 'Write the page description shown under the title in search results',
      placeholder: 'One or two sentences that tell searchers what they will find and why it is worth a click.',
    },
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
      report({
        message: ruleMessage(metaDescription.meta, 'missing', { min: length.min, max: length.max }),
        start: span.start,
        end: span.end,
        fixes: () => {
          const insertion = headInsertionPoint(page, page.first('title'));
          return insertion
            ? [
                askFix(ruleMessage(metaDescription.meta, 'add'), {
                  ...descriptionPrompt(),
                  length,
                  start: insertion.offset,
                  end: insertion.offset,
                  before: `${page.lines.eol}${insertion.indent}<meta name="description" content="`,
                  after: '">',
                }),
              ]
            : [];
        },
      });
      return;
    }
    const content = meta.attribs['content']?.trim() ?? '';
    // Where the fixes write the description: worked out only when one is built.
    const target = () => {
      const tag = page.startTagSpan(meta);
      const insertAt = tag.end - (page.text[tag.end - 2] === '/' ? 2 : 1);
      return page.attributeValueTarget(meta, 'content') ?? { start: insertAt, end: insertAt, before: ' content="', after: '"' };
    };
    if (content === '') {
      const tag = page.startTagSpan(meta);
      report({
        message: ruleMessage(metaDescription.meta, 'empty', { min: length.min, max: length.max }),
        start: tag.start,
        end: tag.end,
        fixes: () => [askFix(ruleMessage(metaDescription.meta, 'write'), { ...descriptionPrompt(), length, ...target() })],
      });
      return;
    }
    // Template output in the description: its length is only known when the site is built.
    if (isTemplateValue(content)) return;
    const count = [...content].length;
    if (count >= length.min && count <= length.max) return;
    const at = page.attributeValueSpan(meta, 'content') ?? page.startTagSpan(meta);
    report({
      message: ruleMessage(metaDescription.meta, count < length.min ? 'tooShort' : 'tooLong', { count, min: length.min, max: length.max }),
      start: at.start,
      end: at.end,
      fixes: () => [askFix(ruleMessage(metaDescription.meta, 'rewrite'), { ...descriptionPrompt(), length, ...target(), initialValue: content })],
    });
  },
};
