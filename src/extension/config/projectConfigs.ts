import * as vscode from 'vscode';
import { watchFolderFiles } from './watchFolderFiles';
import {
  configNotAFileMessage,
  decodeBytes,
  LineIndex,
  parseProjectConfig,
  projectConfigFileName,
  type CheckConfig,
  type ProjectConfig,
  type SiteGenerator,
} from '../../core';
import { diagnosticSource, toVsRange } from '../diagnostics/convert';

/**
 * The `.contentbridge.json` at the root of each workspace folder, kept current
 * as it is saved, created or deleted (the file watcher reports all three, so a save is read once). A file with problems gets one
 * diagnostic of its own; the checks meanwhile use whatever part of it is valid
 * (nothing, when it does not parse), so the defaults keep working.
 */
export class ProjectConfigs implements vscode.Disposable {
  private readonly configs = new Map<string, CheckConfig>();
  private readonly sites = new Map<string, SiteGenerator>();
  private readonly wholeSite = new Map<string, WholeSiteSettings>();
  private readonly problems = vscode.languages.createDiagnosticCollection('content-bridge-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Resolves once every folder's file has been read, so the first check already uses it. */
  readonly ready: Promise<void>;

  /** Fires after any project config changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscriptions.push(
      watchFolderFiles({
        glob: `**/${projectConfigFileName}`,
        isFileOf: isConfigOf,
        reloadFolder: (folder) => this.load(folder),
        reloadAll: () => this.loadAll(),
        changed: this.changed,
      }),
      this.problems,
      this.changed,
    );
    this.ready = this.loadAll();
  }

  /** The project config that applies to a document (empty outside a workspace folder or without the file). */
  configFor(uri: vscode.Uri): CheckConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.configs.get(folder.uri.toString())) ?? {};
  }

  /** The site generator the folder's file names with `"site"`, if any. */
  siteFor(uri: vscode.Uri): SiteGenerator | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.sites.get(folder.uri.toString());
  }

  /** What the whole-site check reads from the folder's file: files to leave out, and the site's own address. */
  wholeSiteFor(uri: vscode.Uri): WholeSiteSettings {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.wholeSite.get(folder.uri.toString())) ?? {};
  }

  /** Where a folder's config file is or would be. */
  static fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, projectConfigFileName);
  }

  private async loadAll(): Promise<void> {
    this.configs.clear();
    this.sites.clear();
    this.wholeSite.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.load(folder)));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = ProjectConfigs.fileOf(folder);
    const text = await readIfPresent(uri);
    if (text === notAFile) {
      // A folder or a pipe with the config's name: reading a pipe would wait forever and hold up the first check.
      this.configs.delete(folder.uri.toString());
      this.sites.delete(folder.uri.toString());
      this.showProblem(uri, '', {
        config: {},
        problem: { message: configNotAFileMessage, start: 0, end: 0 },
      });
      return;
    }
    if (text === undefined) {
      this.configs.delete(folder.uri.toString());
      this.sites.delete(folder.uri.toString());
      this.wholeSite.delete(folder.uri.toString());
      this.problems.delete(uri);
      return;
    }
    const parsed = parseSafely(text);
    this.configs.set(folder.uri.toString(), parsed.config);
    if (parsed.site) this.sites.set(folder.uri.toString(), parsed.site);
    else this.sites.delete(folder.uri.toString());
    this.wholeSite.set(folder.uri.toString(), wholeSiteSettingsOf(parsed));
    this.showProblem(uri, text, parsed);
  }

  private showProblem(uri: vscode.Uri, text: string, parsed: ProjectConfig): void {
    if (!parsed.problem) {
      this.problems.delete(uri);
      return;
    }
    const diagnostic = new vscode.Diagnostic(
      toVsRange(new LineIndex(text).rangeOf(parsed.problem.start, parsed.problem.end)),
      parsed.problem.message,
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = diagnosticSource;
    diagnostic.code = 'config';
    this.problems.set(uri, [diagnostic]);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** `"ignore"` and `"siteUrl"` of .contentbridge.json, for the whole-site check. */
export interface WholeSiteSettings {
  readonly ignore?: readonly string[];
  readonly siteUrl?: string;
}

function wholeSiteSettingsOf(parsed: ProjectConfig): WholeSiteSettings {
  const { ignore, siteUrl } = parsed;
  return { ...(ignore ? { ignore } : {}), ...(siteUrl ? { siteUrl } : {}) };
}

/** Whatever is in the file, the first check must still run: an unexpected failure is one problem, with the defaults. */
function parseSafely(text: string): ProjectConfig {
  try {
    return parseProjectConfig(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      config: {},
      problem: {
        message: vscode.l10n.t('{0} could not be read ({1}), so the default checks are used until it is fixed.', projectConfigFileName, reason),
        start: 0,
        end: 0,
      },
    };
  }
}

function isConfigOf(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
  return ProjectConfigs.fileOf(folder).toString() === uri.toString();
}

const notAFile = Symbol('not a file');

async function readIfPresent(uri: vscode.Uri): Promise<string | typeof notAFile | undefined> {
  try {
    if (((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) === 0) return notAFile;
    // The CLI decodes the same way, so a byte-order mark or UTF-16 means the same to both.
    return decodeBytes(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
