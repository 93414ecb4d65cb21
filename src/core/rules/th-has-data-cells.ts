import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { attributeValue } from '../html/document';
import { collapseWhitespace as collapse } from '../text/whitespace';
import { spaceSeparatedTokens } from '../text/tokens';
import { cellsOf, tableRows } from '../html/tables';

const id = 'th-has-data-cells';

type Scope = 'col' | 'row' | 'auto' | false;

export const thHasDataCells: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Table headings must label some data cells',
    description:
      'Finds heading cells (`<th>`, or cells with role="columnheader" / "rowheader") that have no data cell under them (column headings) or beside them (row headings), for example a heading row with more headings than the rows below have cells. Tables with merged cells (rowspan/colspan) are left out.',
    whyItMatters:
      'Screen readers read a table cell together with its headings. A heading with nothing under it means the columns are out of step: readers hear figures under the wrong heading, or a heading that labels nothing.',
    equivalents: { axe: 'th-has-data-cells', lighthouse: 'th-has-data-cells' },
    docPath: docPathFor(id),
    messages: {
      rowHeadingAlone: 'The row heading "{text}" has no data cells beside it. Add the row\'s data, or if this is not a heading, make it a <td>.',
      columnHeadingAlone:
        'The heading "{text}" has no data cells under it, so it labels nothing. Check that each row has as many cells as there are headings, or remove the extra heading.',
      headingAlone:
        'The heading "{text}" has no data cells under or beside it, so it labels nothing. Check that each row has as many cells as there are headings, or remove the extra heading.',
    },
  },
  check({ page, report }) {
    for (const table of page.elementsNamed('table')) {
      const role = attributeValue(table, 'role');
      if (role === 'presentation' || role === 'none') continue;
      const grid = tableRows(page, table);
      const cells = cellsOf(grid);
      if (cells.length === 0 || cells.some(hasSpan)) continue;
      const headers = cells.filter((cell) => isHeaderCell(cell) && /\S/.test(page.textOf(cell)));
      if (headers.length === 0) continue;
      const referenced = new Set<string>();
      for (const cell of cells) {
        for (const ref of spaceSeparatedTokens(cell.attribs['headers'])) referenced.add(ref);
        for (const ref of spaceSeparatedTokens(cell.attribs['aria-labelledby'])) referenced.add(ref);
      }
      const model = new TableModel(grid);
      for (const header of headers) {
        const headerId = header.attribs['id'];
        if (headerId && referenced.has(headerId)) continue;
        if (model.labelsSomething(header)) continue;
        const span = page.startTagSpan(header);
        const text = collapse(page.textOf(header));
        const scope = model.scope(header);
        report({
          message:
            scope === 'row'
              ? ruleMessage(thHasDataCells.meta, 'rowHeadingAlone', { text: shorten(text) })
              : ruleMessage(thHasDataCells.meta, scope === 'col' ? 'columnHeadingAlone' : 'headingAlone', { text: shorten(text) }),
          start: span.start,
          end: span.end,
        });
      }
    }
  },
};

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function hasSpan(cell: Element): boolean {
  return spans(cell, 'rowspan') || spans(cell, 'colspan');
}

function spans(cell: Element, name: string): boolean {
  const value = cell.attribs[name]?.trim();
  return value !== undefined && value !== '' && Number.parseInt(value, 10) !== 1;
}

function isHeaderCell(cell: Element): boolean {
  const role = attributeValue(cell, 'role');
  return cell.name === 'th' || role === 'columnheader' || role === 'rowheader';
}

/** A simple (span-free) table as a grid, with axe-core's header logic (commons/table get-scope, get-headers). */
class TableModel {
  private readonly positions = new Map<Element, { x: number; y: number }>();
  private readonly scopes = new Map<Element, Scope>();

  constructor(private readonly grid: readonly (readonly Element[])[]) {
    // Only heading cells are ever looked up (a data cell's scope is decided before its position is needed).
    grid.forEach((row, y) =>
      row.forEach((cell, x) => {
        if (cell.name === 'th' || cell.attribs['role'] !== undefined) this.positions.set(cell, { x, y });
      }),
    );
  }

  scope(cell: Element): Scope {
    let scope = this.scopes.get(cell);
    if (scope === undefined) {
      scope = this.computeScope(cell);
      this.scopes.set(cell, scope);
    }
    return scope;
  }

  private computeScope(cell: Element): Scope {
    const role = cell.attribs['role'];
    const scope = cell.attribs['scope'];
    if (role === 'columnheader') return 'col';
    if (role === 'rowheader') return 'row';
    if (scope === 'col' || scope === 'row') return scope;
    if (cell.name !== 'th') return false;
    const { x, y } = this.positions.get(cell)!;
    if (this.grid[y].every((other) => other.name === 'th')) return 'col';
    if (this.grid.every((row) => row[x] !== undefined && row[x].name === 'th')) return 'row';
    return 'auto';
  }

  private isColumnHeader(cell: Element): boolean {
    const scope = this.scope(cell);
    return scope === 'col' || scope === 'auto';
  }

  private isRowHeader(cell: Element): boolean {
    const scope = this.scope(cell);
    return scope === 'row' || scope === 'auto';
  }

  /** A column heading needs a non-heading cell below it, a row heading one to its right, that it labels. */
  labelsSomething(header: Element): boolean {
    const { x, y } = this.positions.get(header)!;
    if (this.isColumnHeader(header)) {
      for (let row = y + 1; row < this.grid.length; row++) {
        const cell = this.grid[row][x];
        if (cell && !this.isColumnHeader(cell) && this.headedBy(cell, header)) return true;
      }
    }
    if (this.isRowHeader(header)) {
      const row = this.grid[y];
      for (let column = x + 1; column < row.length; column++) {
        const cell = row[column];
        if (!this.isRowHeader(cell) && this.headedBy(cell, header)) return true;
      }
    }
    return false;
  }

  /** A cell is labelled by the headings its headers="…" names, or else by those above it and to its left. */
  private headedBy(cell: Element, header: Element): boolean {
    const references = spaceSeparatedTokens(cell.attribs['headers']);
    if (references.length > 0) {
      const headerId = header.attribs['id'];
      const known = references.filter((ref) => this.hasCellWithId(ref));
      if (known.length > 0) return headerId !== undefined && known.includes(headerId);
    }
    // The header lies in the same column above, or the same row to the left, by construction.
    return true;
  }

  private cellIds: Set<string> | undefined;

  private hasCellWithId(ref: string): boolean {
    if (!this.cellIds) {
      this.cellIds = new Set();
      for (const row of this.grid) for (const cell of row) if (cell.attribs['id']) this.cellIds.add(cell.attribs['id']);
    }
    return this.cellIds.has(ref);
  }
}
