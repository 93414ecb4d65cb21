import * as assert from './assert';
import * as vscode from 'vscode';
import { previewViewType, type PreviewRendered } from '../../src/extension/preview/pagePreview';
import type { ContentBridgeApi } from '../../src/extension/extension';
import type { PreviewState } from '../../src/shared/previewProtocol';
import { actInWebview, canActInWebview, closeAllEditors, openInEditor, probeUntil, screenshot, waitFor, waitForPreviewRender, workspaceFile } from './helpers';
import {
  builtHtml,
  devServerTasks,
  linkSiteModules,
  nodeFs,
  removeSiteModulesAndOutput,
  stopDevServers,
  waitForBuiltPage,
  type ShowedBuiltPage,
} from './builtSite';
import { openPreviewOf, togglePageScripts } from './pageScripts';
import { reloadRound, type ReloadRound } from './windowReload';

/**
 * The reload rounds for the preview's modes: built pages (the server stops with the window: the preview says so and
 * starts it again on request) and page scripts (they run again in a trusted folder; in Restricted Mode they do not,
 * and the preview says why). The rounds for the toolbar's width and tab are in previewReload.test.ts.
 */

export const renderTimeoutMs = 45_000;

export const waitForRender = (api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean) => waitForPreviewRender(api, accept, renderTimeoutMs);

export function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(previewViewType));
}

/** After a reload: one preview panel, titled as before (VS Code may restore it a moment after the tests start). */
export async function findPanelAgain(tabLabel: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (previewTabs().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const tabs = previewTabs();
  assert.equal(tabs.length, 1, 'one preview panel came back');
  assert.equal(tabs[0].label, tabLabel, 'it is titled with the same page');
}

/** The preview's tab title now (the set-up's panel, to be found after the reload). */
export function previewTabLabel(): string {
  const [tab] = previewTabs();
  assert.ok(tab, 'the preview is open');
  return tab.label;
}

/**
 * Edits the page's first heading (not saved) and waits until the preview shows that version: it follows the page.
 * Waiting for the restored panel's first render instead could miss it (it may come before the test starts).
 */
export async function showsAnEdit(api: ContentBridgeApi, page: string, heading: string, added: string): Promise<PreviewRendered> {
  const uri = workspaceFile(page);
  const document = await vscode.workspace.openTextDocument(uri);
  const at = headingEnd(document.getText(), heading);
  assert.ok(at !== undefined, `the page's first heading "${heading}" is in its text`);
  const edited = waitForRender(api, (rendered) => rendered.documentUri === uri.toString() && rendered.firstHeading === `${heading}${added}`);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, document.positionAt(at), added);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the page was edited');
  const rendered = await edited;
  assert.equal(rendered.version, document.version, 'the restored preview shows the latest text');
  return rendered;
}

/** Where the heading's text ends in the source: a Markdown `# heading`, an HTML `>heading</h1>` or `>heading<`. */
function headingEnd(text: string, heading: string): number | undefined {
  for (const [before, after] of [
    ['# ', '\n'],
    ['>', '</h1>'],
    ['>', '<'],
  ]) {
    const at = text.indexOf(`${before}${heading}${after}`);
    if (at >= 0) return at + before.length + heading.length;
  }
  return undefined;
}

interface BuiltBeforeReload {
  readonly page: string;
  readonly tabLabel: string;
  readonly heading: string;
}

const builtPage = 'built-site/index.md';

/** A page of the Eleventy site in built pages mode; the server stops with the window. */
export const builtPagesRound: ReloadRound<BuiltBeforeReload> = {
  shows: 'shows a page as Eleventy builds it, then the window reloads (and the server stops with it)',
  comesBack: 'is back on the page in built pages mode: says Eleventy stopped, shows the file meanwhile, and starts it again on request',
  cannotRunBecause: () => (nodeFs() ? undefined : 'built pages need VS Code on a computer: this host has no Node'),
  async setUp(api) {
    await closeAllEditors();
    linkSiteModules(nodeFs()!);
    const editor = await openInEditor(builtPage);
    const shown = waitForBuiltPageOf(api, editor.document.uri);
    await vscode.commands.executeCommand('contentBridge.showBuiltPage');
    assert.match((await shown).label, /^Built by Eleventy at localhost:\d+$/);
    if (canActInWebview()) {
      const state = await probeUntil((look) => look.frameAddress !== null, `preview-reload-built-before-${reloadRound()}`);
      assert.ok(state?.toolbarMode?.startsWith('Built by Eleventy'), `the toolbar says built pages: ${state?.toolbarMode}`);
      await screenshot(`preview-reload-built-before-${reloadRound() + 1}`);
    }
    return { page: builtPage, tabLabel: previewTabLabel(), heading: 'News from the riverside' };
  },
  async check(api, before) {
    await findPanelAgain(before.tabLabel);
    assert.equal(devServerTasks().length, 0, 'no server was started again without being asked');
    // Until the server runs again, the preview shows the file as it is typed: never a blank panel.
    await showsAnEdit(api, before.page, before.heading, ' (typed after a reload)');
    const heading = `${before.heading} (typed after a reload)`;
    const uri = workspaceFile(before.page);
    let shown: Promise<ShowedBuiltPage>;
    if (canActInWebview()) {
      const paused = await probeUntil(
        (look) => look.toolbarMode?.includes('Eleventy is not running') === true,
        `preview-reload-built-stopped-${reloadRound()}`,
      );
      assert.ok(paused?.toolbarMode?.includes('Eleventy is not running'), `the toolbar says the server is not running: ${paused?.toolbarMode}`);
      assert.ok(paused?.toolbarMode?.includes('stopped when the window was reloaded'), `and why: ${paused?.toolbarMode}`);
      assert.ok(paused?.bodyText.includes(heading), `the file is shown meanwhile, as typed: ${paused?.bodyText}`);
      assert.equal(paused?.frameAddress, null, 'no built page is claimed');
      await screenshot(`preview-reload-built-stopped-${reloadRound()}`);
      shown = waitForBuiltPageOf(api, uri);
      const clicked = await actInWebview({ selector: '#built-restart', name: `preview-reload-built-restart-${reloadRound()}`, action: 'click' });
      assert.equal(clicked?.error, undefined, 'the toolbar offers to start Eleventy again');
    } else {
      shown = waitForBuiltPageOf(api, uri);
      await vscode.commands.executeCommand('contentBridge.showBuiltPage');
    }
    const built = await shown;
    assert.match(built.label, /^Built by Eleventy at localhost:\d+$/);
    assert.equal(devServerTasks().length, 1, 'the server runs again, as a task');
    if (canActInWebview()) {
      const again = await probeUntil((look) => look.frameAddress === built.address, `preview-reload-built-again-${reloadRound()}`);
      assert.equal(again?.frameAddress, built.address, 'the built page is shown again');
      assert.ok(again?.toolbarMode?.startsWith('Built by Eleventy'), `the toolbar says built pages again: ${again?.toolbarMode}`);
    }
    // Saved: the server builds the page again, and the preview shows it again. (Starting a task may already have
    // saved the heading typed before: VS Code saves open files before it runs a task.)
    const refreshed = waitForBuiltPage(api, built.address);
    const document = await vscode.workspace.openTextDocument(uri);
    const sentence = 'The library opens late on Thursdays.';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.positionAt(document.getText().indexOf(sentence) + sentence.length), ' And on Fridays.');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the page was edited');
    assert.ok(await document.save(), 'the page was saved');
    await refreshed;
    const html = await builtHtml(built.address, 'And on Fridays.');
    assert.ok(html.includes(`<h1>${heading}</h1>`), `the server built the page as typed: ${html}`);
    assert.ok(html.includes('The library opens late on Thursdays. And on Fridays.'), 'and as saved after the server started again');
    await screenshot(`preview-reload-built-again-${reloadRound()}`);
    await stopDevServers();
    removeSiteModulesAndOutput(nodeFs()!);
  },
};

function waitForBuiltPageOf(api: ContentBridgeApi, uri: vscode.Uri): Promise<ShowedBuiltPage> {
  return waitFor(
    api.preview.onDidAct,
    (activity) => (activity?.kind === 'showedBuiltPage' && activity.uri === uri.toString() ? activity : undefined),
    90_000,
    () => `the preview to show the built page of ${uri.toString()}`,
  );
}

interface ScriptsBeforeReload {
  readonly page: string;
  readonly tabLabel: string;
}

const scriptedPage = 'preview/scripted-links.html';
/** Only in the frame the page's scripts run in (the page's script writes it), so the probe looks there. */
const inScriptsFrame = '#changed';
const changedByScript = 'Changed by the page script';

/** A page whose scripts the user allowed, in a trusted folder: they run again after the reload. */
export const pageScriptsRound: ReloadRound<ScriptsBeforeReload> = {
  shows: 'shows a page with its own scripts allowed, then the window reloads',
  comesBack: 'is back on the page with its scripts running, following it',
  cannotRunBecause: () => (canActInWebview() ? undefined : 'this host cannot click inside the preview to allow the scripts'),
  async setUp(api) {
    await closeAllEditors();
    await openPreviewOf(api, scriptedPage);
    await togglePageScripts(api, scriptedPage, `preview-reload-scripts-allow-${reloadRound()}`);
    const running = await probeUntil((look) => look.bodyText.includes(changedByScript), `preview-reload-scripts-before-${reloadRound()}`, inScriptsFrame);
    assert.ok(running?.bodyText.includes(changedByScript), `the page's script ran: ${running?.bodyText}`);
    return { page: scriptedPage, tabLabel: previewTabLabel() };
  },
  async check(api, before) {
    await findPanelAgain(before.tabLabel);
    const running = await probeUntil((look) => look.bodyText.includes(changedByScript), `preview-reload-scripts-after-${reloadRound()}`, inScriptsFrame);
    assert.ok(running?.bodyText.includes(changedByScript), `the page's script runs again after the reload: ${running?.bodyText}`);
    await showsAnEdit(api, before.page, 'Family events', ' after a reload');
    const edited = await probeUntil(
      (look) => look.bodyText.includes('Family events after a reload') && look.bodyText.includes(changedByScript),
      `preview-reload-scripts-edited-${reloadRound()}`,
      inScriptsFrame,
    );
    assert.ok(edited?.bodyText.includes('Family events after a reload'), `the edit is shown, scripts running: ${edited?.bodyText}`);
    await screenshot(`preview-reload-scripts-after-${reloadRound()}`);
  },
};

/**
 * In Restricted Mode (the `--restricted` run): a page whose scripts were allowed while the folder was trusted, shown
 * in built pages mode. After the reload it comes back without running its scripts or a server, and says why.
 */
export const restrictedRound: ReloadRound<ScriptsBeforeReload> = {
  shows: 'in Restricted Mode: shows a page whose scripts were allowed when the folder was trusted, in built pages mode, then the window reloads',
  comesBack: 'in Restricted Mode: is back on the page without its scripts or a server, and says why',
  async setUp(api) {
    await closeAllEditors();
    const editor = await openInEditor(scriptedPage);
    const uri = editor.document.uri;
    await api.preview.rememberPagesWithScripts([uri]);
    // The state the preview saved in a trusted window, brought back by the panel serializer (as after a reload).
    const saved: PreviewState = { documentUri: uri.toString(), scrollY: 0, built: true };
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      'Preview',
      { viewColumn: vscode.ViewColumn.Two, preserveFocus: true },
      { enableScripts: true },
    );
    const first = waitForRender(api, (rendered) => rendered.documentUri === uri.toString());
    assert.ok(await api.preview.restore(panel, saved), 'the panel was restored');
    await first;
    if (canActInWebview()) await expectNoScriptsNoServer(`preview-restricted-reload-before-${reloadRound()}`);
    return { page: scriptedPage, tabLabel: previewTabLabel() };
  },
  async check(api, before) {
    await findPanelAgain(before.tabLabel);
    await showsAnEdit(api, before.page, 'Family events', ' after a reload');
    if (!canActInWebview()) return;
    await expectNoScriptsNoServer(`preview-restricted-reload-after-${reloadRound()}`, 'Family events after a reload');
    await screenshot(`preview-restricted-reload-after-${reloadRound()}`);
  },
};

/** The page is shown (never a blank panel), without its scripts, and the toolbar says why, and why built pages wait. */
async function expectNoScriptsNoServer(name: string, heading = 'Family events'): Promise<void> {
  const look = await probeUntil(
    (state) => state.bodyText.includes(heading) && (state.toolbarText ?? '').includes('scripts are off') && (state.toolbarMode ?? '').includes('paused'),
    name,
  );
  assert.ok(look?.bodyText.includes(heading), `the page is shown: ${look?.bodyText}`);
  assert.ok(!look?.bodyText.includes(changedByScript), "the page's scripts did not run");
  assert.ok(
    look?.toolbarText?.includes("This page's scripts are off: you allowed them, but they run only in a folder you trust"),
    `the toolbar says why the scripts are off: ${look?.toolbarText}`,
  );
  assert.ok(look?.toolbarMode?.includes('Built pages are paused'), `the toolbar says built pages wait: ${look?.toolbarMode}`);
  assert.ok(look?.toolbarMode?.includes('trust this folder'), `and why: ${look?.toolbarMode}`);
  assert.equal(devServerTasks().length, 0, 'no server was started');
}
