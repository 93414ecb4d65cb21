import { isTag, type Element } from 'domhandler';
import type { HtmlPage } from './parse';
import { pageCacheKey, pageCached } from './pageCache';

const sectionNames = new Set(['thead', 'tbody', 'tfoot']);

/**
 * The rows of a table as the browser's `table.rows` sees them: `<tr>`s that
 * are children of the table or of its `<thead>`/`<tbody>`/`<tfoot>` (not of a
 * nested table), each with its `<td>`/`<th>` cells.
 */
export function tableRows(page: HtmlPage, table: Element): readonly (readonly Element[])[] {
  // Two checks read every table's rows: worked out once per table.
  const known = pageCached(page, rowsKey);
  let rows = known.get(table);
  if (rows === undefined) {
    rows = readRows(table);
    known.set(table, rows);
  }
  return rows;
}

const rowsKey = pageCacheKey('rows of each table', () => new Map<Element, readonly (readonly Element[])[]>());

function readRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const addRow = (tr: Element) => rows.push(tr.children.filter((cell): cell is Element => isTag(cell) && (cell.name === 'td' || cell.name === 'th')));
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') addRow(child);
    else if (sectionNames.has(child.name)) {
      for (const row of child.children) if (isTag(row) && row.name === 'tr') addRow(row);
    }
  }
  return rows;
}

/** Every cell of the rows, row by row (a loop: Array.prototype.flat is several times slower on this hot path). */
export function cellsOf(rows: readonly (readonly Element[])[]): Element[] {
  const cells: Element[] = [];
  for (const row of rows) for (const cell of row) cells.push(cell);
  return cells;
}
