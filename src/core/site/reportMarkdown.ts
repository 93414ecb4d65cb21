import { scoreExplanation } from './pageScore';
import { describeCounts, formatCheckedAt, reportPageName, severityLabels, type SiteReport } from './reportModel';

/**
 * The site report as Markdown, to paste into an IT request or an issue: the summary, the pages worst first, the
 * problems by check, the trend, then every page's problems with line and column.
 */
export function siteReportMarkdown(report: SiteReport): string {
  const lines: string[] = [];
  lines.push(`# Site report: ${inline(report.siteName)}`, '');
  lines.push(
    `Checked ${formatCheckedAt(report.checkedAt)}: ${report.pageCount} ${report.pageCount === 1 ? 'page' : 'pages'}, ` +
      `${report.problemCount} ${report.problemCount === 1 ? 'problem' : 'problems'} (${describeCounts(report.counts)}). ` +
      `Average score ${report.averageScore} out of 100.`,
    '',
    `*${scoreExplanation}*`,
    '',
  );
  lines.push('## Pages, worst first', '');
  if (report.pages.length === 0) lines.push('No pages were found.', '');
  else {
    lines.push('| Page | Score | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: | ---: |');
    for (const page of report.pages) {
      lines.push(`| ${cell(reportPageName(page))} | ${page.score} | ${page.counts.error} | ${page.counts.warning} | ${page.counts.info} |`);
    }
    lines.push('');
  }
  lines.push('## Problems by check', '');
  if (report.checks.length === 0) lines.push('No problems found.', '');
  else {
    lines.push('| Check | Problems | Pages |', '| --- | ---: | ---: |');
    for (const check of report.checks) lines.push(`| ${cell(check.check)} | ${check.problems} | ${check.pages} |`);
    lines.push('');
  }
  if (report.history.length > 1) {
    lines.push(`## Problems over the last ${report.history.length} checks`, '', '| Checked | Pages | Problems |', '| --- | ---: | ---: |');
    for (const point of report.history) lines.push(`| ${formatCheckedAt(point.time)} | ${point.pages} | ${point.problems} |`);
    lines.push('');
  }
  const withProblems = report.pages.filter((page) => page.problems.length > 0);
  if (withProblems.length > 0) {
    lines.push('## Problems on each page', '');
    for (const page of withProblems) {
      lines.push(`### ${inline(reportPageName(page))} (score ${page.score})`, '');
      for (const problem of page.problems) {
        lines.push(
          `- Line ${problem.line}, column ${problem.column}: **${severityLabels[problem.severity]}**: ${inline(problem.message)} (${inline(problem.check)})`,
        );
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Text on one line with Markdown's own characters escaped, so a message or a file name cannot change the layout. */
function inline(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ')) out += '\\`*_[]<>#|'.includes(char) ? `\\${char}` : char;
  return out;
}

function cell(text: string): string {
  return inline(text);
}
