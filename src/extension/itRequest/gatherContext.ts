import * as vscode from 'vscode';
import type { ItRequestContext, ItRequestProblem } from '../../core';
import { detectSiteGenerator, type SiteGenerator } from '../../core/site/generator';
import { readGitState } from './gitState';

/** The editor context kept with a draft; `today` is added each time the request is composed. */
export type EditorContext = Omit<ItRequestContext, 'today'>;

/**
 * Collects what IT needs to know about where the communicator is working: file, selection, problems, git,
 * site generator, versions. Taken once, when the request is started, and kept with the draft.
 */
export async function gatherEditorContext(editor: vscode.TextEditor | undefined, extensionVersion: string): Promise<EditorContext> {
  const document = editor?.document;
  const git = await readGitState(document?.uri);
  return {
    file: document && !document.isUntitled ? { path: vscode.workspace.asRelativePath(document.uri, false), languageId: document.languageId } : undefined,
    selection: editor && !editor.selection.isEmpty ? selectionOf(editor) : undefined,
    problems: document ? vscode.languages.getDiagnostics(document.uri).map(toProblem) : [],
    git,
    siteGenerator: await siteGeneratorOf(document?.uri),
    environment: {
      appName: vscode.env.appName,
      vscodeVersion: vscode.version,
      extensionVersion,
      uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'VS Code in a web browser' : 'VS Code desktop',
      remoteName: vscode.env.remoteName,
      os: operatingSystem(),
    },
  };
}

const generatorNames: Readonly<Record<SiteGenerator, string>> = {
  hugo: 'Hugo',
  jekyll: 'Jekyll',
  eleventy: 'Eleventy',
  astro: 'Astro',
  docusaurus: 'Docusaurus',
  mkdocs: 'MkDocs',
  plain: 'Plain HTML (no site generator found)',
};

async function siteGeneratorOf(uri: vscode.Uri | undefined): Promise<string | undefined> {
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder.uri);
    const names = entries.map(([name]) => name);
    let packageJson: unknown;
    if (names.includes('package.json')) {
      try {
        packageJson = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'package.json'))));
      } catch {
        packageJson = undefined; // A broken package.json says nothing about the generator.
      }
    }
    return generatorNames[detectSiteGenerator(names, packageJson)];
  } catch {
    return undefined;
  }
}

/** The operating system in plain words, where the extension host can tell (Node's process; a browser's user agent). */
function operatingSystem(): string | undefined {
  const platform = (globalThis as { process?: { platform?: string } }).process?.platform;
  if (platform) return { win32: 'Windows', darwin: 'macOS', linux: 'Linux' }[platform] ?? platform;
  const agent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent;
  return agent ? `A web browser (${agent})` : undefined;
}

function selectionOf(editor: vscode.TextEditor): ItRequestContext['selection'] {
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
