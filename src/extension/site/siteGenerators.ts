import * as vscode from 'vscode';
import { detectSiteGenerator, isSiteGenerator, type SiteGenerator } from '../../core';
import { settingsSection } from '../settings';
import type { ProjectConfigs } from '../config/projectConfigs';

/** Where the generator for a folder came from, for the status bar's explanation. */
export type SiteGeneratorSource = 'setting' | 'project' | 'detected';

export interface FolderSite {
  readonly generator: SiteGenerator;
  readonly source: SiteGeneratorSource;
}

/** Files at the top of a folder whose arrival or removal can change what is detected. */
const telltaleFiles = '{hugo.*,config.*,_config.*,.eleventy.*,eleventy.config.*,astro.config.*,docusaurus.config.*,mkdocs.*,package.json,Gemfile}';

/**
 * The site generator of each workspace folder: the `contentBridge.site.generator` setting when it is not "auto",
 * else `"site"` in the folder's .contentbridge.json, else worked out from the folder's top-level files and its
 * package.json. Detection runs once per folder and again when one of those files changes.
 */
export class SiteGenerators implements vscode.Disposable {
  private readonly detected = new Map<string, SiteGenerator>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Resolves once every folder has been looked at. */
  readonly ready: Promise<void>;
  /** Fires when detection found something new (the setting and .contentbridge.json have their own events). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly projectConfigs: ProjectConfigs) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${telltaleFiles}`);
    const redetect = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && isTopLevel(folder, uri)) void this.detect(folder).then(() => this.changed.fire());
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(redetect),
      watcher.onDidDelete(redetect),
      watcher.onDidChange(redetect),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.detectAll().then(() => this.changed.fire())),
      this.changed,
    );
    // Pages opened before detection finished were checked as plain HTML: only a site built by a generator needs
    // them checked again.
    this.ready = this.detectAll().then(() => {
      if ([...this.detected.values()].some((generator) => generator !== 'plain')) this.changed.fire();
    });
  }

  /** The generator that applies to a document, and where that answer came from. */
  siteFor(uri: vscode.Uri): FolderSite {
    const setting = vscode.workspace.getConfiguration(settingsSection, uri).get<unknown>('site.generator', 'auto');
    if (isSiteGenerator(setting)) return { generator: setting, source: 'setting' };
    const project = this.projectConfigs.siteFor(uri);
    if (project) return { generator: project, source: 'project' };
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return { generator: (folder && this.detected.get(folder.uri.toString())) ?? 'plain', source: 'detected' };
  }

  /** What check() needs: the path inside the site (forward slashes) and the generator. */
  checkOptionsFor(document: { readonly uri: vscode.Uri }): { path?: string; generator: SiteGenerator } {
    const { generator } = this.siteFor(document.uri);
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return { generator };
    const sitePath = relativePath(folder.uri, document.uri);
    return sitePath === undefined ? { generator } : { path: sitePath, generator };
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async detectAll(): Promise<void> {
    this.detected.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.detect(folder)));
  }

  private async detect(folder: vscode.WorkspaceFolder): Promise<void> {
    let names: string[] = [];
    try {
      names = (await vscode.workspace.fs.readDirectory(folder.uri)).map(([name]) => name);
    } catch {
      // A folder that cannot be listed (a remote that went away) is a plain site.
    }
    let packageJson: unknown;
    if (names.includes('package.json')) {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'package.json'));
        packageJson = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        packageJson = undefined;
      }
    }
    this.detected.set(folder.uri.toString(), detectSiteGenerator(names, packageJson));
  }
}

function isTopLevel(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
  const sitePath = relativePath(folder.uri, uri);
  return sitePath !== undefined && !sitePath.includes('/');
}

/** The document's path inside the folder, with forward slashes, or undefined when it is not inside. */
export function relativePath(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
