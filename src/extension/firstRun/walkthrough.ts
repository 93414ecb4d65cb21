import * as vscode from 'vscode';

export const openWalkthroughCommand = 'contentBridge.openWalkthrough';
/** The id of the walkthrough in package.json's `contributes.walkthroughs`. */
export const walkthroughName = 'firstDay';
/** Set once the walkthrough has opened by itself, so it does so only on the very first start. */
const openedOnceKey = 'contentBridge.walkthroughOpenedOnce';

/**
 * "Content Bridge: Get Started" opens the first-day walkthrough; it also opens by itself the first time the installed
 * extension starts (not under development or test, where it would cover the editor the tests work in).
 */
export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable {
  const walkthroughId = `${context.extension.id}#${walkthroughName}`;
  const open = () => vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughId, false);
  if (context.extensionMode === vscode.ExtensionMode.Production && !context.globalState.get<boolean>(openedOnceKey)) {
    void context.globalState.update(openedOnceKey, true).then(open);
  }
  return vscode.commands.registerCommand(openWalkthroughCommand, open);
}
