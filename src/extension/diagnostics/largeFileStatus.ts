import * as vscode from 'vscode';
import { checkingSettings, settingsSection } from '../settings';
import { isCheckedOnSaveOnly, isChecked } from './htmlDiagnostics';

/** Says in the status bar when the page in front of the user is checked on save only, because it is very large. */
export function registerLargeFileStatus(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('contentBridge.largeFile', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Content Bridge: large file';
  item.text = '$(clock) Checked on save';
  item.command = { title: 'Open setting', command: 'workbench.action.openSettings', arguments: [checkingSettings.largestPageWhileTyping] };

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document && isChecked(document) && isCheckedOnSaveOnly(document)) {
      const size = (document.getText().length / (1024 * 1024)).toFixed(1);
      item.tooltip = `This page is large (${size} MB), so Content Bridge checks it when you open or save it, not while you type. Click to change the limit.`;
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
