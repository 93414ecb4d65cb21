import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import { headInsertionPoint, isWholePage } from '../html/document';
import { isTemplateValue } from '../templates/templateCode';

const id = 'document-title';

/** What the fix asks, in the rule's words (read when asked: the rule is defined below). */
function titlePrompt() {
  return {
    prompt: ruleMessage(documentTitle.meta, 'prompt'),
    placeholder: ruleMessage(documentTitle.meta, 'placeholder'),
    escape: 'text',
  } as const;
}

export const documentTitle: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'error',
    title: 'Pages need a title of the right length',
    description: 'Finds pages with no `<title>` element, an empty one, or one shorter or longer than the limits (10–60 characters by default).',
    whyItMatters:
      'The title is the first thing people see: it is the blue link in search results, the name of the browser tab, and the first thing a screen reader announces. A page without one looks broken in search results and is hard to find again; a very long one is cut off.',
    equivalents: { axe: 'document-title', lighthouse: 'document-title', htmlhint: 'title-require' },
    docPath: docPathFor(id),
    messages: {
      missing: 'This page has no title. Add a <title> inside <head>: it is the link text people see in search results and the name of the browser tab.',
      empty: 'The page title is empty. Write a short title that says what this page is about: it is the link text people see in search results.',
      tooShort: 'The page title is only {count} characters. Say a little more (at least {min}) so searchers can tell what the page is about.',
      tooLong: 'The page title is {count} characters long. Search engines cut titles off after about {max}: put the words that matter first and shorten it.',
      addPageTitle: 'Add a page title…',
      prompt: 'Write the page title: what is this page about?',
      placeholder: 'Short and specific, e.g. "Summer reading challenge for children"; the site name can follow.',
      writePageTitle: 'Write the page title…',
      rewritePageTitle: 'Rewrite the page title…',
    },
    options: {
      minLength: { type: 'integer', default: 10, minimum: 0, description: 'Titles shorter than this many characters are reported.' },
      maxLength: {
        type: 'integer',
        default: 60,
        minimum: 1,
        description: 'Titles longer than this many characters are reported (search engines cut them off).',
      },
    },
  },
  check({ page, source, options, report }) {
    if (!isWholePage(page, source)) return;
    const length = { min: options.number('minLength'), max: options.number('maxLength') };
    const title = page.first('title');
    if (!title) {
      const anchor = page.first('head') ?? page.first('html');
      const span = anchor ? page.startTagSpan(anchor) : { start: 0, end: Math.min(page.text.length, page.text.search(/\r?\n|$/)) };
      const insertion = headInsertionPoint(page);
      report({
        message: ruleMessage(documentTitle.meta, 'missing'),
        start: span.start,
        end: span.end,
        fixes: insertion
          ? [
              askFix(ruleMessage(documentTitle.meta, 'addPageTitle'), {
                ...titlePrompt(),
                length,
                start: insertion.offset,
                end: insertion.offset,
                before: `${page.lines.eol}${insertion.indent}<title>`,
                after: '</title>',
              }),
            ]
          : [],
      });
      return;
    }
    const text = page.textOf(title).trim();
    const contentStart = page.startTagSpan(title).end;
    const contentEnd = page.endTagStart(title);
    const rewrite = (title: string, initialValue?: string) =>
      contentEnd === undefined ? [] : [askFix(title, { ...titlePrompt(), length, start: contentStart, end: contentEnd, before: '', after: '', initialValue })];
    if (text === '') {
      const span = page.elementSpan(title);
      report({
        message: ruleMessage(documentTitle.meta, 'empty'),
        start: span.start,
        end: span.end,
        fixes: rewrite(ruleMessage(documentTitle.meta, 'writePageTitle')),
      });
      return;
    }
    // Template output in the title: its length is only known when the site is built.
    if (isTemplateValue(text)) return;
    const count = [...text].length;
    if (count >= length.min && count <= length.max) return;
    const span = contentEnd === undefined ? page.elementSpan(title) : { start: contentStart, end: contentEnd };
    report({
      message:
        count < length.min
          ? ruleMessage(documentTitle.meta, 'tooShort', { count, min: length.min })
          : ruleMessage(documentTitle.meta, 'tooLong', { count, max: length.max }),
      start: span.start,
      end: span.end,
      fixes: rewrite(ruleMessage(documentTitle.meta, 'rewritePageTitle'), text),
    });
  },
};
