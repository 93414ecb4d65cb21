import type { Severity } from '../core';
import { countBySeverity, type FileReport } from './report';
import { joinLines } from '../core/text/whitespace';

export interface TextFormatOptions {
  /** ANSI colours, for terminals only; never when output goes to a file or a CI log parser. */
  readonly color: boolean;
}

type Style = (text: string) => string;

interface Palette {
  readonly severity: Record<Severity, Style>;
  readonly path: Style;
  readonly dim: Style;
  readonly bold: Style;
}

const ansi = (open: number, close: number): Style => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Style = (text) => text;

const colorPalette: Palette = {
  severity: { error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39) },
  path: ansi(4, 24),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
};
const plainPalette: Palette = { severity: { error: plain, warning: plain, info: plain }, path: plain, dim: plain, bold: plain };

/**
 * Findings grouped by file, ESLint "stylish" style, then a one-line summary:
 *
 *     news/summer-reading.html
 *       12:5  error  This image has no alt text. …  image-alt
 *
 *     1 problem (1 error, 0 warnings) in 1 file
 */
export function formatText(reports: readonly FileReport[], options: TextFormatOptions): string {
  const palette = options.color ? colorPalette : plainPalette;
  const blocks = reports.filter((report) => report.findings.length > 0).map((report) => fileBlock(report, palette));
  return [...blocks, summaryLine(reports, palette)].join('\n\n') + '\n';
}

function fileBlock(report: FileReport, palette: Palette): string {
  const rows = report.findings.map((finding) => ({
    location: `${finding.range.start.line + 1}:${finding.range.start.character + 1}`,
    severity: finding.severity,
    message: oneLine(finding.message),
    ruleId: finding.ruleId,
  }));
  // Pad before colouring: escape codes would throw the column widths off.
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => pick(row).length));
  const locationWidth = width((row) => row.location);
  const severityWidth = width((row) => row.severity);
  const messageWidth = width((row) => row.message);
  const lines = rows.map(
    (row) =>
      `  ${palette.dim(row.location.padEnd(locationWidth))}  ${palette.severity[row.severity](row.severity.padEnd(severityWidth))}  ` +
      `${row.message.padEnd(messageWidth)}  ${palette.dim(row.ruleId)}`,
  );
  return [palette.path(report.path), ...lines].join('\n');
}

function summaryLine(reports: readonly FileReport[], palette: Palette): string {
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return `No problems found in ${plural(reports.length, 'file')}.`;
  const filesWithProblems = reports.filter((report) => report.findings.length > 0).length;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info > 0) parts.push(`${counts.info} info`);
  const line = `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(filesWithProblems, 'file')}`;
  const worst: Severity = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info';
  return palette.bold(palette.severity[worst](line));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return joinLines(text);
}
