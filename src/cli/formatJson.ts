import type { FileReport } from './report';

/** One finding as the JSON output lists it: 1-based lines and columns, as editors show them. */
export interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function toJsonFindings(reports: readonly FileReport[]): JsonFinding[] {
  return reports.flatMap((report) =>
    report.findings.map(({ ruleId, severity, message, range }) => ({
      file: report.path,
      ruleId,
      severity,
      message,
      line: range.start.line + 1,
      column: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    })),
  );
}

/** The whole of stdout for `--format json`: one array, so tools can parse it as is. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonFindings(reports), null, 2)}\n`;
}
