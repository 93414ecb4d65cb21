import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { Fix } from '../types';
import type { HtmlPage } from '../html/parse';
import { isTemplateValue } from '../templates/templateCode';
import { setAttributeValueEdit } from '../html/edits';
import { Hidden, hiddenWithin } from '../html/visibility';
import { spaceSeparatedTokens } from '../text/tokens';
import { cellsOf, tableRows } from '../html/tables';

const id = 'td-headers-attr';

export const tdHeadersAttr: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Table cells must point at header cells of the same table',
    description:
      'Finds table cells whose `headers` attribute names an id that is not a header cell (`<th>`) of the same table — a typo, a header that was deleted, a cell of another table — or names the cell itself.',
    whyItMatters:
      'In a table, screen readers announce the column and row headings as the reader moves from cell to cell. The `headers` attribute says which headings belong to a cell; when it points at nothing, the reader hears figures without knowing what they mean.',
    equivalents: { axe: 'td-headers-attr', lighthouse: 'td-headers-attr' },
    docPath: docPathFor(id),
    messages: {
      listsItself: 'This <{element}> lists itself in headers="…". A cell cannot be its own heading: list the ids of the <th> cells that label it.',
      dataCell:
        'This <{element}>\'s headers="…" points at {ids}, which is a data cell, not a heading. Point it at the <th> cells that label it, or make those cells <th>.',
      dataCells:
        'This <{element}>\'s headers="…" points at {ids}, which are data cells, not a heading. Point it at the <th> cells that label it, or make those cells <th>.',
      notAHeading:
        'This <{element}>\'s headers="…" points at {ids}, which is not the id of a heading (<th>) in this table, so screen readers cannot say what the cell means. Correct the ids (check for typos) or remove them.',
      notHeadings:
        'This <{element}>\'s headers="…" points at {ids}, which are not ids of headings (<th>) in this table, so screen readers cannot say what the cell means. Correct the ids (check for typos) or remove them.',
      removeIds: 'Remove the ids that are not headings of this table',
      removeAttribute: 'Remove the headers attribute',
    },
  },
  check({ page, report }) {
    for (const table of page.elementsNamed('table')) {
      const cells = cellsOf(tableRows(page, table));
      if (!cells.some((cell) => cell.attribs['headers'] !== undefined)) continue;
      // As axe-core: ids of this table's cells that are not <td> (header cells).
      const headerIds = new Set<string>();
      const cellIds = new Set<string>();
      for (const cell of cells) {
        const cellId = cell.attribs['id'];
        if (!cellId) continue;
        cellIds.add(cellId);
        if (cell.name !== 'td') headerIds.add(cellId);
      }
      for (const cell of cells) {
        const headers = cell.attribs['headers'];
        if (headers === undefined || headers.trim() === '' || isTemplateValue(headers) || hiddenWithin(cell, table, Hidden.fromScreenReaders)) continue;
        const ownId = cell.attribs['id']?.trim();
        const references = spaceSeparatedTokens(headers);
        const self = ownId !== undefined && ownId !== '' && references.includes(ownId);
        const wrong = references.filter((ref) => !headerIds.has(ref) || ref === ownId);
        if (!self && wrong.length === 0) continue;
        const span = page.attributeSpan(cell, 'headers') ?? page.startTagSpan(cell);
        report({
          message: ruleMessage(tdHeadersAttr.meta, messageId(wrong, ownId, cellIds), { element: cell.name, ids: wrong.map((ref) => `"${ref}"`).join(', ') }),
          start: span.start,
          end: span.end,
          fixes: removeReferencesFix(page, cell, references, new Set(wrong)),
        });
      }
    }
  },
};

/** Which message says what is wrong with the ids the cell lists. */
function messageId(wrong: readonly string[], ownId: string | undefined, cellIds: ReadonlySet<string>): string {
  if (ownId && wrong.length === 1 && wrong[0] === ownId) return 'listsItself';
  const onDataCells = wrong.filter((ref) => cellIds.has(ref) && ref !== ownId);
  if (onDataCells.length === wrong.length) return wrong.length === 1 ? 'dataCell' : 'dataCells';
  return wrong.length === 1 ? 'notAHeading' : 'notHeadings';
}

/** Removes the ids that point nowhere (the whole attribute when none is left). Needs judgement: the right fix may be a typo. */
function removeReferencesFix(page: HtmlPage, cell: Element, references: readonly string[], wrong: ReadonlySet<string>): Fix[] {
  const keep = references.filter((ref) => !wrong.has(ref));
  if (keep.length > 0) {
    const edit = setAttributeValueEdit(page, cell, 'headers', keep.join(' '));
    return edit ? [{ title: ruleMessage(tdHeadersAttr.meta, 'removeIds'), edits: [edit] }] : [];
  }
  const attribute = page.attributeSpan(cell, 'headers');
  if (!attribute) return [];
  let start = attribute.start;
  while (start > 0 && /[ \t]/.test(page.text[start - 1])) start--;
  return [{ title: ruleMessage(tdHeadersAttr.meta, 'removeAttribute'), edits: [{ start, end: attribute.end, newText: '' }] }];
}
