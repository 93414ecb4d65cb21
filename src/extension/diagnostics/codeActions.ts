import * as vscode from 'vscode';
import { disableEditsForMarkdown, disableForFileEdit, disableForLineEdit, ruleById, type Finding, type Fix, type TextEdit } from '../../core';
import { diagnosticSource, ruleIdOf, toVsRange, toWorkspaceEdit } from './convert';
import { kindOf, type FindingsCache } from './findingsCache';
import { checkedLanguages } from './htmlDiagnostics';
import { showRuleDocCommand } from '../ruleDocs';
import { disableInProjectCommand, fixWithTextCommand, type FixWithTextArguments } from './fixCommands';

/**
 * On each Content Bridge diagnostic: its fixes (the preferred one first), then
 * "Disable for this line / file / in project config", then "Why this matters".
 */
class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: FindingsCache) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === diagnosticSource);
    if (ours.length === 0) return [];
    // A large page's findings come from the background check; none while the page is changing under it.
    const findings = (await this.cache.findingsForLatest(document)) ?? [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((candidate) => matches(candidate, diagnostic));
      const rule = ruleById(ruleIdOf(diagnostic));
      if (!finding) continue;
      finding.fixes.forEach((fix, index) => actions.push(fixAction(document, diagnostic, fix, index === 0)));
      actions.push(...disableActions(document, text, diagnostic, finding));
      if (!rule) continue;
      const explain = new vscode.CodeAction(`Why this matters: ${rule.meta.title}`, vscode.CodeActionKind.QuickFix);
      explain.diagnostics = [diagnostic];
      explain.command = { title: 'Why this matters', command: showRuleDocCommand, arguments: [rule.meta.id] };
      actions.push(explain);
    }
    return actions;
  }
}

function fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  if (fix.ask) {
    const args: FixWithTextArguments = { uri: document.uri.toString(), version: document.version, title: fix.title, request: fix.ask };
    action.command = { title: fix.title, command: fixWithTextCommand, arguments: [args] };
  } else {
    action.edit = toWorkspaceEdit(document, fix);
  }
  return action;
}

/**
 * The comments that turn a check off for a line or the file: HTML comments in HTML; in Markdown the engine's, which
 * leaves out the line one where a comment line would change the page (inside a list, a quote or a paragraph).
 */
function disableEdits(document: vscode.TextDocument, text: string, finding: Finding): { readonly forLine?: TextEdit; readonly forFile: TextEdit } {
  if (kindOf(document) === 'markdown') return disableEditsForMarkdown(text, finding);
  return { forLine: disableForLineEdit(text, finding), forFile: disableForFileEdit(text, finding.ruleId) };
}

function disableActions(document: vscode.TextDocument, text: string, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction[] {
  const edits = disableEdits(document, text, finding);
  const actions: vscode.CodeAction[] = [];
  if (edits.forLine) {
    const line = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
    line.diagnostics = [diagnostic];
    line.edit = toWorkspaceEdit(document, { title: line.title, edits: [edits.forLine] });
    actions.push(line);
  }
  const file = new vscode.CodeAction(`Disable ${finding.ruleId} for this file`, vscode.CodeActionKind.QuickFix);
  file.diagnostics = [diagnostic];
  file.edit = toWorkspaceEdit(document, { title: file.title, edits: [edits.forFile] });
  actions.push(file);
  if (vscode.workspace.getWorkspaceFolder(document.uri)) {
    const project = new vscode.CodeAction(`Disable ${finding.ruleId} in project config`, vscode.CodeActionKind.QuickFix);
    project.diagnostics = [diagnostic];
    project.command = { title: project.title, command: disableInProjectCommand, arguments: [document.uri.toString(), finding.ruleId] };
    actions.push(project);
  }
  return actions;
}

function matches(finding: Finding, diagnostic: vscode.Diagnostic): boolean {
  return finding.ruleId === ruleIdOf(diagnostic) && toVsRange(finding.range).isEqual(diagnostic.range);
}

export function registerFindingCodeActions(cache: FindingsCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    checkedLanguages.map((language) => ({ language })),
    new FindingCodeActions(cache),
    { providedCodeActionKinds: FindingCodeActions.kinds },
  );
}
