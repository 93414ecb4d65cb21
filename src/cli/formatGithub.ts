import { ruleById } from '../core/rules';
import type { Finding } from '../core/types';
import type { ReportWriter } from './report';

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one line per finding, so problems show as annotations on the pull request's
 * files (also in private repositories without code scanning):
 *
 *     ::error file=news/a.html,line=12,col=5,endLine=12,endColumn=40,title=Images need alt text (image-alt)::This image…
 *
 * Escaped as GitHub's toolkit does: `%`, CR and LF in the message; also `:` and `,` in the properties.
 */
export function githubWriter(): ReportWriter {
  return {
    add: (report) => report.findings.map((finding) => `${annotation(report.path, finding)}\n`).join(''),
    finish: () => '',
  };
}

function annotation(file: string, finding: Finding): string {
  const { start, end } = finding.range;
  const title = `${ruleById(finding.ruleId)?.meta.title ?? 'Content Bridge'} (${finding.ruleId})`;
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${start.line + 1}`,
    `col=${start.character + 1}`,
    `endLine=${end.line + 1}`,
    `endColumn=${end.character + 1}`,
    `title=${escapeProperty(title)}`,
  ];
  return `::${commands[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
