import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { isTemplateValue } from '../templates/templateCode';

const id = 'scope-attr-valid';

/** The values HTML allows (axe-core scope-value options). */
const validScopes = new Set(['row', 'col', 'rowgroup', 'colgroup']);

export const scopeAttrValid: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Table scope must be row, col, rowgroup or colgroup, on a <th>',
    description:
      'Finds the `scope` attribute with a value other than `row`, `col`, `rowgroup` or `colgroup`, and `scope` on a data cell (`<td>`), where HTML5 does not allow it.',
    whyItMatters:
      'The `scope` attribute tells screen readers whether a heading cell labels its row or its column. A misspelt value, or `scope` on an ordinary cell, is ignored, so readers may hear figures under the wrong heading.',
    equivalents: { axe: 'scope-attr-valid' },
    docPath: docPathFor(id),
  },
  check({ page, report }) {
    const html5 = isHtml5(page);
    for (const name of ['th', 'td'] as const) {
      for (const cell of page.elementsNamed(name)) {
        const value = cell.attribs['scope'];
        if (value === undefined || isTemplateValue(value)) continue;
        const validValue = validScopes.has(value.toLowerCase());
        const onDataCell = name === 'td' && html5;
        if (validValue && !onDataCell) continue;
        const span = page.attributeSpan(cell, 'scope') ?? page.startTagSpan(cell);
        if (!validValue) {
          const trimmed = value.trim().toLowerCase();
          const canTrim = validScopes.has(trimmed);
          report({
            message: canTrim
              ? `scope="${value}" has extra spaces, so browsers ignore it. Write scope="${trimmed}".`
              : `scope="${value}" is not a value browsers understand, so screen readers ignore it. Use scope="col" for a column heading or scope="row" for a row heading${onDataCell ? ', on a <th> cell' : ''}.`,
            start: span.start,
            end: span.end,
            fixes: canTrim && !onDataCell ? [setValueFix(page, cell, trimmed), removeFix(page, cell)] : [removeFix(page, cell)],
          });
          continue;
        }
        report({
          message: `scope="${value}" only works on heading cells (<th>); screen readers ignore it on a <td>. If this cell is a heading, make it a <th>; if not, remove scope.`,
          start: span.start,
          end: span.end,
          fixes: [...toHeaderFix(page, cell), removeFix(page, cell)],
        });
      }
    }
  },
};

/**
 * axe-core applies the "scope only on <th>" part to HTML5 documents. A page
 * with an HTML 4 or XHTML 1 doctype (one with a PUBLIC or SYSTEM identifier)
 * is not HTML5; fragments and `<!doctype html>` pages are.
 */
function isHtml5(page: HtmlPage): boolean {
  const doctype = /^\s*(?:<!--[\s\S]*?-->\s*)*<!doctype\s+([^>]*)>/i.exec(page.text);
  return !doctype || !/\b(?:public|system)\b/i.test(doctype[1]);
}

function removeFix(page: HtmlPage, cell: Element): Fix {
  const attribute = page.attributeSpan(cell, 'scope');
  if (!attribute) return { title: 'Remove scope', edits: [], safe: true };
  let start = attribute.start;
  while (start > 0 && /[ \t]/.test(page.text[start - 1])) start--;
  return { title: 'Remove the scope attribute', edits: [{ start, end: attribute.end, newText: '' }], safe: true };
}

function setValueFix(page: HtmlPage, cell: Element, value: string): Fix {
  const span = page.attributeValueSpan(cell, 'scope')!;
  return { title: `Change to scope="${value}"`, edits: [{ start: span.start, end: span.end, newText: value }], safe: true };
}

/** Renames <td> to <th> (start and end tag); a judgement, so not safe. */
function toHeaderFix(page: HtmlPage, cell: Element): Fix[] {
  const start = cell.startIndex;
  if (start === null || start === undefined) return [];
  const edits = [{ start: start + 1, end: start + 3, newText: 'th' }];
  const endTag = page.endTagStart(cell);
  if (endTag !== undefined) edits.push({ start: endTag + 2, end: endTag + 4, newText: 'th' });
  return [{ title: 'Make this cell a heading (<th>)', edits }];
}
