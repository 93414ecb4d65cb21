import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import {
  actInWebview,
  activateExtension,
  canActInWebview,
  closeAllEditors,
  openInEditor,
  screenshot,
  waitForDiagnostics,
  waitForPreviewRender,
  type WebviewFrameState,
} from './helpers';

const waitForRender = (api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean) => waitForPreviewRender(api, accept, 20_000);

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

  it("runs the page's scripts only after the user allows them for that page, and stops them again", async function () {
    this.timeout(180_000);
    if (!canActInWebview()) return this.skip(); // This host cannot look inside a webview.
    const isScripted = (rendered: PreviewRendered) => rendered.documentUri.endsWith('/pages/scripted.html');
    await openInEditor('pages/scripted.html'); // Shown by the test before.
    const look = async (name: string, accept: (state: WebviewFrameState) => boolean) => {
      let last: WebviewFrameState | undefined;
      for (let attempt = 0; attempt < 20; attempt++) {
        const probe = await actInWebview({ selector: '#heading', name: `${name}-${attempt}`, action: 'probe' });
        if (probe?.after && 'url' in probe.after) {
          last = probe.after;
          if (accept(last)) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return last;
    };
    const off = await look('preview-scripts-off', (state) => state.bodyText.includes('Events calendar'));
    assert.equal(off?.title, 'Events calendar', 'the inline script did not run');
    assert.ok(!off?.bodyText.includes('Changed by'), `no script changed the page: ${off?.bodyText}`);

    const asked: string[] = [];
    api.usePrompts({
      confirm: async (message, detail) => {
        asked.push(`${message} ${detail}`);
        return true;
      },
      inform: async () => undefined,
    });
    try {
      const allowed = waitForRender(api, isScripted);
      await actInWebview({ selector: '#page-scripts', name: 'preview-scripts-allow', action: 'click' });
      await allowed;
      assert.equal(asked.length, 1, 'the user was asked first');
      assert.ok(asked[0].includes("Let this page's scripts run in the preview?"), asked[0]);
      const on = await look('preview-scripts-on', (state) => state.bodyText.includes('Changed by a script file'));
      assert.ok(on?.bodyText.includes('Changed by a script file'), `the page's own script file ran: ${on?.bodyText}`);
      assert.equal(on?.title, 'Changed by an inline script', 'and its inline script');
      await screenshot('preview-scripts-on');

      const stopped = waitForRender(api, isScripted);
      await actInWebview({ selector: '#page-scripts', name: 'preview-scripts-stop', action: 'click' });
      await stopped;
      assert.equal(asked.length, 1, 'turning them off asks nothing');
      const offAgain = await look('preview-scripts-off-again', (state) => state.title === 'Events calendar');
      assert.equal(offAgain?.title, 'Events calendar', 'the scripts are off again');
    } finally {
      api.usePrompts(undefined);
    }
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
