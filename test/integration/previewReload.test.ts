import * as assert from './assert';
import * as vscode from 'vscode';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { actInWebview, activateExtension, canActInWebview, closeAllEditors, openInEditor, probeUntil, screenshot, type WebviewFrameState } from './helpers';
import { builtPagesRound, findPanelAgain, pageScriptsRound, previewTabLabel, restrictedRound, showsAnEdit, waitForRender } from './previewReloadModes';
import { canReloadWindow, expectedAfterReload, reloadRound, reloadWindowAfterThisRun, type ReloadRound } from './windowReload';

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

type ToolbarChoice = Pick<ShownBeforeReload, 'page' | 'width' | 'tab'>;

async function click(selector: string, name: string): Promise<void> {
  const result = await actInWebview({ selector, name, action: 'click' });
  assert.ok(result?.found, `${selector} was not found in the preview: ${result?.error ?? ''}`);
  assert.equal(result?.error, undefined, `clicking ${selector}`);
}

/** Opens the preview on the round's page, chooses its width and tab, and notes what it shows. */
async function showWithChoice(api: ContentBridgeApi, round: ToolbarChoice): Promise<ShownBeforeReload> {
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
  return { ...round, tabLabel: previewTabLabel(), firstHeading: rendered.firstHeading, looked };
}

/** After the reload: the preview is back on the same page, following it, with the same width, tab and mode. */
async function findRestored(api: ContentBridgeApi, before: ShownBeforeReload): Promise<void> {
  await findPanelAgain(before.tabLabel);
  await showsAnEdit(api, before.page, before.firstHeading, ' (after a reload)');
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

/** A round for a page shown with a width and tab chosen in the toolbar. */
function toolbarChoiceRound(choice: ToolbarChoice): ReloadRound<ShownBeforeReload> {
  const page = choice.page.endsWith('.md') ? 'Markdown post' : 'HTML page';
  return {
    shows: `shows the ${page} at ${choice.width} pixels on the ${choice.tab} tab, then the window reloads`,
    comesBack: `is back on the ${page}, following it, at the same width, tab and mode`,
    setUp: (api) => showWithChoice(api, choice),
    check: findRestored,
  };
}

/**
 * One page per reload: an HTML page at phone width on the Search result tab, a Markdown post at tablet width on the
 * Social card tab, a page in built pages mode, and a page with its scripts allowed. A folder that is not trusted (the
 * Restricted Mode run) has its own round: a page whose scripts and built pages cannot come back as they were.
 */
const rounds: readonly ReloadRound<unknown>[] = vscode.workspace.isTrusted
  ? [
      toolbarChoiceRound({ page: 'preview/guide.html', width: 375, tab: 'search' }),
      toolbarChoiceRound({ page: 'preview/post.md', width: 768, tab: 'social' }),
      builtPagesRound,
      pageScriptsRound,
    ]
  : [restrictedRound];

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
    const done = rounds[round - 1];
    it(done.comesBack, async function () {
      this.timeout(180_000);
      const expected = expectedAfterReload<unknown>();
      assert.ok(expected, 'the test before the reload said what it showed');
      await done.check(api, expected);
    });
  }

  if (round < rounds.length) {
    const next = rounds[round];
    it(next.shows, async function () {
      this.timeout(180_000);
      if (!canReloadWindow()) return this.skip(); // Reloading would end the run in this host.
      const cannot = next.cannotRunBecause?.();
      if (cannot) {
        console.log(`    (skipped: ${cannot})`);
        return this.skip();
      }
      reloadWindowAfterThisRun(await next.setUp(api));
    });
  } else {
    after(closeAllEditors);
  }
});
