import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, screenshot, waitFor, waitForDiagnostics } from './helpers';

function waitForRender(api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean): Promise<PreviewRendered> {
  return waitFor(
    api.preview.onDidRender,
    (rendered) => (rendered && accept(rendered) ? rendered : undefined),
    20_000,
    () => 'the preview to render',
  );
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview);
}

describe('Live preview', () => {
  let api: ContentBridgeApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('opens beside the editor and shows the page, then follows typing (unsaved)', async () => {
    const editor = await openInEditor('pages/preview.html');
    const firstRender = waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
    const rendered = await firstRender;
    assert.equal(rendered.title, 'Opening hours – Riverside Library');
    assert.equal(rendered.firstHeading, 'Opening hours');

    const tabs = previewTabs();
    assert.equal(tabs.length, 1);
    assert.equal(tabs[0].label, 'Preview preview.html');
    assert.equal(tabs[0].group.viewColumn, vscode.ViewColumn.Two, 'the preview sits beside the editor');

    const heading = editor.document.getText().indexOf('Opening hours</h1>');
    const updated = waitForRender(api, (next) => next.firstHeading === 'Opening hours this summer');
    await editor.edit((builder) => builder.insert(editor.document.positionAt(heading + 'Opening hours'.length), ' this summer'));
    const after = await updated;
    assert.equal(after.version, editor.document.version);
    assert.ok(editor.document.isDirty, 'the preview showed unsaved text');
  });

  it("does not run the page's scripts: inline, external or event handlers", async () => {
    const next = waitForRender(api, (rendered) => rendered.documentUri.endsWith('/pages/scripted.html'));
    await openInEditor('pages/scripted.html');
    const rendered = await next;
    assert.equal(rendered.title, 'Events calendar');
    assert.equal(rendered.firstHeading, 'Events calendar');
  });

  it('follows the user to another HTML page, reusing the same panel', async () => {
    const next = waitForRender(api, (rendered) => rendered.documentUri.endsWith('/pages/problems.html'));
    const editor = await openInEditor('pages/problems.html');
    const rendered = await next;
    assert.equal(rendered.firstHeading, 'Spring fair');
    assert.equal(previewTabs().length, 1);
    assert.equal(previewTabs()[0].label, 'Preview problems.html');
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics-and-preview');
  });
});
