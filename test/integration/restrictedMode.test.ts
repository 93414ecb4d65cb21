import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { activateExtension, clickInWebview, closeAllEditors, openInEditor, screenshot, waitFor, waitForDiagnostics } from './helpers';
import { fillIn, itRequestApi, openNewForm } from './itRequestSupport';

/**
 * Runs when the folder is not trusted: `node scripts/test-integration.mjs --restricted` opens it in Restricted
 * Mode and runs only this suite. In the ordinary (trusted) runs it is skipped.
 */
describe('Restricted Mode', () => {
  let api: ContentBridgeApi;
  before(async function () {
    if (vscode.workspace.isTrusted) return this.skip();
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('checks keep working in a folder that is not trusted', async () => {
    const editor = await openInEditor('pages/problems.html');
    const found = await waitForDiagnostics(editor.document.uri, (diagnostics) => diagnostics.length === 3);
    assert.equal(found.length, 3);
  });

  it('the preview shows the page but loads nothing from the web', async () => {
    const editor = await openInEditor('pages/preview.html');
    const rendered = waitFor(
      api.preview.onDidRender,
      (next?: PreviewRendered) => (next?.documentUri === editor.document.uri.toString() ? next : undefined),
      20_000,
      () => 'the preview to render',
    );
    await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
    assert.equal((await rendered).firstHeading, 'Opening hours');
    const state = await clickInWebview('h1', 'restricted-preview');
    if (!state) return; // This host cannot look inside a webview.
    assert.ok(state.after && 'remoteImages' in state.after, JSON.stringify(state));
    assert.equal(state.after.remoteImages, 'blocked');
    await screenshot('restricted-mode-preview'); // The preview's note says "web content off".
  });

  it('IT requests can be copied but are not sent to a tracker', async () => {
    const api = await itRequestApi();
    await openInEditor('pages/it-request.html');
    const form = await openNewForm(api);
    await fillIn(form, { title: 'Caption', need: 'Please add a caption.', destination: 'new-issue-page' });
    const toTracker = await form.receive({ type: 'send' });
    assert.equal(toTracker?.ok, false, 'nothing was sent');
    assert.match(toTracker && !toTracker.ok ? toTracker.message : '', /Restricted Mode/);
    assert.equal(api.store.get(form.id)!.sent, undefined, 'the draft is kept, unsent');
    await fillIn(form, { destination: 'clipboard' });
    const copied = await form.receive({ type: 'send' });
    assert.equal(copied?.ok, true, JSON.stringify(copied));
    assert.ok((await vscode.env.clipboard.readText()).includes('Please add a caption.'));
  });
});
