import * as vscode from 'vscode';
import type { Finding, Fix, Range, Severity } from '../../core';

/** Shown as the source of every diagnostic, so people know who is talking. */
export const diagnosticSource = 'Content Bridge';

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toVsSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

export function toDiagnostic(finding: Finding, docUri: (ruleId: string) => vscode.Uri | undefined): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, toVsSeverity(finding.severity));
  diagnostic.source = diagnosticSource;
  const target = docUri(finding.ruleId);
  diagnostic.code = target ? { value: finding.ruleId, target } : finding.ruleId;
  return diagnostic;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'string') return code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return undefined;
}

/** A fix as a workspace edit; an edit that places the cursor becomes a snippet so the user can type straight away. */
export function toWorkspaceEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const edits = fix.edits.map((textEdit) => {
    const range = new vscode.Range(document.positionAt(textEdit.start), document.positionAt(textEdit.end));
    if (textEdit.cursorOffset === undefined) return new vscode.TextEdit(range, textEdit.newText);
    const snippet = new vscode.SnippetString()
      .appendText(textEdit.newText.slice(0, textEdit.cursorOffset))
      .appendTabstop(0)
      .appendText(textEdit.newText.slice(textEdit.cursorOffset));
    return new vscode.SnippetTextEdit(range, snippet);
  });
  edit.set(document.uri, edits);
  return edit;
}
