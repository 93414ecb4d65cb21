import * as vscode from 'vscode';
import { ruleById, type Finding } from '../../core';
import { diagnosticSource, ruleIdOf, toVsRange, toWorkspaceEdit } from './convert';
import type { FindingsCache } from './findingsCache';
import { checkedLanguages } from './htmlDiagnostics';
import { showRuleDocCommand } from '../ruleDocs';

/** Offers each finding's fix, and a "Why this matters" link to its doc page. */
class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: FindingsCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === diagnosticSource);
    if (ours.length === 0) return [];
    const findings = this.cache.findingsFor(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((candidate) => matches(candidate, diagnostic));
      const fix = finding?.fixes[0];
      if (fix) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        action.edit = toWorkspaceEdit(document, fix);
        actions.push(action);
      }
      const rule = ruleById(ruleIdOf(diagnostic));
      if (rule) {
        const explain = new vscode.CodeAction(`Why this matters: ${rule.meta.title}`, vscode.CodeActionKind.QuickFix);
        explain.diagnostics = [diagnostic];
        explain.command = { title: 'Why this matters', command: showRuleDocCommand, arguments: [rule.meta.id] };
        actions.push(explain);
      }
    }
    return actions;
  }
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
