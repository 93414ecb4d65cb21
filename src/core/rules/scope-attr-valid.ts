import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { isTemplateValue } from '../templates/templateCode';
import { setAttributeValueEdit } from '../html/edits';

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
    messages: {
      extraSpaces: 'scope="{value}" has extra spaces, so browsers ignore it. Write scope="{trimmed}".',
      unknownValue:
        'scope="{value}" is not a value browsers understand, so screen readers ignore it. Use scope="col" for a column heading or scope="row" for a row heading.',
      unknownValueOnDataCell:
        'scope="{value}" is not a value browsers understand, so screen readers ignore it. Use scope="col" for a column heading or scope="row" for a row heading, on a <th> cell.',
      onDataCell:
        'scope="{value}" only works on heading cells (<th>); screen readers ignore it on a <td>. If this cell is a heading, make it a <th>; if not, remove scope.',
      removeScope: 'Remove scope',
      removeScopeAttribute: 'Remove the scope attribute',
      makeCellHeadingTh: 'Make this cell a heading (<th>)',
      changeScope: 'Change to scope="{value}"',
    },
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
              ? ruleMessage(scopeAttrValid.meta, 'extraSpaces', { value, trimmed })
              : ruleMessage(scopeAttrValid.meta, onDataCell ? 'unknownValueOnDataCell' : 'unknownValue', { value }),
            start: span.start,
            end: span.end,
            fixes: canTrim && !onDataCell ? [setValueFix(page, cell, trimmed), removeFix(page, cell)] : [removeFix(page, cell)],
          });
          continue;
        }
        report({
          message: ruleMessage(scopeAttrValid.meta, 'onDataCell', { value }),
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
  const doctype = leadingDoctype(page.text);
  return doctype === undefined || !/\b(?:public|system)\b/i.test(doctype);
}

/**
 * What follows `<!doctype` when the page starts with one (after spaces and comments). A loop, not a pattern:
 * `(?:<!--[\s\S]*?-->\s*)*` backtracks exponentially over many adjacent empty comments.
 */
function leadingDoctype(text: string): string | undefined {
  let index = skipSpaces(text, 0);
  while (text.startsWith('<!--', index)) {
    const close = text.indexOf('-->', index + 4);
    if (close < 0) return undefined;
    index = skipSpaces(text, close + 3);
  }
  if (text.slice(index, index + 9).toLowerCase() !== '<!doctype' || !isSpace(text[index + 9] ?? '')) return undefined;
  const end = text.indexOf('>', index + 9);
  return end < 0 ? undefined : text.slice(index + 9, end);
}

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && isSpace(text[index])) index++;
  return index;
}

function isSpace(char: string): boolean {
  return char !== '' && char.trim() === '';
}

function removeFix(page: HtmlPage, cell: Element): Fix {
  const attribute = page.attributeSpan(cell, 'scope');
  if (!attribute) return { title: ruleMessage(scopeAttrValid.meta, 'removeScope'), edits: [], safe: true };
  let start = attribute.start;
  while (start > 0 && /[ \t]/.test(page.text[start - 1])) start--;
  return { title: ruleMessage(scopeAttrValid.meta, 'removeScopeAttribute'), edits: [{ start, end: attribute.end, newText: '' }], safe: true };
}

function setValueFix(page: HtmlPage, cell: Element, value: string): Fix {
  const edit = setAttributeValueEdit(page, cell, 'scope', value);
  return { title: ruleMessage(scopeAttrValid.meta, 'changeScope', { value }), edits: edit ? [edit] : [], safe: true };
}

/** Renames <td> to <th> (start and end tag); a judgement, so not safe. */
function toHeaderFix(page: HtmlPage, cell: Element): Fix[] {
  const start = cell.startIndex;
  if (start === null || start === undefined) return [];
  const edits = [{ start: start + 1, end: start + 3, newText: 'th' }];
  const endTag = page.endTagStart(cell);
  if (endTag !== undefined) edits.push({ start: endTag + 2, end: endTag + 4, newText: 'th' });
  return [{ title: ruleMessage(scopeAttrValid.meta, 'makeCellHeadingTh'), edits }];
}
