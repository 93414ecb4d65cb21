import { isTag, type Element } from 'domhandler';

const sectionNames = new Set(['thead', 'tbody', 'tfoot']);
const cellNames = new Set(['td', 'th']);

/**
 * The rows of a table as the browser's `table.rows` sees them: `<tr>`s that
 * are children of the table or of its `<thead>`/`<tbody>`/`<tfoot>` (not of a
 * nested table), each with its `<td>`/`<th>` cells.
 */
export function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const addRow = (tr: Element) => rows.push(tr.children.filter((cell): cell is Element => isTag(cell) && cellNames.has(cell.name)));
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') addRow(child);
    else if (sectionNames.has(child.name)) {
      for (const row of child.children) if (isTag(row) && row.name === 'tr') addRow(row);
    }
  }
  return rows;
}
