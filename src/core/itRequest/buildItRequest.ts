import type { ItRequestProblem } from './model';

export type { ItRequestProblem } from './model';

export interface ItRequestInput {
  readonly title: string;
  /** What the communicator needs, in their own words. */
  readonly need: string;
  readonly neededBy?: string;
  readonly alreadyTried?: string;
  readonly file?: { readonly path: string; readonly languageId?: string };
  /** The selected text, with 1-based line numbers. */
  readonly selection?: { readonly text: string; readonly startLine: number; readonly endLine: number };
  readonly problems: readonly ItRequestProblem[];
  readonly git?: {
    readonly branch?: string;
    readonly remote?: string;
    readonly lastCommit?: string;
    readonly uncommittedChanges?: number;
  };
  readonly environment: {
    readonly appName: string;
    readonly vscodeVersion: string;
    readonly extensionVersion: string;
    readonly uiKind?: string;
    readonly remoteName?: string;
  };
}

export interface ItRequest {
  readonly title: string;
  /** Markdown, ready for an issue tracker. */
  readonly body: string;
}

/** Caps the problem list so one broken page cannot bury the request. */
const maxProblemsListed = 50;

/** Builds a clear, self-contained issue for the IT team from what the communicator was working on. */
export function buildItRequest(input: ItRequestInput): ItRequest {
  const sections: string[] = [];
  sections.push(section('What I need', input.need.trim() || '_(not described)_'));
  if (input.neededBy?.trim()) sections.push(section('Needed by', input.neededBy.trim()));
  if (input.alreadyTried?.trim()) sections.push(section('What I have tried', input.alreadyTried.trim()));
  if (input.file) sections.push(section('Where', whereText(input)));
  if (input.selection && input.selection.text.length > 0) {
    sections.push(section(`Selected text (${lineSpan(input.selection.startLine, input.selection.endLine)})`, fenced(input.selection.text, input.file?.languageId)));
  }
  if (input.file) sections.push(section('Problems Content Bridge found in this file', problemsText(input.problems)));
  if (input.git) sections.push(section('Git', gitText(input.git)));
  sections.push(section('Environment', environmentText(input.environment)));
  const body = `${sections.join('\n\n')}\n\n---\n_Prepared with Content Bridge ${input.environment.extensionVersion}._\n`;
  return { title: input.title.trim() || 'Help needed with website content', body };
}

function section(heading: string, content: string): string {
  return `## ${heading}\n\n${content}`;
}

function whereText(input: ItRequestInput): string {
  const file = input.file!;
  const lines = input.selection ? ` (${lineSpan(input.selection.startLine, input.selection.endLine)})` : '';
  return `File: \`${file.path}\`${lines}`;
}

function lineSpan(start: number, end: number): string {
  return start === end ? `line ${start}` : `lines ${start}–${end}`;
}

/** A code fence longer than any run of backticks inside, so the text cannot break out of it. */
function fenced(text: string, languageId?: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${languageId ?? ''}\n${text.replace(/\s+$/, '')}\n${fence}`;
}

function problemsText(problems: readonly ItRequestProblem[]): string {
  if (problems.length === 0) return 'None.';
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const listed = sorted.slice(0, maxProblemsListed).map((problem) => {
    const code = problem.code ? ` \`${problem.code}\`` : '';
    const source = problem.source && problem.source !== 'Content Bridge' ? ` (${problem.source})` : '';
    return `- Line ${problem.line}, column ${problem.column} — **${severityLabel(problem.severity)}**${code}${source}: ${oneLine(problem.message)}`;
  });
  const more = sorted.length > maxProblemsListed ? `\n- …and ${sorted.length - maxProblemsListed} more.` : '';
  return listed.join('\n') + more;
}

function severityLabel(severity: ItRequestProblem['severity']): string {
  return { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' }[severity];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function gitText(git: NonNullable<ItRequestInput['git']>): string {
  const lines: string[] = [];
  if (git.branch) lines.push(`- Branch: \`${git.branch}\``);
  if (git.lastCommit) lines.push(`- Last commit: \`${git.lastCommit}\``);
  if (git.uncommittedChanges !== undefined) lines.push(`- Uncommitted changes: ${git.uncommittedChanges} file${git.uncommittedChanges === 1 ? '' : 's'}`);
  if (git.remote) lines.push(`- Remote: ${git.remote}`);
  return lines.length > 0 ? lines.join('\n') : 'Not a git repository, or git is not available.';
}

function environmentText(environment: ItRequestInput['environment']): string {
  const lines = [
    `- Editor: ${environment.appName} ${environment.vscodeVersion}`,
    `- Content Bridge: ${environment.extensionVersion}`,
  ];
  if (environment.uiKind) lines.push(`- Runs in: ${environment.uiKind}`);
  if (environment.remoteName) lines.push(`- Remote: ${environment.remoteName}`);
  return lines.join('\n');
}
