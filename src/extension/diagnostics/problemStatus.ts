import * as vscode from 'vscode';
import { isChecked } from './htmlDiagnostics';

/** What the problem count in the status bar shows, for the integration tests to read. */
export interface ProblemStatusView {
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
}

interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
}

/**
 * The page's problems in the status bar, in words ("This page: 1 error, 2 warnings"), counted from what the Problems
 * panel lists for the page in front of the user, so the two always agree. A click opens the Problems list.
 */
export function registerProblemStatus(): { readonly disposable: vscode.Disposable; readonly view: () => ProblemStatusView } {
  const item = vscode.window.createStatusBarItem('contentBridge.problems', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Content Bridge: problems on this page');
  item.command = { title: vscode.l10n.t('Show the problems'), command: 'workbench.actions.view.problems' };
  let visible = false;

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isChecked(document)) {
      visible = false;
      item.hide();
      return;
    }
    const counts = countProblems(vscode.languages.getDiagnostics(document.uri));
    item.text = statusText(counts);
    item.tooltip = statusTooltip(counts);
    visible = true;
    item.show();
  };

  update();
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const shown = vscode.window.activeTextEditor?.document.uri.toString();
      if (shown && event.uris.some((uri) => uri.toString() === shown)) update();
    }),
  );
  return { disposable, view: () => ({ visible, text: item.text, tooltip: typeof item.tooltip === 'string' ? item.tooltip : '' }) };
}

function countProblems(diagnostics: readonly vscode.Diagnostic[]): Counts {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Information) notes++;
  }
  return { errors, warnings, notes };
}

function statusText({ errors, warnings, notes }: Counts): string {
  if (errors + warnings + notes === 0) return `$(check) ${vscode.l10n.t('This page: no problems')}`;
  const parts: string[] = [];
  if (errors > 0) parts.push(errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors));
  if (warnings > 0) parts.push(warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings));
  if (notes > 0) parts.push(notes === 1 ? vscode.l10n.t('1 tip') : vscode.l10n.t('{0} tips', notes));
  const icon = errors > 0 ? '$(error)' : warnings > 0 ? '$(warning)' : '$(info)';
  return `${icon} ${vscode.l10n.t('This page: {0}', parts.join(', '))}`;
}

function statusTooltip({ errors, warnings, notes }: Counts): string {
  if (errors + warnings + notes === 0) return vscode.l10n.t('Nothing to fix on this page right now. Click to open the Problems list.');
  return vscode.l10n.t(
    'Errors stop readers or search engines from using the page and need fixing; warnings are worth fixing; tips are suggestions. Click to see them all in the Problems list, with a fix for each.',
  );
}
