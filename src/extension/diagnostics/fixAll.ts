import * as vscode from 'vscode';
import { safeFixEdits } from '../../core';
import type { FindingsCache } from './findingsCache';
import { checkedLanguages } from './htmlDiagnostics';

/** `source.fixAll.contentBridge`: for "editor.codeActionsOnSave" and the Source Action menu. */
export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('contentBridge');

/** Applies every safe fix in the file at once; fixes that need judgement or words stay one by one. */
class FixAllProvider implements vscode.CodeActionProvider {
  static readonly kinds = [fixAllKind];

  constructor(private readonly cache: FindingsCache) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(fixAllKind)) return [];
    const { edits, fixedCount } = safeFixEdits((await this.cache.findingsForLatest(document)) ?? []);
    if (fixedCount === 0) return [];
    const action = new vscode.CodeAction(`Fix all safe Content Bridge problems (${fixedCount})`, fixAllKind);
    const edit = new vscode.WorkspaceEdit();
    edit.set(
      document.uri,
      edits.map((change) => new vscode.TextEdit(new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText)),
    );
    action.edit = edit;
    return [action];
  }
}

export function registerFixAll(cache: FindingsCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    checkedLanguages.map((language) => ({ language })),
    new FixAllProvider(cache),
    { providedCodeActionKinds: FixAllProvider.kinds },
  );
}
