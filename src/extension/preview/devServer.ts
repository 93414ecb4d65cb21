import * as vscode from 'vscode';
import { detectSiteGenerator, devServerFor, serverPortInOutput, type DevServer } from '../../core';
import { ServerTerminal } from './serverTerminal';

/** A site with a development server: its folder and how to start the server there. */
export interface BuiltSite {
  readonly root: vscode.Uri;
  readonly server: DevServer;
}

const taskType = 'contentBridge.devServer';
/** A generator's first build can take a while on a large site. */
const startupTimeoutMs = 90_000;
/** Settings files larger than this are not read for a port. */
const maxSettingsBytes = 1_000_000;

/** Where each site's server said it serves (by site folder), while its task runs in this window. */
const printedPorts = new Map<string, number>();

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
  const generator = detectSiteGenerator(names, packageJson);
  // The settings files that may choose the server's port.
  const firstOf = (candidates: readonly string[]) => {
    const name = candidates.find((candidate) => names.includes(candidate));
    return name ? readText(vscode.Uri.joinPath(folder, name)) : Promise.resolve(undefined);
  };
  const [jekyllConfig, astroConfig, eleventyConfig] = await Promise.all([
    generator === 'jekyll' ? firstOf(['_config.yml', '_config.yaml']) : undefined,
    generator === 'astro' ? firstOf(['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts', 'astro.config.cjs']) : undefined,
    generator === 'eleventy' ? firstOf(['eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', '.eleventy.js']) : undefined,
  ]);
  const server = devServerFor(generator, typeof scripts === 'object' && scripts !== null ? (scripts as Record<string, unknown>) : {}, {
    ...(jekyllConfig !== undefined ? { jekyllConfig } : {}),
    ...(astroConfig !== undefined ? { astroConfig } : {}),
    ...(eleventyConfig !== undefined ? { eleventyConfig } : {}),
  });
  return server ? { root: folder, server } : undefined;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength <= maxSettingsBytes ? new TextDecoder().decode(bytes) : undefined;
  } catch {
    return undefined;
  }
}

async function readJson(uri: vscode.Uri): Promise<unknown> {
  try {
    return JSON.parse((await readText(uri)) ?? '') as unknown;
  } catch {
    return undefined; // A broken package.json: the folder's other files still tell the generator.
  }
}

/** Why the server could not be shown, in plain words; its output is one click away (`showServerOutput`). */
export class DevServerError extends Error {}

/**
 * Starts the site's development server as a VS Code task (shown in the terminal, stopped like any task), or reuses
 * the one already running for that folder, and waits until it answers. Resolves with the site as it runs: its
 * server's port is the one the server printed, when it printed one. Rejects with a DevServerError on failure.
 */
export async function startDevServer(site: BuiltSite): Promise<BuiltSite> {
  const key = site.root.toString();
  const running = serverTaskRunning(site);
  // Something else answering at the planned port before the server starts is not the site.
  const takenBefore = !running && (await answers(`http://localhost:${site.server.port}/`));
  if (!running) {
    printedPorts.delete(key);
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(site.root);
    // Run in a terminal of our own (not a plain shell task), so what the server prints can be read.
    const execution = new vscode.CustomExecution(
      async () =>
        new ServerTerminal(
          site.server.command,
          site.root.fsPath,
          (output) => {
            if (!printedPorts.has(key)) {
              const port = serverPortInOutput(output);
              if (port !== undefined) printedPorts.set(key, port);
            }
          },
          () => printedPorts.delete(key),
        ),
    );
    const task = new vscode.Task({ type: taskType, folder: key }, workspaceFolder ?? vscode.TaskScope.Workspace, taskName(site), 'Content Bridge', execution);
    task.isBackground = true;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, focus: false };
    await vscode.tasks.executeTask(task);
  }
  const port = await waitForServer(site, takenBefore);
  return port === site.server.port ? site : { root: site.root, server: { ...site.server, port } };
}

/** Whether the server's task runs for the site in this window (a reload ends it: see serverTerminal.ts). */
export function serverTaskRunning(site: BuiltSite): boolean {
  return vscode.tasks.taskExecutions.some((execution) => isTaskFor(execution.task, site));
}

/** Calls `listener` when the server's task for the site ends (stopped in its terminal, or it failed). */
export function whenServerEnds(site: BuiltSite, listener: () => void): vscode.Disposable {
  return vscode.tasks.onDidEndTask((event) => {
    if (isTaskFor(event.execution.task, site)) listener();
  });
}

/** Stops the server this preview started for the site, if it is running. */
export function stopDevServer(site: BuiltSite): void {
  for (const execution of vscode.tasks.taskExecutions) if (isTaskFor(execution.task, site)) execution.terminate();
}

/** Shows the terminal the site's server prints to (where it says why it did not start). */
export async function showServerOutput(site: BuiltSite): Promise<void> {
  const name = taskName(site);
  const terminal = vscode.window.terminals.find((candidate) => candidate.name.includes(name));
  if (terminal) terminal.show();
  else await vscode.commands.executeCommand('workbench.action.terminal.focus');
}

function taskName(site: BuiltSite): string {
  return vscode.l10n.t('Show the built pages ({0})', site.server.builtBy);
}

function isTaskFor(task: vscode.Task, site: BuiltSite): boolean {
  return task.definition.type === taskType && task.definition.folder === site.root.toString();
}

/**
 * Waits until the server answers, and returns its port: the one it printed, or (when it printed none, or the task was
 * already running) the planned one, unless that was taken before it started. Fails when the task ends first or time
 * runs out.
 */
async function waitForServer(site: BuiltSite, plannedPortTaken: boolean): Promise<number> {
  const key = site.root.toString();
  const deadline = Date.now() + startupTimeoutMs;
  let ended = false;
  const watch = vscode.tasks.onDidEndTask((event) => {
    if (isTaskFor(event.execution.task, site)) ended = true;
  });
  try {
    while (Date.now() < deadline) {
      const printed = printedPorts.get(key);
      if (printed !== undefined && (await answers(`http://localhost:${printed}/`))) return printed;
      if (printed === undefined && !plannedPortTaken && (await answers(`http://localhost:${site.server.port}/`))) return site.server.port;
      if (ended) throw new DevServerError(vscode.l10n.t('{0} stopped before it served the site. Its output says why.', site.server.builtBy));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new DevServerError(
      vscode.l10n.t(
        '{0} did not start serving the site within {1} seconds, so the preview keeps showing your file. Its output says what it is doing.',
        site.server.builtBy,
        startupTimeoutMs / 1000,
      ),
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
