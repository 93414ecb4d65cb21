import * as vscode from 'vscode';
import type { ItRequestInput, ItRequestProblem } from '../../core';
import { readGitState } from './gitState';

export type EditorContext = Pick<ItRequestInput, 'file' | 'selection' | 'problems' | 'git' | 'environment'>;

/** Collects what IT needs to know about where the communicator is working: file, selection, problems, git, versions. */
export async function gatherEditorContext(editor: vscode.TextEditor | undefined, extensionVersion: string): Promise<EditorContext> {
  const document = editor?.document;
  const git = await readGitState(document?.uri);
  return {
    file: document ? { path: vscode.workspace.asRelativePath(document.uri, false), languageId: document.languageId } : undefined,
    selection: editor && !editor.selection.isEmpty ? selectionOf(editor) : undefined,
    problems: document ? vscode.languages.getDiagnostics(document.uri).map(toProblem) : [],
    git,
    environment: {
      appName: vscode.env.appName,
      vscodeVersion: vscode.version,
      extensionVersion,
      uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'VS Code in a web browser' : 'VS Code desktop',
      remoteName: vscode.env.remoteName,
    },
  };
}

function selectionOf(editor: vscode.TextEditor): ItRequestInput['selection'] {
  const { selection, document } = editor;
  // A selection that ends at the start of a line does not really include that line.
  const endLine = selection.end.character === 0 && selection.end.line > selection.start.line ? selection.end.line - 1 : selection.end.line;
  return { text: document.getText(selection), startLine: selection.start.line + 1, endLine: endLine + 1 };
}

function toProblem(diagnostic: vscode.Diagnostic): ItRequestProblem {
  const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : diagnostic.code?.toString();
  return {
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    severity: severityName(diagnostic.severity),
    code,
    source: diagnostic.source,
    message: diagnostic.message,
  };
}

function severityName(severity: vscode.DiagnosticSeverity): ItRequestProblem['severity'] {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error:
      return 'error';
    case vscode.DiagnosticSeverity.Warning:
      return 'warning';
    case vscode.DiagnosticSeverity.Information:
      return 'info';
    default:
      return 'hint';
  }
}
