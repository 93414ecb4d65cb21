import type { ComposedItRequest, ComposedSection, ComposedSectionRole, ItRequestDraft, ItRequestProblem, Redaction } from './model';
import { supportKindLabels, supportKindTrackerLabels } from './model';
import { redactSecrets } from './redaction/redact';
import { linkToLines, parseRemoteAddress, remoteWithoutCredentials } from './remoteAddress';
import { gentleNoticeWorkingDays, readableDate, workingDaysUntil } from './workingDays';

/** What the editor knows about where the communicator is working. Every part is optional but the versions. */
export interface ItRequestContext {
  /** The user's calendar day, `YYYY-MM-DD`, for the deadline note. */
  readonly today?: string;
  /** Workspace-relative path. */
  readonly file?: { readonly path: string; readonly languageId?: string };
  /** The selected text, with 1-based line numbers. */
  readonly selection?: { readonly text: string; readonly startLine: number; readonly endLine: number };
  /** Problems in the file; only those in the selection are listed when there is one. */
  readonly problems: readonly ItRequestProblem[];
  readonly git?: {
    readonly branch?: string;
    /** The remote address as configured; credentials in it are never carried into the request. */
    readonly remote?: string;
    /** The HEAD commit. */
    readonly lastCommit?: string;
    readonly uncommittedChanges?: number;
    /** Workspace-relative paths of files with uncommitted changes. */
    readonly uncommittedFiles?: readonly string[];
    /** Whether the HEAD commit is on the remote; undefined when unknown. */
    readonly headPushed?: boolean;
  };
  /** Such as "Hugo" or "Jekyll". */
  readonly siteGenerator?: string;
  readonly environment: {
    readonly appName: string;
    readonly vscodeVersion: string;
    readonly extensionVersion: string;
    readonly uiKind?: string;
    readonly remoteName?: string;
    /** Such as "Windows 11 (10.0.22631)" or "macOS 14.5". */
    readonly os?: string;
  };
}

export type ComposableDraft = Pick<ItRequestDraft, 'kind' | 'title' | 'need' | 'tried' | 'neededBy' | 'include'>;

/** Caps keep one broken page or a huge working tree from burying the request. */
const maxProblemsListed = 50;
const maxUncommittedFilesListed = 20;
const fallbackTitle = 'Help needed with website content';

/**
 * The request exactly as it will be shown and sent: title, Markdown body, labels, and what was hidden for safety.
 * Each part of the context appears only when its box is ticked.
 */
export function composeItRequest(draft: ComposableDraft, context: ItRequestContext): ComposedItRequest {
  const redactions: Redaction[] = [];
  const hide = (text: string, where: string, firstLine = 1): string => {
    const result = redactSecrets(text);
    for (const item of result.hidden)
      redactions.push({ what: item.what, where: lineWhere(where, firstLine + item.line - 1, firstLine > 1), line: firstLine + item.line - 1 });
    return result.text;
  };

  const title = hide(oneLine(draft.title) || fallbackTitle, 'the title');
  const sections: ComposedSection[] = [];
  const add = (role: ComposedSectionRole, heading: string, content: string) => sections.push({ role, heading, content });
  add('kind', 'Kind of support', supportKindLabels[draft.kind] ?? supportKindLabels.other);
  add('need', 'What I need', hide(draft.need.trim(), 'what is needed') || '_(not described)_');
  add('tried', 'What I have tried', hide(draft.tried.trim(), 'what was tried') || '_Nothing yet._');
  add('needed-by', 'Needed by', neededByText(draft.neededBy, context.today));

  const { include } = draft;
  const { file, selection } = context;
  if (include.fileAndSelection && file) {
    add('context', 'Where', whereText(context, include.linkToLines));
    if (selection && selection.text.length > 0) {
      const text = hide(selection.text, 'the selected text', selection.startLine);
      add('context', `Selected text (${lineSpan(selection.startLine, selection.endLine)})`, fenced(text, file.languageId));
    }
  } else if (include.linkToLines && file) {
    add('context', 'Where', linkText(context) ?? 'No link to these lines: this site has no hosted git repository Content Bridge knows.');
  }
  if (include.problems && file) {
    const inSelection = selection
      ? context.problems.filter((problem) => problem.line >= selection.startLine && problem.line <= selection.endLine)
      : context.problems;
    const heading = selection ? 'Problems found in the selected lines' : 'Problems found in this file';
    add('context', heading, hide(problemsText(inSelection), 'the problems found'));
  }
  if (include.git)
    add('context', 'Git', context.git ? hide(gitText(context.git), 'the git details') : 'This site is not in a git repository, or git is not available.');
  if (include.environment) add('context', 'Environment', environmentText(context));

  // A last pass over every part, in case a secret arrived some other way (a file name, a branch, a version string).
  for (const part of sections) {
    const finalPass = redactSecrets(part.content);
    for (const item of finalPass.hidden)
      redactions.push({ what: item.what, where: lineWhere(`the “${part.heading}” part`, item.line, false), line: item.line });
    part.content = finalPass.text;
  }
  if (redactions.length > 0) add('hidden', 'Hidden for safety', hiddenText(redactions));
  const closing = closingLine(context);
  const body = `${sections.map((part) => section(part.heading, part.content)).join('\n\n')}\n\n${closing}`;
  const labels = [supportKindTrackerLabels[draft.kind] ?? supportKindTrackerLabels.other];
  return { title, body, labels, redactions, sections, closing };
}

/** The line that ends every request. */
export function closingLine(context: Pick<ItRequestContext, 'environment'>): string {
  return `---\n_Prepared with Content Bridge ${context.environment.extensionVersion}._\n`;
}

/** "Needed by" in plain words, with a gentle note when the date is close. */
export function neededByText(neededBy: string | undefined, today: string | undefined): string {
  const date = neededBy?.trim();
  if (!date) return 'No deadline.';
  const readable = readableDate(date);
  if (!readable) return date;
  const days = today ? workingDaysUntil(today, date) : undefined;
  if (days !== undefined && days < gentleNoticeWorkingDays) {
    const when = days <= 0 ? 'This date is today or already past' : `This is ${days === 1 ? 'one working day' : `${days} working days`} away`;
    return `${readable}\n\n> ${when}. IT plans its work too — if it really cannot wait, a word on why helps them fit it in.`;
  }
  return readable;
}

function section(heading: string, content: string): string {
  return `## ${heading}\n\n${content}`;
}

function whereText(context: ItRequestContext, withLink: boolean): string {
  const { file, selection } = context;
  const lines = selection ? ` (${lineSpan(selection.startLine, selection.endLine)})` : '';
  const parts = [`File: \`${file!.path}\`${lines}`];
  if (withLink) {
    const link = linkText(context);
    if (link) parts.push(link);
  }
  return parts.join('\n\n');
}

/** The link to the lines, or why there is none; undefined when there is no git repository to speak of. */
function linkText(context: ItRequestContext): string | undefined {
  const { file, selection, git } = context;
  if (!file || !git?.remote || !git.lastCommit) return undefined;
  const repository = parseRemoteAddress(git.remote);
  if (!repository) return 'No link to these lines: the repository is not on GitHub, GitLab, Bitbucket or Azure DevOps.';
  const short = git.lastCommit.slice(0, 7);
  if (git.headPushed === false) return `No link to these lines yet: the latest commit (\`${short}\`) is not pushed, so IT cannot open it.`;
  const url = linkToLines(repository, git.lastCommit, file.path, selection ? { start: selection.startLine, end: selection.endLine } : undefined);
  const changed = git.uncommittedFiles?.includes(file.path) ? '\n\nThis file has changes that are not committed yet, so the lines there may differ.' : '';
  return `Link to ${selection ? 'these lines' : 'this file'}: ${url}${changed}`;
}

function lineSpan(start: number, end: number): string {
  return start === end ? `line ${start}` : `lines ${start}–${end}`;
}

function lineWhere(where: string, line: number, fileLines: boolean): string {
  return fileLines ? `${where}, line ${line} of the file` : line > 1 ? `${where}, line ${line}` : where;
}

/** A code fence longer than any run of backticks inside, so the text cannot break out of it. */
function fenced(text: string, languageId?: string): string {
  let longestRun = 0;
  let run = 0;
  for (const character of text) {
    run = character === '`' ? run + 1 : 0;
    if (run > longestRun) longestRun = run;
  }
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${languageId ?? ''}\n${text.trimEnd()}\n${fence}`;
}

function problemsText(problems: readonly ItRequestProblem[]): string {
  if (problems.length === 0) return 'None.';
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const listed = sorted.slice(0, maxProblemsListed).map((problem) => {
    const source = problem.source && problem.source !== 'Content Bridge' ? ` (${problem.source})` : '';
    return `- Line ${problem.line}, column ${problem.column} — **${severityLabel(problem.severity)}**${source}: ${oneLine(problem.message)}`;
  });
  const more = sorted.length > maxProblemsListed ? `\n- …and ${sorted.length - maxProblemsListed} more.` : '';
  return listed.join('\n') + more;
}

function severityLabel(severity: ItRequestProblem['severity']): string {
  return { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' }[severity] ?? 'Note';
}

function oneLine(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ');
}

function gitText(git: NonNullable<ItRequestContext['git']>): string {
  const lines: string[] = [];
  if (git.branch) lines.push(`- Branch: \`${git.branch}\``);
  if (git.lastCommit) lines.push(`- Latest commit: \`${git.lastCommit}\`${git.headPushed === false ? ' (not pushed yet)' : ''}`);
  const files = git.uncommittedFiles ?? [];
  const count = git.uncommittedChanges ?? (git.uncommittedFiles ? files.length : undefined);
  if (count !== undefined) {
    lines.push(`- Uncommitted changes: ${count === 0 ? 'none' : `${count} file${count === 1 ? '' : 's'}`}`);
    for (const path of files.slice(0, maxUncommittedFilesListed)) lines.push(`  - \`${path}\``);
    if (files.length > maxUncommittedFilesListed) lines.push(`  - …and ${files.length - maxUncommittedFilesListed} more`);
  }
  if (git.remote) lines.push(`- Remote: ${remoteWithoutCredentials(git.remote)}`);
  return lines.length > 0 ? lines.join('\n') : 'This site is not in a git repository, or git is not available.';
}

function environmentText(context: ItRequestContext): string {
  const { environment } = context;
  const lines = [`- Editor: ${environment.appName} ${environment.vscodeVersion}`, `- Content Bridge: ${environment.extensionVersion}`];
  if (environment.os) lines.push(`- Operating system: ${environment.os}`);
  if (environment.uiKind) lines.push(`- Runs in: ${environment.uiKind}`);
  if (environment.remoteName) lines.push(`- Remote: ${environment.remoteName}`);
  if (context.siteGenerator) lines.push(`- Site generator: ${context.siteGenerator}`);
  return lines.join('\n');
}

function hiddenText(redactions: readonly Redaction[]): string {
  const intro = `Content Bridge hid ${redactions.length === 1 ? 'something that looks' : `${redactions.length} things that look`} like a password or key before this request was shown or sent:`;
  return [intro, '', ...redactions.map((item) => `- ${capitalise(item.what)} in ${item.where}`)].join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
