import * as vscode from 'vscode';
import { safeFixEdits } from '../../core';
import type { FindingsCache } from './findingsCache';
import { checkedLanguages } from './htmlDiagnostics';
import { checkTitle } from './turnOffForEveryone';
import { prompts } from '../userPrompts';

/** `source.fixAll.contentBridge`: for "editor.codeActionsOnSave" and the Source Action menu. */
export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('contentBridge');

/** Runs after fix-all's edit (VS Code applies a code action's edit, then its command) and says what changed. */
export const reportFixAllCommand = 'contentBridge.reportFixAll';

/** Applies every safe fix in the file at once; fixes that need judgement or words stay one by one. */
class FixAllProvider implements vscode.CodeActionProvider {
  static readonly kinds = [fixAllKind];

  constructor(private readonly cache: FindingsCache) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(fixAllKind)) return [];
    const { edits, fixedCount, fixedRuleIds } = safeFixEdits((await this.cache.findingsForLatest(document)) ?? []);
    if (fixedCount === 0) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all safe Content Bridge problems ({0})', fixedCount), fixAllKind);
    const edit = new vscode.WorkspaceEdit();
    edit.set(
      document.uri,
      edits.map((change) => new vscode.TextEdit(new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText)),
    );
    action.edit = edit;
    action.command = { title: action.title, command: reportFixAllCommand, arguments: [fixAllReport(fixedRuleIds)] };
    return [action];
  }
}

/** "Fixed 3 problems: 2 × Links need a real address, 1 × Pages need a language", most frequent first. */
export function fixAllReport(fixedRuleIds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const ruleId of fixedRuleIds) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([ruleId, count]) => `${count} × ${checkTitle(ruleId)}`)
    .join(', ');
  return fixedRuleIds.length === 1 ? vscode.l10n.t('Fixed 1 problem: {0}', parts) : vscode.l10n.t('Fixed {0} problems: {1}', fixedRuleIds.length, parts);
}

export function registerFixAll(cache: FindingsCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(
      checkedLanguages.map((language) => ({ language })),
      new FixAllProvider(cache),
      { providedCodeActionKinds: FixAllProvider.kinds },
    ),
    vscode.commands.registerCommand(reportFixAllCommand, (report: unknown) => {
      if (typeof report === 'string') void prompts().inform(report);
    }),
  );
}
