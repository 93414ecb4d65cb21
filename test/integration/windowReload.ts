import * as vscode from 'vscode';
import type { ContentBridgeApi } from '../../src/extension/extension';

/**
 * Reloading the VS Code window inside a test run. A reload ends the extension host and the test run in it; in the
 * browser-driven test host (scripts/test-integration.mjs) the page reloads with the same address, so VS Code starts
 * the same test module again. A small file beside the test workspace carries the run across: which round this is,
 * how many tests failed before the reload, and what the test that asked for it expects to find afterwards. The
 * test module (index.ts, and test/web/index.ts) then runs only the reload suite, and reports the failures of every
 * round together, so the run still ends with one pass or fail.
 */

interface ReloadMarker {
  /** How many times the window has been reloaded in this run. */
  readonly round: number;
  /** Tests that failed in the rounds before. */
  readonly failures: number;
  /** What the test that asked for the reload expects to find after it. */
  readonly expected?: unknown;
}

/**
 * One reload of the window in the reload suite (previewReload.test.ts): a test sets something up and says what it
 * expects, the window reloads, and the next round's first test checks it.
 */
export interface ReloadRound<Expected> {
  /** The title of the test that sets up the round (the window reloads after it). */
  readonly shows: string;
  /** The title of the test that checks it after the reload. */
  readonly comesBack: string;
  /** Why this host cannot run the round (it is then skipped, without a reload); undefined where it can. */
  readonly cannotRunBecause?: () => string | undefined;
  /** Sets the preview up and returns what to find after the reload. It leaves the editors open: the reload follows. */
  setUp(api: ContentBridgeApi): Promise<Expected>;
  /** After the reload: finds what `setUp` expected. */
  // Method syntax: a list of rounds holds rounds expecting different things (see previewReload.test.ts).
  check(api: ContentBridgeApi, expected: Expected): Promise<void>;
}

/** The suite that reloads the window: run last (the window is reloaded after every other suite), and alone after a reload. */
export const reloadSuiteFile = 'previewReload.test.js';

/** How long a requested reload may take to end this run before it counts as a failure. */
const reloadTimeoutMs = 60_000;

let marker: ReloadMarker | undefined;
let requested: { readonly expected: unknown } | undefined;

/**
 * Whether the window can be reloaded with the tests picking up again afterwards: the browser-driven test host
 * reloads the page with the same tests (VS Code for the Web, the desktop run included, as its window is a browser
 * page there). @vscode/test-electron would end the run instead.
 */
export function canReloadWindow(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Web;
}

/** 0 before any reload, then 1, 2… after each. */
export function reloadRound(): number {
  return marker?.round ?? 0;
}

/** What the test that asked for the last reload expected to find (undefined before any reload). */
export function expectedAfterReload<T>(): T | undefined {
  return marker?.expected as T | undefined;
}

/** The window is reloaded once this run's tests have finished; `expected` is handed to the next round. */
export function reloadWindowAfterThisRun(expected: unknown): void {
  requested = { expected };
}

/**
 * Runs the tests (`runSuites(afterReload)` resolves with the number of failures): all of them at first, only the
 * reload suite after a reload. Reloads the window when a test asked for it, else settles with every round's result.
 */
export async function runWithWindowReloads(runSuites: (afterReload: boolean) => Promise<number>): Promise<void> {
  const file = markerFile();
  marker = file ? await readMarker(file) : undefined;
  const afterReload = marker !== undefined;
  if (file && afterReload) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  const failures = (marker?.failures ?? 0) + (await runSuites(afterReload));
  if (requested && file) {
    const next: ReloadMarker = { round: reloadRound() + 1, failures, expected: requested.expected };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(next)));
    console.log(`[window reload ${next.round}] ${failures} failing so far; the run goes on after the reload.`);
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
    // The reload ends this extension host; if it did not, the run must not wait for ever.
    await new Promise((resolve) => setTimeout(resolve, reloadTimeoutMs));
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    throw new Error(`The window did not reload within ${reloadTimeoutMs / 1000} s (${failures} test(s) failed before).`);
  }
  if (afterReload) console.log(`[window reloads: ${reloadRound()}] ${failures} failing in all rounds.`);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}

/** Beside the test workspace (a fresh copy for each run), so nothing in the workspace changes. */
function markerFile(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, '..', 'content-bridge-window-reload.json') : undefined;
}

async function readMarker(file: vscode.Uri): Promise<ReloadMarker | undefined> {
  try {
    const value = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Partial<ReloadMarker>;
    return Number.isSafeInteger(value.round) && Number.isSafeInteger(value.failures)
      ? { round: value.round as number, failures: value.failures as number, expected: value.expected }
      : undefined;
  } catch {
    return undefined; // No reload in this run yet.
  }
}
