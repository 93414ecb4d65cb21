import * as vscode from 'vscode';
import * as assert from './assert';
import type { PreviewActivity } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, extensionId, openInEditor, screenshot, waitFor, workspaceFile } from './helpers';

type ShowedBuiltPage = Extract<PreviewActivity, { kind: 'showedBuiltPage' }>;

/**
 * The fixture site is built by a real Eleventy (installed with the extension's development dependencies), started by
 * the preview as a VS Code task. That needs Node and a shell: the web-worker extension host skips the suite. Node's `fs` is
 * loaded through a plain `require`, so the web bundle leaves it out.
 */
function nodeFs(): typeof import('node:fs') | undefined {
  const nodeRequire = (globalThis as { process?: unknown }).process && typeof require === 'function' ? require : undefined;
  return nodeRequire?.('node:fs');
}

function waitForBuiltPage(api: ContentBridgeApi, address: string): Promise<ShowedBuiltPage> {
  return waitFor(
    api.preview.onDidAct,
    (activity) => (activity?.kind === 'showedBuiltPage' && activity.address === address ? activity : undefined),
    90_000,
    () => `the preview to show the built page ${address}`,
  );
}

/** The page as the server sends it, asked again until `expected` is in it (a save takes a moment to rebuild). */
async function builtHtml(address: string, expected: string): Promise<string> {
  let html = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    html = await (await fetch(address)).text();
    if (html.includes(expected)) return html;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return html;
}

describe('Built pages in the preview', function () {
  this.timeout(180_000);
  let api: ContentBridgeApi;
  let fs: typeof import('node:fs') | undefined;
  const site = () => workspaceFile('built-site').fsPath;

  before(async function () {
    fs = nodeFs();
    if (!fs) return this.skip();
    api = await activateExtension();
    // The copied workspace has no node_modules of its own: the site uses the extension's, where Eleventy is.
    const extensionPath = vscode.extensions.getExtension(extensionId)!.extensionPath;
    fs.symlinkSync(`${extensionPath}/node_modules`, `${site()}/node_modules`, 'dir');
  });

  after(async () => {
    for (const execution of vscode.tasks.taskExecutions) if (execution.task.definition.type === 'contentBridge.devServer') execution.terminate();
    await closeAllEditors();
    // Later suites check the whole workspace: the built output and the link are not part of it.
    fs?.rmSync(`${site()}/node_modules`, { force: true });
    fs?.rmSync(`${site()}/_site`, { recursive: true, force: true });
  });

  it('starts Eleventy on request, shows the current page as it builds it, follows the file and refreshes after a save', async () => {
    assert.equal(
      vscode.tasks.taskExecutions.filter((execution) => execution.task.definition.type === 'contentBridge.devServer').length,
      0,
      'nothing is started before the user asks',
    );
    await openInEditor('built-site/index.md');
    const home = waitForBuiltPage(api, 'http://localhost:8080/');
    await vscode.commands.executeCommand('contentBridge.showBuiltPage');
    const shown = await home;
    assert.equal(shown.label, 'Built by Eleventy at localhost:8080');
    assert.equal(shown.uri, workspaceFile('built-site/index.md').toString());
    const tasks = vscode.tasks.taskExecutions.filter((execution) => execution.task.definition.type === 'contentBridge.devServer');
    assert.equal(tasks.length, 1, 'the server runs as a VS Code task');
    assert.ok((await builtHtml(shown.address, 'News from the riverside')).includes('<h1>News from the riverside</h1>'), 'the server built the page shown');
    await screenshot('preview-built-page');

    // Another file of the site: the preview follows it to its address on the server.
    const about = waitForBuiltPage(api, 'http://localhost:8080/about/');
    const editor = await openInEditor('built-site/about.md');
    await about;
    assert.ok((await builtHtml('http://localhost:8080/about/', 'About the library')).includes('<h1>About the library</h1>'));

    // Saved: the server builds the page again and the preview shows it again.
    const refreshed = waitForBuiltPage(api, 'http://localhost:8080/about/');
    await editor.edit((builder) => builder.replace(new vscode.Range(0, 2, 0, 19), 'About the riverside library'));
    await editor.document.save();
    await refreshed;
    assert.ok((await builtHtml('http://localhost:8080/about/', 'About the riverside library')).includes('<h1>About the riverside library</h1>'));
    assert.equal(
      vscode.tasks.taskExecutions.filter((execution) => execution.task.definition.type === 'contentBridge.devServer').length,
      1,
      'the running server was reused',
    );
  });
});
