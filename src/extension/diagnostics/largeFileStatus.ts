import * as vscode from 'vscode';
import { checkingSettings, settingsSection } from '../settings';
import { isCheckedOnSaveOnly, isChecked } from './htmlDiagnostics';

/** Says in the status bar when the page in front of the user is checked on save only, because it is very large. */
export function registerLargeFileStatus(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('contentBridge.largeFile', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Content Bridge: large file');
  item.text = `$(clock) ${vscode.l10n.t('Checked on save')}`;
  item.command = { title: vscode.l10n.t('Open setting'), command: 'workbench.action.openSettings', arguments: [checkingSettings.largestPageWhileTyping] };

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document && isChecked(document) && isCheckedOnSaveOnly(document)) {
      const size = (document.getText().length / (1024 * 1024)).toFixed(1);
      item.tooltip = vscode.l10n.t(
        'This page is large ({0} MB), so Content Bridge checks it when you open or save it, not while you type. Click to change the limit.',
        size,
      );
      item.show();
    } else {
      item.hide();
    }
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(settingsSection)) update();
    }),
  );
}
