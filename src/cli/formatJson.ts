import type { FileReport, ReportWriter } from './report';

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
  return reports.flatMap(jsonFindingsOf);
}

function jsonFindingsOf(report: FileReport): JsonFinding[] {
  return report.findings.map(({ ruleId, severity, message, range }) => ({
    file: report.path,
    ruleId,
    severity,
    message,
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  }));
}

/** The whole of stdout for `--format json`: one array, so tools can parse it as is. */
export function formatJson(reports: readonly FileReport[]): string {
  const writer = jsonWriter();
  return reports.map((report) => writer.add(report)).join('') + writer.finish();
}

/** The same array written finding by finding (exactly as JSON.stringify with 2 spaces lays it out). */
export function jsonWriter(): ReportWriter {
  let written = 0;
  return {
    add(report) {
      let text = '';
      for (const finding of jsonFindingsOf(report)) {
        text += `${written === 0 ? '[\n' : ',\n'}${indent(JSON.stringify(finding, null, 2))}`;
        written++;
      }
      return text;
    },
    finish: () => (written === 0 ? '[]\n' : '\n]\n'),
  };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
