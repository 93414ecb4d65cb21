import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import { previewViewType } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import {
  actInWebview,
  activateExtension,
  canActInWebview,
  clickInWebview,
  closeAllEditors,
  openInEditor,
  probeUntil,
  screenshot,
  waitForDiagnostics,
  waitForPreviewActivity,
  waitForPreviewRender,
  workspaceFile,
} from './helpers';

const renderTimeoutMs = 45_000;

const waitForRender = (api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean) => waitForPreviewRender(api, accept, renderTimeoutMs);

const waitForActivity = waitForPreviewActivity;

describe('Preview in step with the editor', () => {
  let api: ContentBridgeApi;
  before(async () => {
    api = await activateExtension();
    await closeAllEditors();
  });
  after(closeAllEditors);

  it('shows a Markdown page with unsaved edits, its settings as a card instead of page text', async function () {
    this.timeout(3 * renderTimeoutMs);
    const editor = await openInEditor('preview/post.md');
    const first = waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
    const rendered = await first;
    assert.equal(rendered.title, 'Summer reading challenge', 'the title comes from the page settings');
    assert.equal(rendered.firstHeading, 'Summer reading challenge');

    const heading = editor.document.getText().indexOf('# Summer reading challenge') + '# Summer reading challenge'.length;
    const updated = waitForRender(api, (next) => next.firstHeading === 'Summer reading challenge 2026');
    await editor.edit((builder) => builder.insert(editor.document.positionAt(heading), ' 2026'));
    assert.equal((await updated).version, editor.document.version);
    assert.ok(editor.document.isDirty, 'the preview showed unsaved text');

    const shown = await probeUntil((state) => state.bodyText.includes('2026'), 'preview-markdown-probe', '[data-cb-src]');
    if (!shown) return; // This host cannot look inside a webview; the rendered answer above is the proof.
    assert.ok(shown.cardText?.includes('Draft: not published'), `the card shows the draft status: ${shown.cardText}`);
    assert.ok(shown.cardText?.includes('Read six books over the summer holidays'), 'the card shows the description');
    assert.ok(!shown.bodyText.includes('description:'), 'the settings are not shown as page text');
    await screenshot('preview-markdown');
  });

  it('a link click opens the file in the editor and nothing in a browser', async function () {
    this.timeout(3 * renderTimeoutMs);
    await closeAllEditors();
    const editor = await openInEditor('preview/guide.html');
    const first = waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
    await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
    await first;
    const opened = waitForActivity(api, 'openedFile', (activity) => activity.uri.endsWith('/preview/about.html'));
    const click = await clickInWebview('a[href="about.html"]', 'preview-link-click');
    if (!click) return this.skip(); // This host cannot click inside a webview.
    assert.ok(click.found, `the link was not found in the preview: ${click.error ?? ''}`);
    await opened;
    assert.ok(
      vscode.window.visibleTextEditors.some((visible) => visible.document.uri.toString() === workspaceFile('preview/about.html').toString()),
      'the linked page is open in the editor',
    );
    assert.equal(click.clickReachedWindow, false, "the click did not reach VS Code's own link handling, which would open a browser tab");
    assert.deepEqual(click.openedPages, [], 'no browser tab was opened');
    assert.equal(click.dialog, null, 'no "open this website?" question was asked');
    assert.ok(click.after && 'url' in click.after && click.before && click.after.url === click.before.url, 'the preview stayed on its page');
  });

  it("clicking an element selects its source; the cursor's element is marked on the page", async function () {
    this.timeout(3 * renderTimeoutMs);
    if (!canActInWebview()) return this.skip(); // This host cannot click inside a webview.
    const back = waitForRender(api, (rendered) => rendered.documentUri.endsWith('/preview/guide.html'));
    const editor = await openInEditor('preview/guide.html');
    await back;
    const selected = waitForActivity(api, 'selectedSource');
    const click = await clickInWebview('#s3 > h2', 'preview-element-click');
    if (!click) return this.skip();
    assert.ok(click.found, `the heading was not found in the preview: ${click.error ?? ''}`);
    await selected;
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active?.document.getText(active.selection), '<h2>Section 3</h2>', "the heading's source is selected");

    const paragraph = editor.document.getText().indexOf('Second paragraph of section 5.');
    editor.selection = new vscode.Selection(editor.document.positionAt(paragraph + 3), editor.document.positionAt(paragraph + 3));
    const marked = await probeUntil((state) => state.cursorText === 'Second paragraph of section 5.', 'preview-cursor-probe', '[data-cb-src]');
    assert.equal(marked?.cursorText, 'Second paragraph of section 5.', 'the element holding the cursor is marked');
    await screenshot('preview-cursor-mark');
  });

  it('scrolling the editor scrolls the page, and the other way round', async function () {
    this.timeout(3 * renderTimeoutMs);
    const editor = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.path.endsWith('/preview/guide.html'));
    assert.ok(editor, 'the guide is open');
    const start = await probeUntil(() => true, 'preview-scroll-start', '[data-cb-src]');
    if (!start) return this.skip();
    const line = editor.document.positionAt(editor.document.getText().indexOf('<section id="s20">')).line;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    const scrolled = await probeUntil((state) => state.scrollY > start.scrollY + 800, 'preview-scroll-follow', '[data-cb-src]');
    assert.ok(
      scrolled && scrolled.scrollY > start.scrollY + 800,
      `the page followed the editor: ${JSON.stringify({ before: start.scrollY, after: scrolled?.scrollY })}`,
    );
    await screenshot('preview-scroll-sync');

    const followed = waitForActivity(api, 'scrolledEditor', (activity) => activity.line < line - 20);
    await actInWebview({ selector: '[data-cb-src]', name: 'preview-scroll-page', action: 'scroll', scrollTo: 0 });
    await followed;
    assert.ok(editor.visibleRanges[0].start.line < line - 20, `the editor followed the page up: top line ${editor.visibleRanges[0].start.line}`);
  });

  it('moving the cursor onto a problem scrolls the page to it', async function () {
    this.timeout(3 * renderTimeoutMs);
    if (!canActInWebview()) return this.skip();
    const editor = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.path.endsWith('/preview/guide.html'));
    assert.ok(editor, 'the guide is open');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => editor.document.getText(d.range).startsWith('<img')));
    const problem = diagnostics.find((d) => editor.document.getText(d.range).startsWith('<img'))!;
    const top = await probeUntil((state) => state.scrollY < 200, 'preview-problem-top', '[data-cb-src]');
    assert.ok(top && top.scrollY < 200, 'the page starts at the top');
    // As choosing the problem in the Problems panel does: the cursor goes to it.
    editor.selection = new vscode.Selection(problem.range.start, problem.range.start);
    const moved = await probeUntil((state) => state.scrollY > 1500, 'preview-problem-reveal', '[data-cb-src]');
    assert.ok(moved && moved.scrollY > 1500, `the page scrolled down to the image: ${moved?.scrollY}`);
    await screenshot('preview-problem-revealed');
  });

  it('is restored by VS Code after a reload (the panel serializer, given a fresh panel)', async function () {
    this.timeout(3 * renderTimeoutMs);
    // Reloading the window would end this test run, so the serializer's work is done on a fresh panel, with the
    // state the webview saved.
    const uri = workspaceFile('preview/post.md');
    const panel = vscode.window.createWebviewPanel(previewViewType, 'Preview', vscode.ViewColumn.Two, { enableScripts: true });
    const restored = waitForRender(api, (rendered) => rendered.documentUri === uri.toString());
    assert.ok(await api.preview.restore(panel, { documentUri: uri.toString(), scrollY: 0 }), 'the panel was restored');
    const rendered = await restored;
    assert.equal(rendered.firstHeading.startsWith('Summer reading challenge'), true);
    assert.equal(panel.title, 'Preview post.md');

    const gone = vscode.window.createWebviewPanel(previewViewType, 'Preview', vscode.ViewColumn.Two, { enableScripts: true });
    assert.equal(
      await api.preview.restore(gone, { documentUri: workspaceFile('preview/deleted.md').toString(), scrollY: 0 }),
      false,
      'a page that has gone is not restored',
    );
  });
});
