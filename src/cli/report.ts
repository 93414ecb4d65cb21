import type { Finding, Severity } from '../core';

/** What the check found in one file: the unit both output formats work from. */
export interface FileReport {
  /** As shown to people: relative to the working folder, with forward slashes. */
  readonly path: string;
  readonly findings: readonly Finding[];
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    for (const finding of report.findings) counts[finding.severity]++;
  }
  return counts;
}
