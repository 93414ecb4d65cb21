import * as vscode from 'vscode';
import { watchFolderFiles } from './watchFolderFiles';
import { isAbsoluteSettingsPath, markdownlintConfigSearchOrder, MarkdownlintSettings, type SettingsNote } from '../../core';
import { diagnosticSource } from '../diagnostics/convert';

/** A folder's markdownlint settings, as read from its file: rule names to true, false or options. */
export type MarkdownlintConfig = Readonly<Record<string, unknown>>;

const settingsNames: ReadonlySet<string> = new Set(markdownlintConfigSearchOrder);

/** `extends` chains are followed this many files deep at most while reading (a loop is stopped by the core too). */
const maxReadRounds = 12;

/** One workspace folder's settings, and the watchers of the files its settings files extend. */
interface FolderSettings {
  readonly settings: MarkdownlintSettings;
  readonly extendedFiles: vscode.Disposable;
}

/**
 * Each workspace folder's markdownlint settings, found as vscode-markdownlint finds them: a settings file
 * (`.markdownlint-cli2.jsonc`, `.markdownlint-cli2.yaml`, then `.markdownlint.jsonc`, `.json`, `.yaml`, `.yml`) in
 * any folder applies to the pages in that folder and below, the nearest one winning, with the file its `extends`
 * names under it. They are kept current as they are saved, created or deleted. JavaScript settings files are never
 * run: they get one note and the next file is used. A file with a mistake gets one problem of its own, and is passed
 * over until it is fixed; a missing or broken extended file gets one problem at the `extends`.
 */
export class MarkdownlintConfigs implements vscode.Disposable {
  private readonly folders = new Map<string, FolderSettings>();
  private readonly notes = vscode.languages.createDiagnosticCollection('content-bridge-markdownlint-config');
  /** The notes each folder put up, so a reload takes down exactly its own. */
  private readonly notedFiles = new Map<string, vscode.Uri[]>();
  private readonly reloads = new Map<string, Promise<void>>();
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
        isFileOf: (_folder, uri) => settingsNames.has(baseName(uri)),
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
    const settings = folder && this.folders.get(folder.uri.toString())?.settings;
    if (!folder || !settings) return undefined;
    const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return uri.path.startsWith(root) ? settings.forPage(uri.path.slice(root.length)).config : settings.forFolder('').config;
  }

  private async loadAll(): Promise<void> {
    for (const folder of this.folders.values()) folder.extendedFiles.dispose();
    this.folders.clear();
    this.notes.clear();
    this.notedFiles.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.load(folder)));
  }

  /**
   * Finds every settings file in the folder, reads them and then, round by round, the files their `extends` name,
   * until nothing new is asked for; the core then decides with everything in hand.
   */
  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const found = await settingsFilesIn(folder);
    const namesByFolder = new Map<string, Set<string>>();
    const texts = new Map<string, string | undefined>();
    const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    for (const uri of found) {
      if (!uri.path.startsWith(root)) continue;
      const relative = uri.path.slice(root.length);
      const slash = relative.lastIndexOf('/');
      const inFolder = slash === -1 ? '' : relative.slice(0, slash);
      const names = namesByFolder.get(inFolder) ?? new Set<string>();
      names.add(relative.slice(slash + 1));
      namesByFolder.set(inFolder, names);
    }
    const uriOf = (settingsPath: string) =>
      isAbsoluteSettingsPath(settingsPath) ? vscode.Uri.file(settingsPath) : vscode.Uri.joinPath(folder.uri, settingsPath);
    let settings: MarkdownlintSettings | undefined;
    for (let round = 0; round < maxReadRounds; round++) {
      const wanted = new Set<string>();
      settings = new MarkdownlintSettings({
        namesIn: (inFolder) => namesByFolder.get(inFolder) ?? new Set(),
        read: (settingsPath) => {
          if (!texts.has(settingsPath)) wanted.add(settingsPath);
          return texts.get(settingsPath);
        },
        homeFolder: homeFolder(),
      });
      for (const inFolder of namesByFolder.keys()) settings.forFolder(inFolder);
      if (wanted.size === 0) break;
      await Promise.all([...wanted].map(async (settingsPath) => texts.set(settingsPath, await readIfPresent(uriOf(settingsPath)))));
    }
    for (const uri of this.notedFiles.get(folder.uri.toString()) ?? []) this.notes.delete(uri);
    this.folders.get(folder.uri.toString())?.extendedFiles.dispose();
    this.folders.delete(folder.uri.toString());
    if (!settings) return;
    const extended = [...texts.keys()].filter((settingsPath) => !settingsNames.has(settingsPath.slice(settingsPath.lastIndexOf('/') + 1)));
    this.folders.set(folder.uri.toString(), { settings, extendedFiles: this.watchExtended(folder, extended.map(uriOf)) });
    this.showNotes(folder, settings.notes(), (settingsPath) => ({ uri: uriOf(settingsPath), text: texts.get(settingsPath) }));
  }

  /**
   * A file named by `extends` can have any name, so the settings watcher does not see it: each one (even one that
   * is missing, so creating it counts) is watched on its own, and any change reloads the folder's settings.
   */
  private watchExtended(folder: vscode.WorkspaceFolder, files: readonly vscode.Uri[]): vscode.Disposable {
    // One reload at a time for the folder, in the order the changes came.
    const reload = () => {
      const key = folder.uri.toString();
      const next = (this.reloads.get(key) ?? Promise.resolve()).then(() => this.load(folder)).then(() => this.changed.fire());
      this.reloads.set(
        key,
        next.catch(() => undefined),
      );
    };
    const watchers = files.map((file) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), baseName(file)));
      return vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    });
    return vscode.Disposable.from(...watchers);
  }

  /** Each note as a problem on its file: a mistake from where it is to the end of its line, so it is easy to see. */
  private showNotes(
    folder: vscode.WorkspaceFolder,
    notes: readonly SettingsNote[],
    fileOf: (settingsPath: string) => { uri: vscode.Uri; text?: string },
  ): void {
    const byFile = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const note of notes) {
      const { uri, text } = fileOf(note.file);
      const lineLength = text?.split(/\r\n|\r|\n/)[note.line]?.length ?? note.character;
      const range =
        note.severity === 'error'
          ? new vscode.Range(note.line, note.character, note.line, Math.max(note.character + 1, lineLength))
          : new vscode.Range(note.line, note.character, note.line, note.character);
      const diagnostic = new vscode.Diagnostic(
        range,
        note.message,
        note.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = diagnosticSource;
      diagnostic.code = 'markdownlint-config';
      const entry = byFile.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(diagnostic);
      byFile.set(uri.toString(), entry);
    }
    for (const { uri, diagnostics } of byFile.values()) this.notes.set(uri, diagnostics);
    this.notedFiles.set(
      folder.uri.toString(),
      [...byFile.values()].map((entry) => entry.uri),
    );
  }

  dispose(): void {
    for (const folder of this.folders.values()) folder.extendedFiles.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * Every settings file in the folder and its subfolders. The folder's own are also looked for by name, so its
 * settings apply even where the host cannot search for files (the search then finds nothing, or fails).
 */
async function settingsFilesIn(folder: vscode.WorkspaceFolder): Promise<readonly vscode.Uri[]> {
  const pattern = new vscode.RelativePattern(folder, `**/{${markdownlintConfigSearchOrder.join(',')}}`);
  const [searched, atRoot] = await Promise.all([
    Promise.resolve(vscode.workspace.findFiles(pattern, '**/node_modules/**')).catch(() => [] as vscode.Uri[]),
    Promise.all(
      markdownlintConfigSearchOrder.map(async (name) => {
        const uri = vscode.Uri.joinPath(folder.uri, name);
        return (await readIfPresent(uri)) === undefined ? undefined : uri;
      }),
    ),
  ]);
  const byName = new Map(searched.map((uri) => [uri.toString(), uri]));
  for (const uri of atRoot) if (uri) byName.set(uri.toString(), uri);
  return [...byName.values()];
}

/**
 * The home folder on the desktop, for `extends: ~/…`; undefined in VS Code for the Web, which has none. Node's `os`
 * is reached through a plain `require`, so the web build never includes it.
 */
function homeFolder(): string | undefined {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  const nodeRequire = node && typeof require === 'function' ? require : undefined;
  try {
    const os = nodeRequire?.('node:os') as { homedir(): string } | undefined;
    return os?.homedir().replaceAll('\\', '/') || undefined;
  } catch {
    return undefined;
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function readIfPresent(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
