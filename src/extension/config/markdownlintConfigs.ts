import * as vscode from 'vscode';
import { watchFolderFiles } from './watchFolderFiles';
import { chooseMarkdownlintConfigFile, javaScriptConfigNote, markdownlintConfigSearchOrder, parseMarkdownlintConfig } from '../../core';
import { diagnosticSource } from '../diagnostics/convert';

/** A folder's markdownlint settings, as read from its file: rule names to true, false or options. */
export type MarkdownlintConfig = Readonly<Record<string, unknown>>;

/**
 * Each workspace folder's markdownlint settings, found as vscode-markdownlint finds them (`.markdownlint-cli2.jsonc`,
 * `.markdownlint-cli2.yaml`, then `.markdownlint.jsonc`, `.json`, `.yaml`, `.yml` at the folder's root) and kept
 * current as they are saved, created or deleted. JavaScript settings files are never run: they get one note and the
 * next file (or markdownlint's defaults) is used. A file with a mistake gets one problem of its own, and the
 * Markdown checks keep markdownlint's defaults until it is fixed.
 */
export class MarkdownlintConfigs implements vscode.Disposable {
  private readonly configs = new Map<string, MarkdownlintConfig>();
  private readonly notes = vscode.languages.createDiagnosticCollection('content-bridge-markdownlint-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Resolves once every folder's settings have been read, so the first check already uses them. */
  readonly ready: Promise<void>;

  /** Fires after any folder's markdownlint settings changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscriptions.push(
      watchFolderFiles({
        glob: `**/{${markdownlintConfigSearchOrder.join(',')}}`,
        isFileOf: isAtRootOf,
        reloadFolder: (folder) => this.load(folder),
        reloadAll: () => this.loadAll(),
        changed: this.changed,
      }),
      this.notes,
      this.changed,
    );
    this.ready = this.loadAll();
  }

  /** The markdownlint settings for a document (undefined: markdownlint's defaults, as Content Bridge chooses them). */
  configFor(uri: vscode.Uri): MarkdownlintConfig | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.configs.get(folder.uri.toString());
  }

  private async loadAll(): Promise<void> {
    this.configs.clear();
    this.notes.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.load(folder)));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const texts = new Map<string, string>();
    await Promise.all(
      markdownlintConfigSearchOrder.map(async (name) => {
        const text = await readIfPresent(vscode.Uri.joinPath(folder.uri, name));
        if (text !== undefined) texts.set(name, text);
      }),
    );
    for (const name of markdownlintConfigSearchOrder) this.notes.delete(vscode.Uri.joinPath(folder.uri, name));
    this.configs.delete(folder.uri.toString());

    const { file, skipped } = chooseMarkdownlintConfigFile(new Set(texts.keys()));
    for (const name of skipped) {
      this.note(vscode.Uri.joinPath(folder.uri, name), new vscode.Range(0, 0, 0, 0), javaScriptConfigNote(name, file), vscode.DiagnosticSeverity.Information);
    }
    if (!file) return;
    const text = texts.get(file)!;
    const parsed = parseMarkdownlintConfig(file, text);
    if (parsed.problem) {
      // From the mistake to the end of its line, so the squiggle is easy to see.
      const { line, character } = parsed.problem;
      const lineLength = text.split(/\r\n|\r|\n/)[line]?.length ?? character;
      const range = new vscode.Range(line, character, line, Math.max(character + 1, lineLength));
      this.note(vscode.Uri.joinPath(folder.uri, file), range, parsed.problem.message, vscode.DiagnosticSeverity.Error);
      return;
    }
    this.configs.set(folder.uri.toString(), parsed.config);
  }

  private note(uri: vscode.Uri, range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity): void {
    const diagnostic = new vscode.Diagnostic(range, message, severity);
    diagnostic.source = diagnosticSource;
    diagnostic.code = 'markdownlint-config';
    this.notes.set(uri, [diagnostic]);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function isAtRootOf(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
  return markdownlintConfigSearchOrder.some((name) => vscode.Uri.joinPath(folder.uri, name).toString() === uri.toString());
}

async function readIfPresent(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
