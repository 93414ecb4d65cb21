import * as vscode from 'vscode';

/**
 * Keeps per-folder settings files in step: reloads a folder when one of its files (matched by `glob`, kept by
 * `isFileOf`) is changed, created or deleted, reloads every folder when folders are added or removed, and reports
 * each reload through `changed`. Shared by the project config and the markdownlint settings.
 */
export function watchFolderFiles(options: {
  readonly glob: string;
  readonly isFileOf: (folder: vscode.WorkspaceFolder, uri: vscode.Uri) => boolean;
  readonly reloadFolder: (folder: vscode.WorkspaceFolder) => Promise<void>;
  readonly reloadAll: () => Promise<void>;
  readonly changed: vscode.EventEmitter<void>;
}): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(options.glob);
  // One reload at a time per folder, in the order the events came: two overlapping reads (a write, then a delete)
  // could otherwise finish out of order and leave the older file's settings in force.
  const reloads = new Map<string, Promise<void>>();
  const reloadFile = (uri: vscode.Uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !options.isFileOf(folder, uri)) return;
    const key = folder.uri.toString();
    const next = (reloads.get(key) ?? Promise.resolve())
      .then(() => options.reloadFolder(folder))
      .then(() => options.changed.fire())
      .catch(() => undefined);
    reloads.set(key, next);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(reloadFile),
    watcher.onDidCreate(reloadFile),
    watcher.onDidDelete(reloadFile),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void options.reloadAll().then(() => options.changed.fire())),
  );
}
