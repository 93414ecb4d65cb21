import type { Severity } from '../core/types';
import { printablePath, printableText } from './printable';
import type { FileReport, ReportWriter, SeverityCounts } from './report';
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

const ansi =
  (open: number, close: number): Style =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
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
  const writer = textWriter(options);
  return reports.map((report) => writer.add(report)).join('') + writer.finish();
}

/** The same output one file at a time, so a site of any size is never held in memory: only the counts are kept. */
export function textWriter(options: TextFormatOptions): ReportWriter {
  const palette = options.color ? colorPalette : plainPalette;
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  let files = 0;
  let filesWithProblems = 0;
  return {
    add(report) {
      files++;
      if (report.findings.length === 0) return '';
      filesWithProblems++;
      for (const finding of report.findings) counts[finding.severity]++;
      return `${fileBlock(report, palette)}\n\n`;
    },
    finish: () => `${summaryLine(counts, files, filesWithProblems, palette)}\n`,
  };
}

function fileBlock(report: FileReport, palette: Palette): string {
  const rows = report.findings.map((finding) => ({
    location: `${finding.range.start.line + 1}:${finding.range.start.character + 1}`,
    severity: finding.severity,
    message: printableText(oneLine(finding.message)),
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
  return [palette.path(printablePath(report.path)), ...lines].join('\n');
}

function summaryLine(counts: SeverityCounts, files: number, filesWithProblems: number, palette: Palette): string {
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return `No problems found in ${plural(files, 'file')}.`;
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
