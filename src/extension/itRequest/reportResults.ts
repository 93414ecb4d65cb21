import * as vscode from 'vscode';

/** The answers to "Report results": what went live, what changed, what people said, and thanks. */
export interface ResultsReport {
  readonly wentLive: string;
  readonly changed: string;
  readonly feedback: string;
  readonly thanks: string;
}

export interface ResultsQuestion {
  readonly key: keyof ResultsReport;
  readonly title: string;
  readonly prompt: string;
  readonly placeHolder: string;
}

/** The questions, in the language VS Code shows. */
export function resultsQuestions(): readonly ResultsQuestion[] {
  return [
    {
      key: 'wentLive',
      title: vscode.l10n.t('What went live?'),
      prompt: vscode.l10n.t('The page, feature or fix, and when people could see it.'),
      placeHolder: vscode.l10n.t('For example: The new events page went live on Monday'),
    },
    {
      key: 'changed',
      title: vscode.l10n.t('What changed?'),
      prompt: vscode.l10n.t('Numbers if you have them, or what is easier now. Good or bad, it helps IT.'),
      placeHolder: vscode.l10n.t('For example: Sign-ups doubled in the first week'),
    },
    {
      key: 'feedback',
      title: vscode.l10n.t('What did people say?'),
      prompt: vscode.l10n.t('Readers, colleagues, managers: a line or two.'),
      placeHolder: vscode.l10n.t('For example: The events team says it saves them an hour a week'),
    },
    {
      key: 'thanks',
      title: vscode.l10n.t('Who would you like to thank?'),
      prompt: vscode.l10n.t('The people in IT (or elsewhere) who made it happen.'),
      placeHolder: vscode.l10n.t('For example: Sam and Priya for turning it round in two days'),
    },
  ];
}

/** The comment posted to the issue: short headings, only the answers given. */
export function resultsComment(report: ResultsReport): string {
  const parts = [`## ${vscode.l10n.t('Results')}`];
  const add = (heading: string, text: string) => {
    if (text.trim()) parts.push(`**${heading}** ${text.trim()}`);
  };
  add(vscode.l10n.t('What went live:'), report.wentLive);
  add(vscode.l10n.t('What changed:'), report.changed);
  add(vscode.l10n.t('What people said:'), report.feedback);
  add(vscode.l10n.t('Thank you:'), report.thanks);
  parts.push(`_${vscode.l10n.t('Reported back with Content Bridge.')}_`);
  return parts.join('\n\n');
}
