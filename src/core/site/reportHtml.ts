import { historyChartSvg, escapeXml as escapeHtml } from './reportChart';
import { scoreExplanation } from './pageScore';
import { describeCounts, formatCheckedAt, reportPageName, severityLabels, type SiteReport } from './reportModel';

/**
 * The site report as one self-contained HTML file (no scripts, no outside files) to attach to an IT request or
 * open in any browser: the same sections as the Markdown export, with the trend chart drawn inline.
 */
export function siteReportHtml(report: SiteReport): string {
  const title = `Site report: ${report.siteName}`;
  const parts: string[] = [];
  parts.push(
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>Checked ${escapeHtml(formatCheckedAt(report.checkedAt))}: ${report.pageCount} ${report.pageCount === 1 ? 'page' : 'pages'}, ` +
      `${report.problemCount} ${report.problemCount === 1 ? 'problem' : 'problems'} (${escapeHtml(describeCounts(report.counts))}). ` +
      `Average score <strong>${report.averageScore}</strong> out of 100.</p>`,
    `<p class="note">${escapeHtml(scoreExplanation)}</p>`,
  );
  parts.push('<h2>Pages, worst first</h2>');
  if (report.pages.length === 0) parts.push('<p>No pages were found.</p>');
  else {
    parts.push(
      '<table><thead><tr><th scope="col">Page</th><th scope="col">Score</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notes</th></tr></thead><tbody>',
      ...report.pages.map(
        (page) =>
          `<tr><th scope="row">${escapeHtml(reportPageName(page))}</th><td>${page.score}</td><td>${page.counts.error}</td><td>${page.counts.warning}</td><td>${page.counts.info}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  parts.push('<h2>Problems by check</h2>');
  if (report.checks.length === 0) parts.push('<p>No problems found.</p>');
  else {
    parts.push(
      '<table><thead><tr><th scope="col">Check</th><th scope="col">Problems</th><th scope="col">Pages</th></tr></thead><tbody>',
      ...report.checks.map((check) => `<tr><th scope="row">${escapeHtml(check.check)}</th><td>${check.problems}</td><td>${check.pages}</td></tr>`),
      '</tbody></table>',
    );
  }
  if (report.history.length > 1) {
    parts.push(`<h2>Problems over the last ${report.history.length} checks</h2>`, `<figure>${historyChartSvg(report.history)}</figure>`);
  }
  const withProblems = report.pages.filter((page) => page.problems.length > 0);
  if (withProblems.length > 0) {
    parts.push('<h2>Problems on each page</h2>');
    for (const page of withProblems) {
      parts.push(
        `<h3>${escapeHtml(reportPageName(page))} <span class="note">(score ${page.score})</span></h3>`,
        '<ul>',
        ...page.problems.map(
          (problem) =>
            `<li>Line ${problem.line}, column ${problem.column}: <strong class="${problem.severity}">${severityLabels[problem.severity]}</strong>: ` +
            `${escapeHtml(problem.message)} <span class="note">(${escapeHtml(problem.check)})</span></li>`,
        ),
        '</ul>',
      );
    }
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
table { border-collapse: collapse; margin-bottom: 1.5rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.6rem; text-align: left; }
td { text-align: right; }
thead th { background: #f0f0f0; }
.note { color: #555; }
.error { color: #a4262c; }
.warning { color: #8a5a00; }
.info { color: #005a9e; }
.cb-chart { color: #005a9e; }
</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
