import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { activateExtension, clickInWebview, closeAllEditors, openInEditor, screenshot, waitForPreviewRender } from './helpers';

/** Generous: on a busy machine the web-worker host has taken over 20 seconds for a first render. */
const renderTimeoutMs = 45_000;

const waitForRender = (api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean) => waitForPreviewRender(api, accept, renderTimeoutMs);

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * pages/hostile.html hides automatic redirects where the browser's parser finds them but a source parser does not
 * (inside <svg><style>, <svg><title>, <math><style>, after `<!-- x --!>`), plus a page <base>, a hidden script, a
 * `javascript:` link, an iframe with `srcdoc`, an object, an embed, a form and an event handler. Each of them, if it
 * worked, would move the preview to pages/hijack-target.html or change the title.
 */
describe('Preview safety', () => {
  let api: ContentBridgeApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('stays on the page: hidden redirects, bases, scripts, frames, objects and forms do nothing', async function () {
    this.timeout(3 * renderTimeoutMs);
    const editor = await openInEditor('pages/hostile.html');
    const firstRender = waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
    const rendered = await firstRender;
    assert.equal(rendered.title, 'Reading club');
    assert.equal(rendered.firstHeading, 'Reading club');

    // Long enough for any of the redirects (all set to 0 seconds) to have taken the preview elsewhere.
    await delay(2_500);
    await screenshot('preview-hostile-page');

    // The preview still runs its own document: it shows the next edit and answers for it.
    const heading = editor.document.getText().indexOf('Reading club</h1>');
    const updated = waitForRender(api, (next) => next.firstHeading === 'Reading club meetings');
    await editor.edit((builder) => builder.insert(editor.document.positionAt(heading + 'Reading club'.length), ' meetings'));
    const after = await updated;
    assert.equal(after.title, 'Reading club', 'no script of the page changed the title');
    assert.equal(after.version, editor.document.version);
  });

  it('an in-page link scrolls to its section instead of opening anything', async function () {
    const page = vscode.window.activeTextEditor?.document.uri.toString();
    const click = await clickInWebview('a[href="#meetings"]', 'preview-in-page-link');
    if (!click) return this.skip(); // This host cannot click inside a webview.
    assert.ok(click.found, `the link was not found in the preview: ${click.error ?? ''}`);
    assert.ok(click.before && click.after && 'url' in click.after, `the preview went away: ${JSON.stringify(click)}`);
    assert.equal(click.after.url, click.before.url, 'the preview stayed on the same document');
    assert.ok(click.after.scrollY > click.before.scrollY + 1000, `the preview scrolled to the section: ${JSON.stringify(click)}`);
    assert.equal(click.after.title, 'Reading club');
    assert.equal(click.after.remoteImages, 'blocked', 'images from a site the user has not allowed are not loaded, even in a trusted folder');
    // (Clicking moves the focus to the preview, so the editors still showing are what counts.)
    assert.deepEqual(
      vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()),
      [page],
      'no file was opened',
    );
  });
});
