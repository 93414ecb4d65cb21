import type { Rule } from './rule';
import { docPathFor } from './rule';
import { headInsertionPoint, isWholePage } from '../html/document';
import { textContent } from 'domutils';

const id = 'document-title';

export const documentTitle: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'error',
    title: 'Pages need a title',
    description: 'Finds pages with no `<title>` element, or with an empty one.',
    whyItMatters:
      'The title is the first thing people see: it is the blue link in search results, the name of the browser tab, and the first thing a screen reader announces. A page without one looks broken in search results and is hard to find again.',
    equivalents: { axe: 'document-title', lighthouse: 'document-title', htmlhint: 'title-require' },
    docPath: docPathFor(id),
  },
  check({ page, report }) {
    if (!isWholePage(page)) return;
    const title = page.first('title');
    if (!title) {
      const anchor = page.first('head') ?? page.first('html');
      const span = anchor ? page.startTagSpan(anchor) : { start: 0, end: Math.min(page.text.length, page.text.search(/\r?\n|$/)) };
      const insertion = headInsertionPoint(page);
      const newText = insertion ? `${page.lines.eol}${insertion.indent}<title></title>` : '';
      report({
        message: 'This page has no title. Add a <title> inside <head>: it is the link text people see in search results and the name of the browser tab.',
        start: span.start,
        end: span.end,
        fix: insertion
          ? {
              title: 'Add a page title',
              edits: [{ start: insertion.offset, end: insertion.offset, newText, cursorOffset: newText.length - '</title>'.length }],
            }
          : undefined,
      });
      return;
    }
    if (textContent(title).trim() !== '') return;
    const span = page.elementSpan(title);
    const contentStart = page.startTagSpan(title).end;
    const contentEnd = page.endTagStart(title);
    report({
      message: 'The page title is empty. Write a short title that says what this page is about: it is the link text people see in search results.',
      start: span.start,
      end: span.end,
      fix:
        contentEnd === undefined
          ? undefined
          : { title: 'Write the page title', edits: [{ start: contentStart, end: contentEnd, newText: '', cursorOffset: 0 }] },
    });
  },
};
