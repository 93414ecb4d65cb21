import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import * as assert from './assert';
import { activateExtension, closeAllEditors, openInEditor, waitFor } from './helpers';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview);
}

describe('Web: live preview', () => {
  let api: ContentBridgeApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('opens a webview beside the editor that renders the page', async () => {
    assert.ok(api?.preview && typeof api.preview.onDidRender === 'function', 'the extension exports { preview: { onDidRender } }');
    const editor = await openInEditor('pages/preview.html');
    const uri = editor.document.uri.toString();
    const rendered = waitFor<PreviewRendered, PreviewRendered>(
      api.preview.onDidRender,
      (event) => (event?.documentUri === uri ? event : undefined),
      20_000,
      () => 'the preview to render',
    );
    await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
    const first = await rendered;
    assert.equal(first.title, 'Opening hours – Riverside Library');
    assert.equal(first.firstHeading, 'Opening hours');

    const tabs = previewTabs();
    assert.deepEqual(tabs.map((tab) => tab.label), ['Preview preview.html']);
    assert.equal(tabs[0].group.viewColumn, vscode.ViewColumn.Two, 'the preview sits beside the editor');
  });
});
