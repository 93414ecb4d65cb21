import * as vscode from 'vscode';
import type { PreviewActivity } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { extensionId, waitFor, workspaceFile } from './helpers';

/**
 * The fixture site `built-site`, built by a real Eleventy (installed with the extension's development dependencies)
 * that the preview starts as a VS Code task. That needs Node and a shell: in the web-worker extension host
 * `nodeFs()` is undefined and the suites using it skip. Node's modules are loaded through a plain `require`, so the
 * web bundle leaves them out.
 */

export type ShowedBuiltPage = Extract<PreviewActivity, { kind: 'showedBuiltPage' }>;

export const builtSiteFolder = 'built-site';

export function nodeFs(): typeof import('node:fs') | undefined {
  const nodeRequire = (globalThis as { process?: unknown }).process && typeof require === 'function' ? require : undefined;
  return nodeRequire?.('node:fs');
}

function siteFolder(): string {
  return workspaceFile(builtSiteFolder).fsPath;
}

/** The copied workspace has no node_modules of its own: the site uses the extension's, where Eleventy is. */
export function linkSiteModules(fs: typeof import('node:fs')): void {
  if (fs.existsSync(`${siteFolder()}/node_modules`)) return;
  const extensionPath = vscode.extensions.getExtension(extensionId)!.extensionPath;
  fs.symlinkSync(`${extensionPath}/node_modules`, `${siteFolder()}/node_modules`, 'dir');
}

/** Later suites check the whole workspace: the built output and the link are not part of it. */
export function removeSiteModulesAndOutput(fs: typeof import('node:fs')): void {
  fs.rmSync(`${siteFolder()}/node_modules`, { force: true });
  fs.rmSync(`${siteFolder()}/_site`, { recursive: true, force: true });
}

export function devServerTasks(): vscode.TaskExecution[] {
  return vscode.tasks.taskExecutions.filter((execution) => execution.task.definition.type === 'contentBridge.devServer');
}

/** Stops the running development servers and waits until their tasks have ended. */
export async function stopDevServers(): Promise<void> {
  const running = devServerTasks();
  if (running.length === 0) return;
  const ended = new Promise<void>((resolve) => {
    const watch = vscode.tasks.onDidEndTask(() => {
      if (devServerTasks().length === 0) {
        watch.dispose();
        resolve();
      }
    });
  });
  for (const execution of running) execution.terminate();
  await ended;
}

// The same question the preview asks before it shows a built page.
export { answers } from '../../src/extension/preview/devServer';

export function waitForBuiltPage(api: ContentBridgeApi, address: string): Promise<ShowedBuiltPage> {
  return waitFor(
    api.preview.onDidAct,
    (activity) => (activity?.kind === 'showedBuiltPage' && activity.address === address ? activity : undefined),
    90_000,
    () => `the preview to show the built page ${address}`,
  );
}

/** The page as the server sends it, asked again until `expected` is in it (a save takes a moment to rebuild). */
export async function builtHtml(address: string, expected: string): Promise<string> {
  let html = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    html = await (await fetch(address)).text();
    if (html.includes(expected)) return html;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return html;
}
