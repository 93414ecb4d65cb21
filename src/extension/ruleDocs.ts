import * as vscode from 'vscode';
import { ruleById } from '../core';

export const showRuleDocCommand = 'contentBridge.showRuleDoc';

/** Finds each rule's plain-language doc page inside the installed extension. */
export class RuleDocs {
  constructor(private readonly extensionUri: vscode.Uri) {}

  uriFor(ruleId: string): vscode.Uri | undefined {
    const rule = ruleById(ruleId);
    return rule ? vscode.Uri.joinPath(this.extensionUri, rule.meta.docPath) : undefined;
  }
}

/** "Why this matters": opens a rule's doc page rendered, beside the page being edited. */
export function registerRuleDocCommand(ruleDocs: RuleDocs): vscode.Disposable {
  return vscode.commands.registerCommand(showRuleDocCommand, async (ruleId: unknown) => {
    const uri = typeof ruleId === 'string' ? ruleDocs.uriFor(ruleId) : undefined;
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Content Bridge has no explanation page for "{0}".', String(ruleId)));
      return;
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      // Without the Markdown preview (disabled built-in), the page still opens as text.
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
  });
}
