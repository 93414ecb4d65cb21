import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { actInWebview, activateExtension, closeAllEditors, openInEditor, probeUntil, screenshot, waitForDiagnostics, waitForPreviewRender } from './helpers';

const renderTimeoutMs = 45_000;

const waitForRender = (api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean) => waitForPreviewRender(api, accept, renderTimeoutMs);

async function click(selector: string, name: string): Promise<void> {
  const result = await actInWebview({ selector, name, action: 'click' });
  assert.ok(result?.found, `${selector} was not found in the preview: ${result?.error ?? ''}`);
  assert.equal(result?.error, undefined, `clicking ${selector}`);
}

describe('Preview toolbar', () => {
  let api: ContentBridgeApi;
  before(async function () {
    this.timeout(2 * renderTimeoutMs);
    api = await activateExtension();
    await closeAllEditors();
    const editor = await openInEditor('pages/problems.html');
    const first = waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
    await first;
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
  });
  after(closeAllEditors);

  it("outlines the element with a problem in the theme's colour, and the toggle hides the outlines", async function () {
    this.timeout(2 * renderTimeoutMs);
    const shown = await probeUntil((state) => state.outlined.length > 0, 'preview-overlay-probe');
    if (!shown) return this.skip(); // This host cannot look inside a webview.
    assert.deepEqual(shown.outlined, ['error img'], 'the image without a text alternative is outlined');
    assert.ok(shown.outlineColour && shown.outlineColour !== 'rgba(0, 0, 0, 0)', `outlined in a colour: ${shown.outlineColour}`);
    assert.equal(shown.toolbarNote, '3 problems, 1 outlined', 'the page-level problems (title, description) are counted, not outlined');
    await screenshot('preview-problems-outlined');

    await click('vscode-checkbox', 'preview-overlay-toggle');
    const hidden = await probeUntil((state) => state.outlined.length === 0, 'preview-overlay-off');
    assert.deepEqual(hidden?.outlined, [], 'the toggle hid the outlines');
    assert.equal(hidden?.toolbarNote, '3 problems (outlines hidden)');
    await click('vscode-checkbox', 'preview-overlay-toggle-back');
    assert.deepEqual((await probeUntil((state) => state.outlined.length > 0, 'preview-overlay-on'))?.outlined, ['error img']);
  });

  it('shows the page at phone and tablet widths, then full width again', async function () {
    this.timeout(2 * renderTimeoutMs);
    const start = await probeUntil(() => true, 'preview-width-start');
    if (!start) return this.skip();
    for (const width of [375, 768]) {
      await click('vscode-dropdown[aria-label="Page width"]', `preview-width-open-${width}`);
      await click(`vscode-option[value="${width}"]`, `preview-width-${width}`);
      const laidOut = await probeUntil((state) => state.viewportWidth === width, `preview-width-probe-${width}`);
      assert.equal(laidOut?.viewportWidth, width, `the page is laid out in a ${width} pixels wide window`);
      await screenshot(`preview-width-${width}`);
    }
    await click('vscode-dropdown[aria-label="Page width"]', 'preview-width-open-full');
    await click('vscode-option[value="0"]', 'preview-width-full');
    const full = await probeUntil((state) => state.viewportWidth === start.viewportWidth, 'preview-width-probe-full');
    assert.equal(full?.viewportWidth, start.viewportWidth, "back to the panel's width");
  });

  it('shows the page as a search result and as a shared link, with notes', async function () {
    this.timeout(2 * renderTimeoutMs);
    const start = await probeUntil(() => true, 'preview-tabs-start');
    if (!start) return this.skip();
    await click('#tab-search', 'preview-tab-search');
    const search = await probeUntil((state) => state.tabText !== null, 'preview-tab-search-probe');
    assert.ok(search?.tabText?.includes('Untitled page'), `the missing title is shown as search engines would: ${search?.tabText}`);
    assert.ok(search?.tabText?.includes('your-site › pages › problems'), 'the address as results show it');
    assert.ok(search?.tabText?.includes('This page has no description'), 'a note says the description is missing');
    await screenshot('preview-tab-search');

    await click('#tab-social', 'preview-tab-social');
    const social = await probeUntil((state) => state.tabText?.includes('Large card') === true, 'preview-tab-social-probe');
    assert.ok(social?.tabText?.includes('Spring fair'), 'the Open Graph title');
    assert.ok(social?.tabText?.includes('Games, books and cake on the library lawn.'), 'the Open Graph description');
    assert.ok(social?.tabText?.includes('Summary card'), 'both card sizes');
    await screenshot('preview-tab-social');

    await click('#tab-page', 'preview-tab-page');
    assert.equal((await probeUntil((state) => state.tabText === null, 'preview-tab-page-probe'))?.tabText, null, 'the page is shown again');
  });

  it('loads images from the web only once the user allows their site, and remembers it', async function () {
    this.timeout(3 * renderTimeoutMs);
    const editor = await openInEditor('preview/remote.html');
    await waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    const blocked = await probeUntil((state) => state.toolbarText?.includes('images.riverside.example') === true, 'preview-remote-blocked');
    if (!blocked) return this.skip();
    assert.ok(
      blocked.toolbarText?.includes('Not loaded from the web: images.riverside.example'),
      `the toolbar says what was not loaded: ${blocked.toolbarText}`,
    );
    await screenshot('preview-remote-blocked');

    const reloaded = waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    await click('#allow-sites', 'preview-remote-allow');
    await reloaded;
    // The address does not resolve here, so the image fails to load either way: what counts is that the policy let it try.
    const allowed = await probeUntil((state) => state.toolbarText !== null && !state.toolbarText.includes('Not loaded from the web'), 'preview-remote-allowed');
    assert.ok(allowed && !allowed.toolbarText?.includes('Not loaded from the web'), `nothing was refused once allowed: ${allowed?.toolbarText}`);
  });

  it("applies the page's own phone layout (its media queries) at phone width", async function () {
    this.timeout(3 * renderTimeoutMs);
    const editor = await openInEditor('preview/phone.html');
    await waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    const blue = 'rgb(0, 0, 200)';
    const red = 'rgb(200, 0, 0)';
    const wide = await probeUntil((state) => state.probeColour !== null, 'preview-media-start');
    if (!wide) return this.skip();
    // The site's stylesheet loaded (a file beside the page), and at the panel's width the wide layout applies.
    assert.equal(wide.probeColour, wide.viewportWidth > 600 ? blue : red, `at ${wide.viewportWidth} pixels`);
    await click('vscode-dropdown[aria-label="Page width"]', 'preview-media-open');
    await click('vscode-option[value="375"]', 'preview-media-phone');
    const phone = await probeUntil((state) => state.viewportWidth === 375 && state.probeColour === red, 'preview-media-phone-probe');
    assert.equal(phone?.probeColour, red, 'the @media (max-width: 600px) rule applies at phone width');
    await screenshot('preview-media-phone');
    await click('vscode-dropdown[aria-label="Page width"]', 'preview-media-open-laptop');
    await click('vscode-option[value="1280"]', 'preview-media-laptop');
    const laptop = await probeUntil((state) => state.viewportWidth === 1280, 'preview-media-laptop-probe');
    assert.equal(laptop?.probeColour, blue, 'and no longer at laptop width');
    await click('vscode-dropdown[aria-label="Page width"]', 'preview-media-open-full');
    await click('vscode-option[value="0"]', 'preview-media-full');
  });
});
