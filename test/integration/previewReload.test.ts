import * as assert from './assert';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../src/extension/preview/pagePreview';
import { previewViewType } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import {
  actInWebview,
  activateExtension,
  canActInWebview,
  closeAllEditors,
  openInEditor,
  probeUntil,
  screenshot,
  waitForPreviewRender,
  type WebviewFrameState,
  workspaceFile,
} from './helpers';
import { canReloadWindow, expectedAfterReload, reloadRound, reloadWindowAfterThisRun } from './windowReload';

const renderTimeoutMs = 45_000;

/** What a page's preview showed before the window was reloaded, to be found again afterwards. */
interface ShownBeforeReload {
  readonly page: string;
  readonly tabLabel: string;
  readonly firstHeading: string;
  /** The toolbar's choices, and what the preview showed with them (only where the test host can look inside). */
  readonly width: number;
  readonly tab: 'page' | 'search' | 'social';
  readonly looked?: Pick<WebviewFrameState, 'viewportWidth' | 'tabText' | 'toolbarMode' | 'title'>;
}

/** One page per reload: an HTML page at phone width on the Search result tab, then a Markdown post at tablet width on the Social card tab. */
const rounds: readonly Omit<ShownBeforeReload, 'tabLabel' | 'firstHeading' | 'looked'>[] = [
  { page: 'preview/guide.html', width: 375, tab: 'search' },
  { page: 'preview/post.md', width: 768, tab: 'social' },
];

const waitForRender = (api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean) => waitForPreviewRender(api, accept, renderTimeoutMs);

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(previewViewType));
}

async function click(selector: string, name: string): Promise<void> {
  const result = await actInWebview({ selector, name, action: 'click' });
  assert.ok(result?.found, `${selector} was not found in the preview: ${result?.error ?? ''}`);
  assert.equal(result?.error, undefined, `clicking ${selector}`);
}

/**
 * Opens the preview on the round's page, chooses its width and tab, notes what it shows and asks for the window to
 * be reloaded once this run's tests have finished (this suite runs last).
 */
async function showAndReload(api: ContentBridgeApi, round: (typeof rounds)[number]): Promise<void> {
  await closeAllEditors();
  const editor = await openInEditor(round.page);
  const first = waitForRender(api, (rendered) => rendered.documentUri === editor.document.uri.toString());
  await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
  const rendered = await first;
  let looked: ShownBeforeReload['looked'];
  if (!canActInWebview()) console.log('    (this host cannot click inside the preview: it keeps its first width and tab)');
  if (canActInWebview()) {
    await click('vscode-dropdown[aria-label="Page width"]', `preview-reload-width-open-${reloadRound()}`);
    await click(`vscode-option[value="${round.width}"]`, `preview-reload-width-${reloadRound()}`);
    await click(`#tab-${round.tab}`, `preview-reload-tab-${reloadRound()}`);
    const state = await probeUntil((shown) => shown.viewportWidth === round.width && shown.tabText !== null, `preview-reload-before-${reloadRound()}`);
    assert.equal(state?.viewportWidth, round.width, 'the width was chosen');
    assert.ok(state?.tabText, 'the tab was chosen');
    looked = { viewportWidth: state.viewportWidth, tabText: state.tabText, toolbarMode: state.toolbarMode, title: state.title };
    await screenshot(`preview-reload-before-${reloadRound() + 1}`);
  }
  const [tab] = previewTabs();
  assert.ok(tab, 'the preview is open');
  reloadWindowAfterThisRun({ ...round, tabLabel: tab.label, firstHeading: rendered.firstHeading, looked } satisfies ShownBeforeReload);
}

/** After the reload: the preview is back on the same page, following it, with the same width, tab and mode. */
async function findRestored(api: ContentBridgeApi, before: ShownBeforeReload): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (previewTabs().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const tabs = previewTabs();
  assert.equal(tabs.length, 1, 'one preview panel came back');
  assert.equal(tabs[0].label, before.tabLabel, 'it is titled with the same page');

  // It follows the page again: an edit is shown (VS Code may restore the panel before or after this test starts,
  // so waiting for its first render could miss it).
  const uri = workspaceFile(before.page);
  const document = await vscode.workspace.openTextDocument(uri);
  const at = headingEnd(document.getText(), before.firstHeading);
  assert.ok(at !== undefined, `the page's first heading "${before.firstHeading}" is in its text`);
  const edited = waitForRender(
    api,
    (rendered) => rendered.documentUri === uri.toString() && rendered.firstHeading === `${before.firstHeading} (after a reload)`,
  );
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, document.positionAt(at), ' (after a reload)');
  assert.ok(await vscode.workspace.applyEdit(edit), 'the page was edited');
  const rendered = await edited;
  assert.equal(rendered.version, document.version, 'the restored preview shows the latest text');

  if (!before.looked) return; // This host cannot look inside a webview: the panel and its page are the proof.
  const after = await probeUntil(
    (state) => state.viewportWidth === before.width && state.tabText === before.looked?.tabText,
    `preview-reload-after-${reloadRound()}`,
  );
  assert.equal(after?.viewportWidth, before.width, 'the page is shown at the width chosen before the reload');
  assert.equal(after?.tabText, before.looked.tabText, `the ${before.tab} tab is shown again, with the same text`);
  assert.equal(after?.toolbarMode, before.looked.toolbarMode, 'the preview is in the same mode');
  await screenshot(`preview-reload-after-${reloadRound()}`);
}

/** Where the heading's text ends in the source: a Markdown `# heading` or an HTML `>heading<` (a title may come first). */
function headingEnd(text: string, heading: string): number | undefined {
  for (const [before, after] of [
    ['# ', '\n'],
    ['>', '<'],
  ]) {
    const at = text.indexOf(`${before}${heading}${after}`);
    if (at >= 0) return at + before.length + heading.length;
  }
  return undefined;
}

/**
 * Reloads the window for real (workbench.action.reloadWindow), where the test host starts the tests again after it
 * (see windowReload.ts): VS Code brings the preview back through the extension's panel serializer.
 */
describe('Preview after a window reload', () => {
  let api: ContentBridgeApi;
  before(async () => {
    api = await activateExtension();
  });
  const round = reloadRound();

  if (round > 0) {
    const page = rounds[round - 1].page.endsWith('.md') ? 'Markdown post' : 'HTML page';
    it(`is back on the ${page}, following it, at the same width, tab and mode`, async function () {
      this.timeout(3 * renderTimeoutMs);
      const before = expectedAfterReload<ShownBeforeReload>();
      assert.ok(before, 'the test before the reload said what it showed');
      await findRestored(api, before);
    });
  }

  if (round < rounds.length) {
    const next = rounds[round];
    const page = next.page.endsWith('.md') ? 'Markdown post' : 'HTML page';
    it(`shows the ${page} at ${next.width} pixels on the ${next.tab} tab, then the window reloads`, async function () {
      this.timeout(3 * renderTimeoutMs);
      if (!canReloadWindow()) return this.skip(); // Reloading would end the run in this host.
      await showAndReload(api, next);
    });
  } else {
    after(closeAllEditors);
  }
});
