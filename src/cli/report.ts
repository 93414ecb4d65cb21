import type { Finding, Severity } from '../core/types';

/** What the check found in one file: the unit both output formats work from. */
export interface FileReport {
  /** As shown to people: relative to the working folder, with forward slashes. */
  readonly path: string;
  readonly findings: readonly Finding[];
  /** The file as it was checked, when known: SARIF fingerprints use the text at each finding. */
  readonly text?: string;
}

export type SeverityCounts = Record<Severity, number>;

/** Writes the output one file at a time: `add` gives the text for a file, `finish` what ends the output. */
export interface ReportWriter {
  add(report: FileReport): string;
  finish(): string;
}
