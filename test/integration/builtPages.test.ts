import * as vscode from 'vscode';
import * as assert from './assert';
import { previewViewType } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import type { PreviewState } from '../../src/shared/previewProtocol';
import { actInWebview, activateExtension, canActInWebview, closeAllEditors, openInEditor, probeUntil, screenshot, waitFor, workspaceFile } from './helpers';
import { answers, builtHtml, devServerTasks, linkSiteModules, nodeFs, removeSiteModulesAndOutput, stopDevServers, waitForBuiltPage } from './builtSite';

function nodeHttp(): typeof import('node:http') | undefined {
  const nodeRequire = (globalThis as { process?: unknown }).process && typeof require === 'function' ? require : undefined;
  return nodeRequire?.('node:http');
}

describe('Built pages in the preview', function () {
  this.timeout(180_000);
  let api: ContentBridgeApi;
  let fs: typeof import('node:fs') | undefined;

  before(async function () {
    fs = nodeFs();
    if (!fs) return this.skip();
    api = await activateExtension();
    linkSiteModules(fs);
  });

  after(async () => {
    for (const execution of vscode.tasks.taskExecutions) if (execution.task.definition.type === 'contentBridge.devServer') execution.terminate();
    await closeAllEditors();
    if (fs) removeSiteModulesAndOutput(fs);
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
  it("follows a page's permalink, says in the toolbar what works in built mode, and reads the built page for the search tab", async () => {
    const events = waitForBuiltPage(api, 'http://localhost:8080/whats-on/');
    await openInEditor('built-site/events.md');
    await events;
    assert.ok((await builtHtml('http://localhost:8080/whats-on/', 'What is on')).includes('<title>Events at the riverside library</title>'));
    if (!canActInWebview()) return;
    const shown = await probeUntil((state) => state.frameAddress === 'http://localhost:8080/whats-on/', 'preview-built-permalink');
    assert.equal(shown?.frameAddress, 'http://localhost:8080/whats-on/');
    assert.ok(shown?.toolbarMode?.startsWith('Built by Eleventy at localhost:8080'), `toolbar: ${shown?.toolbarMode}`);
    assert.ok(shown?.toolbarMode?.includes('Problem outlines and scrolling with the editor work on your file'), `toolbar: ${shown?.toolbarMode}`);
    assert.ok(!shown?.toolbarNote?.includes('outlined'), `no outlines are claimed on the built page: ${shown?.toolbarNote}`);
    await screenshot('preview-built-mode-toolbar');
  });

  it('comes back after a reload in built mode, with the tab and width chosen (the panel serializer, given a fresh panel)', async () => {
    // Reloading the window would end this test run, so the serializer's work is done on a fresh panel, with the
    // state the webview saved.
    const uri = workspaceFile('built-site/events.md');
    const saved: PreviewState = {
      documentUri: uri.toString(),
      scrollY: 0,
      view: { tab: 'search', width: 375, zoom: 100, overlay: true, scrollSync: true },
      built: true,
    };
    const panel = vscode.window.createWebviewPanel(previewViewType, 'Preview', vscode.ViewColumn.Two, { enableScripts: true });
    const shown = waitForBuiltPage(api, 'http://localhost:8080/whats-on/');
    assert.ok(await api.preview.restore(panel, saved), 'the panel was restored');
    assert.equal((await shown).label, 'Built by Eleventy at localhost:8080');
    assert.equal(devServerTasks().length, 1, 'the running server was reused');
    if (!canActInWebview()) return;
    const restored = await probeUntil((state) => state.tabText?.includes('Events at the riverside library') === true, 'preview-built-restored');
    assert.ok(restored?.tabText?.includes('Events at the riverside library'), `the search tab shows the built page's title: ${restored?.tabText}`);
    assert.ok(restored?.tabText?.includes('Story time, book clubs and talks'), 'and its description');
    assert.equal(Math.round(restored?.frameWidth ?? 0), 375, 'the phone width chosen before the reload');
    await screenshot('preview-built-restored');
  });

  it('says so when the server stops, shows the file instead, and starts the server again on request', async () => {
    // The preview shows the built page of events.md (the test before); the server is stopped in its terminal.
    await stopDevServers();
    if (canActInWebview()) {
      const stopped = await probeUntil((state) => state.toolbarMode?.startsWith('Eleventy is not running') === true, 'preview-built-server-stopped');
      assert.ok(stopped?.toolbarMode?.includes('Eleventy stopped, so the preview shows your file as you type'), `toolbar: ${stopped?.toolbarMode}`);
      assert.equal(stopped?.frameAddress, null, 'no built page is left on show');
      assert.ok(stopped?.bodyText.includes('What is on'), `the file is shown instead: ${stopped?.bodyText}`);
      await screenshot('preview-built-server-stopped');
    }
    // The stopped server's port is free a moment later.
    for (let attempt = 0; attempt < 40 && (await answers('http://localhost:8080/')); attempt++) await new Promise((resolve) => setTimeout(resolve, 250));
    const shown = waitForBuiltPage(api, 'http://localhost:8080/whats-on/');
    if (canActInWebview()) {
      const clicked = await actInWebview({ selector: '#built-restart', name: 'preview-built-server-restart', action: 'click' });
      assert.equal(clicked?.error, undefined, 'the toolbar offers to start Eleventy again');
    } else await vscode.commands.executeCommand('contentBridge.showBuiltPage');
    assert.equal((await shown).label, 'Built by Eleventy at localhost:8080');
    assert.equal(devServerTasks().length, 1, 'the server runs again');
  });

  it('finds the server at the address it prints when its usual port is taken by another program', async function () {
    const http = nodeHttp();
    if (!http) return this.skip();
    await stopDevServers();
    // Stopping the task stops the server's processes; the port is free a moment later.
    for (let attempt = 0; attempt < 40 && (await answers('http://localhost:8080/')); attempt++) await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(await answers('http://localhost:8080/'), false, 'the stopped server no longer answers');
    const other = http.createServer((_request, response) => response.end('Another program'));
    await new Promise<void>((resolve, reject) => other.once('error', reject).listen(8080, resolve));
    try {
      const moved = waitForBuiltPage(api, 'http://localhost:8081/whats-on/');
      await vscode.commands.executeCommand('contentBridge.showBuiltPage');
      assert.equal((await moved).label, 'Built by Eleventy at localhost:8081');
      assert.ok((await builtHtml('http://localhost:8081/whats-on/', 'What is on')).includes('What is on'));
    } finally {
      other.close();
      await stopDevServers();
    }
  });

  it('says clearly when the server stops before it serves the site, with its output one click away', async () => {
    const folder = workspaceFile('built-broken');
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, 'package.json'),
      new TextEncoder().encode(JSON.stringify({ scripts: { dev: 'node -e "console.log(\'No site settings here\'); process.exit(1)"' } })),
    );
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'page.html'), new TextEncoder().encode('<h1>Broken</h1>\n'));
    try {
      await openInEditor('built-broken/page.html');
      const failed = waitFor(
        api.preview.onDidAct,
        (activity) => (activity?.kind === 'builtPagesFailed' ? activity : undefined),
        60_000,
        () => 'the preview to say the server did not start',
      );
      await vscode.commands.executeCommand('contentBridge.showBuiltPage');
      assert.equal((await failed).message, 'npm run dev stopped before it served the site. Its output says why.');
      assert.ok(
        vscode.window.terminals.some((terminal) => terminal.name.includes('Show the built pages (npm run dev)')),
        `the server's terminal is there to show: ${vscode.window.terminals.map((terminal) => terminal.name).join(', ')}`,
      );
      await screenshot('preview-built-server-failed');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
