import type { Finding, Severity } from '../types';

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** How much of what is left each problem takes away: an error a tenth, a warning 3 %, a note 1 %. */
export const scoreWeights: Readonly<Record<Severity, number>> = { error: 0.1, warning: 0.03, info: 0.01 };

/**
 * A page's score out of 100: 100 × 0.9^errors × 0.97^warnings × 0.99^notes, rounded down. Each problem takes a share
 * of what is left rather than a fixed number of points, so the score never goes below 0, a page with many problems
 * still improves with each one fixed, and one error weighs about as much as three warnings or ten notes.
 */
export function pageScore(counts: SeverityCounts): number {
  const kept = (1 - scoreWeights.error) ** counts.error * (1 - scoreWeights.warning) ** counts.warning * (1 - scoreWeights.info) ** counts.info;
  // The small tolerance keeps 100 × 0.9 at 90 rather than 89.99999.
  return Math.floor(100 * kept + 1e-9);
}

/** The plain-words explanation of the score, shown beside it in the report and its exports. */
export const scoreExplanation =
  'Each page starts at 100. Every error takes away 10 % of what is left, every warning 3 % and every note 1 %, so one error weighs about as much as three warnings.';

export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') error++;
    else if (finding.severity === 'warning') warning++;
    else info++;
  }
  return { error, warning, info };
}
