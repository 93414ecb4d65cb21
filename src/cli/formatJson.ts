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
      // The file name is the same for every finding of the report: encoded once.
      const file = JSON.stringify(report.path);
      for (const { ruleId, severity, message, range } of report.findings) {
        // Written out field by field, in JsonFinding's order: a whole site has about 100,000 findings, and laying
        // each out with JSON.stringify(finding, null, 2) and indenting it line by line cost more than the writing.
        text +=
          `${written === 0 ? '[\n' : ',\n'}  {\n    "file": ${file},\n    "ruleId": ${JSON.stringify(ruleId)},\n    "severity": ${JSON.stringify(severity)},\n` +
          `    "message": ${JSON.stringify(message)},\n    "line": ${range.start.line + 1},\n    "column": ${range.start.character + 1},\n` +
          `    "endLine": ${range.end.line + 1},\n    "endColumn": ${range.end.character + 1}\n  }`;
        written++;
      }
      return text;
    },
    finish: () => (written === 0 ? '[]\n' : '\n]\n'),
  };
}
