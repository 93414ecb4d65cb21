import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import {
  actInWebview,
  activateExtension,
  canActInWebview,
  closeAllEditors,
  probeUntil,
  screenshot,
  waitForPreviewActivity,
  waitForPreviewRender,
} from './helpers';
import { withPageScripts } from './pageScripts';

const timeoutMs = 45_000;
const page = 'preview/scripted-links.html';
/** Only in the frame the page's scripts run in (the page's script writes it), so the probe looks there. */
const inScriptsFrame = '#changed';

const waitForRender = (api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean) => waitForPreviewRender(api, accept, timeoutMs);

const waitForActivity = waitForPreviewActivity;

/**
 * With the page's own scripts running (in a sandboxed frame the preview cannot reach into), the page still scrolls
 * with the editor and the other way round, and marks the element the cursor is in, through the preview's script in
 * that frame.
 */
describe('Preview with page scripts, in step with the editor', () => {
  let api: ContentBridgeApi;
  before(async () => {
    api = await activateExtension();
    await closeAllEditors();
  });
  after(closeAllEditors);

  it("scrolls with the editor and back, and marks the cursor's element, while the page's scripts run", async function () {
    this.timeout(6 * timeoutMs);
    if (!canActInWebview()) return this.skip(); // This host cannot look inside a webview.
    await withPageScripts(api, page, 'preview-scripts-step', async (editor) => {
      const uri = editor.document.uri.toString();
      const start = await probeUntil(
        (state) => state.bodyText.includes('Changed by the page script') && state.scrollY === 0,
        'preview-scripts-step-start',
        inScriptsFrame,
      );
      assert.ok(start?.bodyText.includes('Changed by the page script'), `the page's script ran: ${start?.bodyText}`);

      // The editor shows the Trips section at its top (the lines under its sticky headings included): the page
      // scrolls down to it (about 1,700 pixels down).
      const text = editor.document.getText();
      const trips = editor.document.positionAt(text.indexOf('<p id="trips-text">')).line;
      editor.revealRange(new vscode.Range(trips, 0, trips, 0), vscode.TextEditorRevealType.AtTop);
      const followed = await probeUntil((state) => state.scrollY > 1500, 'preview-scripts-step-follow', inScriptsFrame);
      assert.ok(
        followed && followed.scrollY > 1500,
        `the page followed the editor down: ${followed?.scrollY} (editor's top line ${editor.visibleRanges[0].start.line}, Trips at ${trips})`,
      );
      assert.ok(followed.bodyText.includes('Changed by the page script'), "it is still the page with its scripts' changes");
      await screenshot('preview-scripts-scroll-sync');

      // Typing shows the new version in a new frame, put back where the reader was.
      const heading = text.indexOf('Family events</h1>') + 'Family events'.length;
      const typed = waitForRender(api, (rendered) => rendered.documentUri === uri && rendered.firstHeading === 'Family events this summer');
      await editor.edit((builder) => builder.insert(editor.document.positionAt(heading), ' this summer'));
      await typed;
      const kept = await probeUntil(
        (state) => state.bodyText.includes('Family events this summer') && state.scrollY > 1500,
        'preview-scripts-step-typed',
        inScriptsFrame,
      );
      assert.ok(kept?.bodyText.includes('Family events this summer'), `the new version is shown: ${kept?.bodyText}`);
      assert.ok(kept && kept.scrollY > 1500, `still at the Trips section: ${kept?.scrollY}`);

      // The reader scrolls the page back to the top: the editor follows up.
      const editorFollowed = waitForActivity(api, 'scrolledEditor', (activity) => activity.uri === uri && activity.line < trips - 3);
      await actInWebview({ selector: inScriptsFrame, name: 'preview-scripts-step-scroll-page', action: 'scroll', scrollTo: 0 });
      await editorFollowed;
      assert.ok(editor.visibleRanges[0].start.line < trips - 3, `the editor followed the page up: top line ${editor.visibleRanges[0].start.line}`);

      // The cursor goes into a paragraph: that paragraph is marked on the page.
      const paragraph = editor.document.getText().indexOf('Visits to the museum');
      editor.selection = new vscode.Selection(editor.document.positionAt(paragraph + 3), editor.document.positionAt(paragraph + 3));
      const marked = await probeUntil((state) => state.cursorText === 'Visits to the museum and the park.', 'preview-scripts-step-cursor', inScriptsFrame);
      assert.equal(marked?.cursorText, 'Visits to the museum and the park.', 'the element holding the cursor is marked');
      await screenshot('preview-scripts-cursor-mark');
    });
  });
});
