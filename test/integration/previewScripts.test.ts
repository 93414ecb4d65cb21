import * as assert from './assert';
import * as vscode from 'vscode';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { activateExtension, canActInWebview, clickInWebview, closeAllEditors, probeUntil, screenshot, waitForPreviewActivity, workspaceFile } from './helpers';
import { withPageScripts } from './pageScripts';

const timeoutMs = 45_000;
const page = 'preview/scripted-links.html';

const waitForActivity = waitForPreviewActivity;

/**
 * A page whose own scripts the user allowed runs in a sandboxed frame the preview cannot reach into; the preview's
 * small script in that frame gives it the outlines, click-to-source and link handling of the normal preview.
 */
describe('Preview with page scripts', () => {
  let api: ContentBridgeApi;
  before(async () => {
    api = await activateExtension();
    await closeAllEditors();
  });
  after(closeAllEditors);

  it("outlines problems, selects a clicked element's source and opens links in the editor while the page's scripts run", async function () {
    this.timeout(6 * timeoutMs);
    if (!canActInWebview()) return this.skip(); // This host cannot click inside a webview.
    await withPageScripts(api, page, 'preview-scripts-agent', async (editor) => {
      const uri = editor.document.uri.toString();
      const running = await probeUntil(
        (state) => state.bodyText.includes('Changed by the page script') && state.outlined.length > 0,
        'preview-scripts-agent-outlines',
        '#changed',
      );
      assert.ok(running?.bodyText.includes('Changed by the page script'), `the page's script ran: ${running?.bodyText}`);
      assert.ok(
        running?.outlined.some((outlined) => outlined.endsWith(' img')),
        `the image without a text alternative is outlined: ${JSON.stringify(running?.outlined)}`,
      );
      assert.ok(running?.outlineColour, 'in a colour');
      const note = await probeUntil((state) => /outlined/.test(state.toolbarNote ?? ''), 'preview-scripts-agent-note');
      assert.ok(note?.toolbarNote?.includes(`${running?.outlined.length} outlined`), `the toolbar counts what the frame outlined: ${note?.toolbarNote}`);
      await screenshot('preview-scripts-outlines');

      const selected = waitForActivity(api, 'selectedSource');
      const click = await clickInWebview('#title', 'preview-scripts-agent-click');
      assert.ok(click?.found, `the heading was not found in the page's frame: ${click?.error ?? ''}`);
      await selected;
      const active = vscode.window.activeTextEditor;
      assert.equal(active?.document.uri.toString(), uri);
      assert.equal(active?.document.getText(active.selection), '<h1 id="title">Family events</h1>', "the heading's source is selected");

      // A link to a part of the page scrolls there; nothing else sees the click, and the frame stays on the page.
      const inPage = await clickInWebview('#clubs-link', 'preview-scripts-agent-in-page-link');
      assert.ok(inPage?.found, `the in-page link was not found: ${inPage?.error ?? ''}`);
      assert.ok(inPage?.before && inPage.after && 'url' in inPage.after, 'the frame is still there');
      assert.equal(inPage?.after && 'url' in inPage.after ? inPage.after.url : undefined, inPage?.before?.url, 'the frame stayed on its page');
      assert.ok(
        inPage?.after && 'url' in inPage.after && inPage.before && inPage.after.scrollY > inPage.before.scrollY + 1000,
        `the page scrolled to the section: ${JSON.stringify({ before: inPage?.before?.scrollY, after: inPage?.after })}`,
      );
      assert.equal(inPage?.clickReachedWindow, false, 'the click was stopped before anything else saw it');

      // A link to another page opens it in the editor (the preview then follows it), and nothing in a browser.
      const opened = waitForActivity(api, 'openedFile', (activity) => activity.uri.endsWith('/preview/about.html'));
      const link = await clickInWebview('#about-link', 'preview-scripts-agent-link');
      assert.ok(link?.found, `the link was not found in the page's frame: ${link?.error ?? ''}`);
      await opened;
      assert.ok(
        vscode.window.visibleTextEditors.some((visible) => visible.document.uri.toString() === workspaceFile('preview/about.html').toString()),
        'the linked page is open in the editor',
      );
      assert.deepEqual(link?.openedPages, [], 'no browser tab was opened');
      assert.equal(link?.dialog, null, 'no "open this website?" question was asked');
    });
  });
});
