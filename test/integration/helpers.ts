import * as vscode from 'vscode';
import type { ContentBridgeApi } from '../../src/extension/extension';
import type { PreviewActivity, PreviewRendered } from '../../src/extension/preview/pagePreview';
import * as assert from './assert';

/**
 * Helpers for the integration suites. They use only `vscode` and the web platform, so the same
 * suites run in the desktop (Node) extension host and in VS Code for the Web's web-worker host.
 */

export const extensionId = 'content-bridge.content-bridge';

export async function activateExtension(): Promise<ContentBridgeApi> {
  const extension = vscode.extensions.getExtension<ContentBridgeApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is not loaded`);
  return extension.activate();
}

/** A file of the fixture workspace (file: URIs on desktop, vscode-remote: in the web host). */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openInEditor(relativePath: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

/** Resolves with the document's diagnostics once they satisfy `ready`, driven by onDidChangeDiagnostics. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return ready(diagnostics) ? diagnostics : undefined;
    },
    timeoutMs,
    () => `diagnostics on ${uri.toString()}; last seen: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(summarize))}`,
  );
}

/** Resolves with the first value `probe` returns after `event` fires (or straight away), or rejects after a timeout. */
export function waitFor<E, T>(event: vscode.Event<E>, probe: (event?: E) => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const immediate = probe();
    if (immediate !== undefined) return resolve(immediate);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}`));
    }, timeoutMs);
    const subscription = event((value) => {
      const result = probe(value);
      if (result === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(result);
    });
  });
}

/** `rule@line:char-line:char`, 0-based as VS Code counts: one string per diagnostic is easy to compare and to read. */
export function summarize(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return `${code}@${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Closes every editor without saving (workspace files and untitled drafts alike), so each test starts clean. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && !document.isClosed) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // The command can return before every tab has gone; a tab closing later would close the next test's editor (and
  // settle its unsaved edit). Wait until the tabs are really gone.
  const deadline = Date.now() + 5_000;
  while (vscode.window.tabGroups.all.some((group) => group.tabs.length > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Asks the test host to photograph the workbench (scripts/test-integration.mjs sets
 * CONTENT_BRIDGE_SCREENSHOT_DIR for the desktop host) and waits for the picture.
 * Hosts that take no screenshots (the web worker, test-electron) skip it: a picture
 * is for people, not an assertion.
 */
export async function screenshot(name: string, timeoutMs = 15_000): Promise<boolean> {
  const folder = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.CONTENT_BRIDGE_SCREENSHOT_DIR;
  if (!folder) return false;
  const file = vscode.Uri.joinPath(vscode.Uri.file(folder), `${name}.png`);
  console.log(`[cb-screenshot] ${name}`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await exists(file)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`(no screenshot taken for "${name}")`);
  return false;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * True where the test host drives the browser (scripts/test-integration.mjs): it can type into VS Code's input
 * box for a test. The desktop host says so through the environment; the web host is always that driver.
 */
export function canTypeIntoInputBox(): boolean {
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
  return Boolean(env?.CONTENT_BRIDGE_SCREENSHOT_DIR) || vscode.env.uiKind === vscode.UIKind.Web;
}

/**
 * Asks the test host to type `text` into the open input box as a person would, photograph it, and press Enter.
 * `clear` empties the box first, as a person would after an answer was refused.
 */
export function typeIntoInputBox(text: string, screenshotName?: string, options: { clear?: boolean } = {}): void {
  console.log(`[cb-type] ${JSON.stringify({ text, screenshot: screenshotName, ...(options.clear ? { clear: true } : {}) })}`);
}

/** The code actions VS Code offers on the first diagnostic of `ruleId`, as the light bulb lists them. */
export async function quickFixesFor(uri: vscode.Uri, ruleId: string): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  // A page opened just now may be checked again once its folder's settings are read (markdownlint, site generator);
  // the light bulb asked in between sees no Content Bridge problem yet, as a person would for that instant. Ask again
  // for a few seconds, as a person would look again.
  const deadline = Date.now() + 5_000;
  for (;;) {
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => summarize(d).startsWith(`${ruleId}@`)));
    const diagnostic = diagnostics.find((d) => summarize(d).startsWith(`${ruleId}@`))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    if (actions.length > 0 || Date.now() > deadline) return { diagnostic, actions };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs a code action as VS Code does: its edit, then its command. */
export async function runCodeAction(action: vscode.CodeAction): Promise<unknown> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" applied`);
  if (action.command) return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return undefined;
}

/** Diagnostics of one rule only, summarized: other rules' findings on a page do not make a test fragile. */
export function ofRule(diagnostics: readonly vscode.Diagnostic[], ruleId: string): string[] {
  return diagnostics.map(summarize).filter((summary) => summary.startsWith(`${ruleId}@`));
}

export interface WebviewFrameState {
  readonly url: string;
  readonly scrollY: number;
  readonly title: string;
  /** Whether the webview's policy let an image from the web load. */
  readonly remoteImages: 'allowed' | 'blocked';
  /** The width the page is laid out in, in CSS pixels. */
  readonly pageWidth: number;
  /** The width the page's media queries see (its frame's viewport, scroll bar included), in CSS pixels. */
  readonly viewportWidth: number;
  /** The computed text colour of the page's `#style-probe` element, if it has one (to see which styles apply). */
  readonly probeColour: string | null;
  /** The text of the element the preview marks as holding the editor's cursor. */
  readonly cursorText: string | null;
  /** The text of the page-settings card shown above a Markdown page. */
  readonly cardText: string | null;
  /** The width of the page's <body> in CSS pixels (the toolbar's width choice). */
  readonly bodyWidth: number;
  /** The elements outlined for problems: `severity element-name`. */
  readonly outlined: readonly string[];
  /** The computed outline colour of the first outlined element. */
  readonly outlineColour: string | null;
  /** The text of the Search result or Social card tab when one is showing, else null. */
  readonly tabText: string | null;
  /** The note at the end of the preview's toolbar. */
  readonly toolbarNote: string | null;
  /** The toolbar's notes, including what was not loaded from the web. */
  readonly toolbarText: string | null;
  /** What a reader sees (the first 2,000 characters). */
  readonly bodyText: string;
  /** The toolbar's words for the preview's mode and what works in it. */
  readonly toolbarMode: string | null;
  /** The address of the frame a built page is shown in, if any. */
  readonly frameAddress: string | null;
  /** The built page's frame's width (the width chosen in the toolbar), or null when no built page is shown. */
  readonly frameWidth: number | null;
}

export interface WebviewClick {
  readonly found: boolean;
  readonly before?: WebviewFrameState;
  readonly after?: WebviewFrameState | { readonly detached: true };
  readonly error?: string;
  /**
   * Whether the click reached the webview window's own click listeners (VS Code's among them, which would open a
   * link's address in a browser). The preview stops link clicks before they get there.
   */
  readonly clickReachedWindow?: boolean;
  /** Browser tabs or windows the action opened (there should be none). */
  readonly openedPages?: readonly string[];
  /** The text of a dialog the workbench showed after the action, if any. */
  readonly dialog?: string | null;
}

/** True where the test host can click and look inside webviews (the desktop host run by scripts/test-integration.mjs). */
export function canActInWebview(): boolean {
  return Boolean((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.CONTENT_BRIDGE_SCREENSHOT_DIR);
}

/**
 * Asks the desktop test host to click an element inside a webview (as a person would, with the mouse) and
 * reports the webview's address and scroll position before and after. Hosts without a driver return undefined.
 */
export async function clickInWebview(selector: string, name: string, timeoutMs = 30_000): Promise<WebviewClick | undefined> {
  return actInWebview({ selector, name, action: 'click' }, timeoutMs);
}

/**
 * Like clickInWebview, for the webview holding `selector`: scroll it to `scrollTo` (as a reader would with the
 * wheel), or only look at it ('probe').
 */
export async function actInWebview(
  request: { readonly selector: string; readonly name: string; readonly action: 'click' | 'scroll' | 'probe'; readonly scrollTo?: number },
  timeoutMs = 30_000,
): Promise<WebviewClick | undefined> {
  const { selector, name } = request;
  const folder = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.CONTENT_BRIDGE_SCREENSHOT_DIR;
  if (!folder) return undefined;
  const file = vscode.Uri.joinPath(vscode.Uri.file(folder), `${name}.json`);
  try {
    await vscode.workspace.fs.delete(file);
  } catch {
    // Not there from an earlier run: nothing to clear.
  }
  console.log(`[cb-webview-click] ${JSON.stringify(request)}`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await exists(file)) return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as WebviewClick;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The test host did not report the click on ${selector}`);
}

/**
 * Looks at the preview until `accept` holds (the webview answers asynchronously), or gives up after a few seconds
 * (returning the last look). `selector` is an element the probe waits for: the toolbar, or the page's content.
 */
export async function probeUntil(
  accept: (state: WebviewFrameState) => boolean,
  name: string,
  selector = 'content-bridge-toolbar',
): Promise<WebviewFrameState | undefined> {
  let last: WebviewFrameState | undefined;
  for (let attempt = 0; attempt < 20; attempt++) {
    const probe = await actInWebview({ selector, name, action: 'probe' });
    if (!probe) return undefined;
    if (probe.after && 'url' in probe.after) {
      last = probe.after;
      if (accept(last)) return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last;
}

/** The preview's next `rendered` answer that `accept` takes. */
export function waitForPreviewRender(api: ContentBridgeApi, accept: (rendered: PreviewRendered) => boolean, timeoutMs: number): Promise<PreviewRendered> {
  return waitFor(
    api.preview.onDidRender,
    (rendered) => (rendered && accept(rendered) ? rendered : undefined),
    timeoutMs,
    () => 'the preview to render',
  );
}

/** The preview's next report of `kind` (an opened file, a selected source…) that `accept` takes. */
export function waitForPreviewActivity<K extends PreviewActivity['kind']>(
  api: ContentBridgeApi,
  kind: K,
  accept: (activity: Extract<PreviewActivity, { kind: K }>) => boolean = () => true,
) {
  return waitFor(
    api.preview.onDidAct,
    (activity) =>
      activity?.kind === kind && accept(activity as Extract<PreviewActivity, { kind: K }>) ? (activity as Extract<PreviewActivity, { kind: K }>) : undefined,
    20_000,
    () => `the preview to report ${kind}`,
  );
}
