import type { Finding, Severity } from '../types';
import { pageScore, severityCounts, type SeverityCounts } from './pageScore';

/** One problem as the report lists it: positions are 1-based, as people count lines. */
export interface ReportProblem {
  readonly ruleId: string;
  /** The check's name in plain words. */
  readonly check: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface ReportPage {
  /** Site-relative path with forward slashes (with the folder's name first when the workspace has several). */
  readonly path: string;
  readonly score: number;
  readonly counts: SeverityCounts;
  readonly problems: readonly ReportProblem[];
  /** A layout or partial: its problems are listed, but it is not counted as a page nor in the average score. */
  readonly layout?: true;
}

export interface ReportCheck {
  readonly ruleId: string;
  readonly check: string;
  readonly severity: Severity;
  readonly problems: number;
  readonly pages: number;
}

/** One whole-site check, as the trend chart shows it. */
export interface HistoryPoint {
  /** ISO 8601 time of the check. */
  readonly time: string;
  readonly problems: number;
  readonly pages: number;
}

export interface SiteReport {
  readonly siteName: string;
  /** ISO 8601 time of the check. */
  readonly checkedAt: string;
  /** Pages readers visit (layouts and partials are not counted). */
  readonly pageCount: number;
  readonly counts: SeverityCounts;
  readonly problemCount: number;
  /** The mean of the pages' scores (100 for a site with no pages). */
  readonly averageScore: number;
  /** Pages worst first (lowest score, then most errors, then most problems, then by path), then layouts the same way. */
  readonly pages: readonly ReportPage[];
  /** Most problems first. */
  readonly checks: readonly ReportCheck[];
  /** Oldest first, this check last. */
  readonly history: readonly HistoryPoint[];
}

export interface SiteReportInput {
  readonly siteName: string;
  readonly checkedAt: string;
  readonly pages: readonly { readonly path: string; readonly findings: readonly Finding[]; readonly role?: 'page' | 'layout' }[];
  /** Earlier checks, oldest first (this one is added at the end). */
  readonly history?: readonly HistoryPoint[];
  /** The check's name for a rule id (ids are for configuration, not for people). */
  readonly checkTitle: (ruleId: string) => string;
}

/** How many earlier checks the trend keeps. */
export const historyLength = 20;

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Scores, counts and orderings of a whole-site check: the one model both the webview and the exports show. */
export function buildSiteReport(input: SiteReportInput): SiteReport {
  const pages = input.pages.map((page): ReportPage => {
    const counts = severityCounts(page.findings);
    const problems = page.findings
      .map((finding) => ({
        ruleId: finding.ruleId,
        check: input.checkTitle(finding.ruleId),
        severity: finding.severity,
        message: finding.message,
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
      }))
      .sort((a, b) => a.line - b.line || a.column - b.column || severityRank[a.severity] - severityRank[b.severity]);
    return { path: page.path, score: pageScore(counts), counts, problems, ...(page.role === 'layout' ? { layout: true as const } : {}) };
  });
  pages.sort(
    (a, b) =>
      Number(a.layout ?? false) - Number(b.layout ?? false) ||
      a.score - b.score ||
      b.counts.error - a.counts.error ||
      b.problems.length - a.problems.length ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const checks = new Map<string, { check: string; severity: Severity; problems: number; pages: Set<string> }>();
  for (const page of pages) {
    for (const problem of page.problems) {
      const entry = checks.get(problem.ruleId) ?? { check: problem.check, severity: problem.severity, problems: 0, pages: new Set<string>() };
      entry.problems++;
      entry.pages.add(page.path);
      if (severityRank[problem.severity] < severityRank[entry.severity]) entry.severity = problem.severity;
      checks.set(problem.ruleId, entry);
    }
  }
  const counts = pages.reduce(
    (sum, page) => ({ error: sum.error + page.counts.error, warning: sum.warning + page.counts.warning, info: sum.info + page.counts.info }),
    { error: 0, warning: 0, info: 0 },
  );
  const problemCount = counts.error + counts.warning + counts.info;
  const readerPages = pages.filter((page) => !page.layout);
  const averageScore = readerPages.length === 0 ? 100 : Math.round(readerPages.reduce((sum, page) => sum + page.score, 0) / readerPages.length);
  const history = [...(input.history ?? []), { time: input.checkedAt, problems: problemCount, pages: readerPages.length }].slice(-historyLength);
  return {
    siteName: input.siteName,
    checkedAt: input.checkedAt,
    pageCount: readerPages.length,
    counts,
    problemCount,
    averageScore,
    pages,
    checks: [...checks.entries()]
      .map(([ruleId, entry]) => ({ ruleId, check: entry.check, severity: entry.severity, problems: entry.problems, pages: entry.pages.size }))
      .sort((a, b) => b.problems - a.problems || severityRank[a.severity] - severityRank[b.severity] || (a.check < b.check ? -1 : 1)),
    history,
  };
}

/** A page's name as the report shows it: layouts and partials say what they are. */
export function reportPageName(page: ReportPage): string {
  return page.layout ? `${page.path} (layout or partial)` : page.path;
}

/** "Error", "Warning", "Note": how people read the three severities. */
export const severityLabels: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** "3 errors, 1 warning, no notes". */
export function describeCounts(counts: SeverityCounts): string {
  const part = (count: number, one: string, many: string) => `${count === 0 ? 'no' : count} ${count === 1 ? one : many}`;
  return `${part(counts.error, 'error', 'errors')}, ${part(counts.warning, 'warning', 'warnings')}, ${part(counts.info, 'note', 'notes')}`;
}

/** "1 Dec 2026, 13:50 UTC": readable in any locale, the same in the webview and the exports. */
export function formatCheckedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
