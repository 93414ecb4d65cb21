import * as vscode from 'vscode';
import { detectSiteGenerator, devServerFor, type DevServer } from '../../core';

/** A site with a development server: its folder and how to start the server there. */
export interface BuiltSite {
  readonly root: vscode.Uri;
  readonly server: DevServer;
}

const taskType = 'contentBridge.devServer';
/** A generator's first build can take a while on a large site. */
const startupTimeoutMs = 90_000;

/**
 * The nearest folder above the file (up to its workspace folder) whose site has a development server we know how
 * to start, found from the folder's files and package.json.
 */
export async function findBuiltSite(fileUri: vscode.Uri): Promise<BuiltSite | undefined> {
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(fileUri);
  if (!workspaceFolder) return undefined;
  let folder = vscode.Uri.joinPath(fileUri, '..');
  while (folder.path.startsWith(workspaceFolder.uri.path)) {
    const site = await siteIn(folder);
    if (site) return site;
    if (folder.path === workspaceFolder.uri.path) return undefined;
    folder = vscode.Uri.joinPath(folder, '..');
  }
  return undefined;
}

async function siteIn(folder: vscode.Uri): Promise<BuiltSite | undefined> {
  let names: string[];
  try {
    names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
  } catch {
    return undefined;
  }
  const packageJson = names.includes('package.json') ? await readJson(vscode.Uri.joinPath(folder, 'package.json')) : undefined;
  const scripts = typeof packageJson === 'object' && packageJson !== null ? (packageJson as { scripts?: unknown }).scripts : undefined;
  const server = devServerFor(
    detectSiteGenerator(names, packageJson),
    typeof scripts === 'object' && scripts !== null ? (scripts as Record<string, unknown>) : {},
  );
  return server ? { root: folder, server } : undefined;
}

async function readJson(uri: vscode.Uri): Promise<unknown> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as unknown;
  } catch {
    return undefined; // A broken package.json: the folder's other files still tell the generator.
  }
}

/**
 * Starts the site's development server as a VS Code task (shown in the terminal, stopped like any task), or reuses
 * the one already running for that folder, and waits until it answers. Rejects with a plain message on failure.
 */
export async function startDevServer(site: BuiltSite): Promise<void> {
  const running = vscode.tasks.taskExecutions.some((execution) => isTaskFor(execution.task, site));
  if (!running) {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(site.root);
    const task = new vscode.Task(
      { type: taskType, folder: site.root.toString() },
      workspaceFolder ?? vscode.TaskScope.Workspace,
      `Show the built pages (${site.server.builtBy})`,
      'Content Bridge',
      new vscode.ShellExecution(site.server.command, { cwd: site.root.fsPath }),
    );
    task.isBackground = true;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, focus: false };
    await vscode.tasks.executeTask(task);
  }
  await waitForServer(site.server.port, site);
}

/** Stops the server this preview started for the site, if it is running. */
export function stopDevServer(site: BuiltSite): void {
  for (const execution of vscode.tasks.taskExecutions) if (isTaskFor(execution.task, site)) execution.terminate();
}

function isTaskFor(task: vscode.Task, site: BuiltSite): boolean {
  return task.definition.type === taskType && task.definition.folder === site.root.toString();
}

/** Asks the server for its home page until it answers (any answer), or the task ends, or time runs out. */
async function waitForServer(port: number, site: BuiltSite): Promise<void> {
  const deadline = Date.now() + startupTimeoutMs;
  let ended = false;
  const watch = vscode.tasks.onDidEndTask((event) => {
    if (isTaskFor(event.execution.task, site)) ended = true;
  });
  try {
    while (Date.now() < deadline) {
      if (await answers(`http://localhost:${port}/`)) return;
      if (ended) throw new Error(`${site.server.builtBy} stopped before it served the site. The terminal shows what it said.`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(
      `${site.server.builtBy} did not start serving the site at localhost:${port} within ${startupTimeoutMs / 1000} seconds. The terminal shows what it said.`,
    );
  } finally {
    watch.dispose();
  }
}

/** Whether the server answers at the address (any status counts: it is up). */
export async function answers(address: string): Promise<boolean> {
  try {
    await fetch(address, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
