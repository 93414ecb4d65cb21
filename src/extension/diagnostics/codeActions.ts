import * as vscode from 'vscode';
import { disableEditsForMarkdown, disableForFileEdit, disableForLineEdit, ruleById, type Finding, type Fix, type TextEdit } from '../../core';
import { diagnosticSource, ruleIdOf, toVsRange, toWorkspaceEdit } from './convert';
import { kindOf, type FindingsCache } from './findingsCache';
import { checkedLanguages } from './htmlDiagnostics';
import { showRuleDocCommand } from '../ruleDocs';
import { fixWithTextCommand, type FixWithTextArguments } from './fixCommands';
import { checkTitle, turnOffForEveryoneCommand } from './turnOffForEveryone';

/**
 * On the Content Bridge problems under the cursor, in this order: every fix (the preferred one first), "Why this
 * matters", turning the check off for this line or this file, and last — apart, and asking first — turning it off for
 * everyone in the site. The order keeps the one-click fixes where the eye lands and the team-wide change furthest away.
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
    const fixes: vscode.CodeAction[] = [];
    const explanations: vscode.CodeAction[] = [];
    const localDisables: vscode.CodeAction[] = [];
    const teamWide: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((candidate) => matches(candidate, diagnostic));
      if (!finding) continue;
      finding.fixes.forEach((fix, index) => fixes.push(fixAction(document, diagnostic, fix, index === 0)));
      const rule = ruleById(finding.ruleId);
      if (rule) explanations.push(explainAction(diagnostic, rule.meta.id, rule.meta.title));
      localDisables.push(...disableActions(document, text, diagnostic, finding));
      const everyone = turnOffForEveryoneAction(document, diagnostic, finding);
      if (everyone) teamWide.push(everyone);
    }
    return [...fixes, ...explanations, ...localDisables, ...teamWide];
  }
}

function explainAction(diagnostic: vscode.Diagnostic, ruleId: string, title: string): vscode.CodeAction {
  const explain = new vscode.CodeAction(vscode.l10n.t('Why this matters: {0}', title), vscode.CodeActionKind.QuickFix);
  explain.diagnostics = [diagnostic];
  explain.command = { title: vscode.l10n.t('Why this matters'), command: showRuleDocCommand, arguments: [ruleId] };
  return explain;
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

/** "Turn off … for this line / file": comments in the page itself, for this page only. */
function disableActions(document: vscode.TextDocument, text: string, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction[] {
  const edits = disableEdits(document, text, finding);
  const title = checkTitle(finding.ruleId);
  const actions: vscode.CodeAction[] = [];
  if (edits.forLine) {
    const line = new vscode.CodeAction(vscode.l10n.t('Turn off “{0}” for this line', title), vscode.CodeActionKind.QuickFix);
    line.diagnostics = [diagnostic];
    line.edit = toWorkspaceEdit(document, { title: line.title, edits: [edits.forLine] });
    actions.push(line);
  }
  const file = new vscode.CodeAction(vscode.l10n.t('Turn off “{0}” for this file', title), vscode.CodeActionKind.QuickFix);
  file.diagnostics = [diagnostic];
  file.edit = toWorkspaceEdit(document, { title: file.title, edits: [edits.forFile] });
  actions.push(file);
  return actions;
}

/** The team-wide switch in `.contentbridge.json`: only for a page inside a workspace folder; it asks before changing. */
function turnOffForEveryoneAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction | undefined {
  if (!vscode.workspace.getWorkspaceFolder(document.uri)) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Turn off “{0}” for everyone in this site', checkTitle(finding.ruleId)), vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { title: action.title, command: turnOffForEveryoneCommand, arguments: [document.uri.toString(), finding.ruleId] };
  return action;
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
