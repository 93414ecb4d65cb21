import * as vscode from 'vscode';
import type { Finding, PageFacts } from '../../core';
import {
  isCrossPageResponse,
  isWorkerResponse,
  unpackFindings,
  type CheckRequest,
  type CrossPageRequest,
  type CrossPageResponse,
  type WorkerCheckOptions,
  type WorkerResponse,
} from '../../shared/checkWorkerProtocol';
import { handleCheckRequest, handleCrossPageRequest } from '../../worker/handleRequest';
import { startCheckWorker, type WorkerPort } from './startWorker';

export interface PageCheck {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly options: WorkerCheckOptions;
  readonly wantFacts: boolean;
  /** Defaults to true; false asks for the facts only. */
  readonly wantFindings?: boolean;
  /** With `wantFacts`: the site whose checks across pages will use these facts (see `crossPage`). */
  readonly site?: string;
}

/** The checks across one site's pages, from the facts the checker kept when it checked them. */
export type CrossPageCheck = Omit<CrossPageRequest, 'type' | 'id'>;

export type CrossPageResult =
  | { readonly findings: ReadonlyMap<string, readonly Finding[]>; readonly elapsedMs: number }
  | { readonly missing: readonly string[] }
  | { readonly failed: string };

export interface PageCheckResult {
  readonly findings: readonly Finding[];
  readonly facts?: PageFacts;
  readonly elapsedMs: number;
  /** Where the check ran: in the worker, or on the extension host's main thread (between other work). */
  readonly ranIn: 'worker' | 'main thread';
}

interface Pending {
  readonly request: CheckRequest;
  readonly resolve: (result: PageCheckResult) => void;
}

/** After this many worker failures in one session, pages are checked on the main thread instead. */
const maxWorkerFailures = 3;

/**
 * Checks pages off the extension host's main thread, in one worker started on first use. When no worker can be
 * started (or it keeps failing), each page is checked on the main thread in its own turn of the event loop, so other
 * work runs between pages; the output channel says so once. A worker that fails mid-check has its pending pages
 * checked on the main thread, so every request is answered.
 */
export class BackgroundChecker implements vscode.Disposable {
  private port: WorkerPort | undefined;
  private starting: Promise<WorkerPort | undefined> | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly pendingCrossPage = new Map<number, { readonly request: CrossPageRequest; readonly resolve: (response: CrossPageResponse) => void }>();
  private nextId = 1;
  private failures = 0;
  private mainThreadOnly = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Where the next page will be checked. */
  get mode(): 'worker' | 'main thread' {
    return this.mainThreadOnly ? 'main thread' : 'worker';
  }

  async check(page: PageCheck): Promise<PageCheckResult> {
    const request: CheckRequest = {
      type: 'check',
      id: this.nextId++,
      uri: page.uri,
      version: page.version,
      text: page.text,
      options: page.options,
      wantFacts: page.wantFacts,
      wantFindings: page.wantFindings ?? true,
      ...(page.site !== undefined ? { site: page.site } : {}),
    };
    const port = await this.worker();
    if (!port) return this.checkOnMainThread(request);
    return new Promise<PageCheckResult>((resolve) => {
      this.pending.set(request.id, { request, resolve });
      port.post(request);
    });
  }

  /**
   * Runs the checks across a site's pages where its pages were checked (the worker), so the extension host's main
   * thread stays free. Answers `missing` when the checker lacks some pages' facts (it was restarted): ask again
   * with them in `facts`.
   */
  async crossPage(check: CrossPageCheck): Promise<CrossPageResult> {
    const request: CrossPageRequest = { type: 'crossPage', id: this.nextId++, ...check };
    const port = await this.worker();
    const response = port
      ? await new Promise<CrossPageResponse>((resolve) => {
          this.pendingCrossPage.set(request.id, { request, resolve });
          port.post(request);
        })
      : await this.crossPageOnMainThread(request);
    switch (response.type) {
      case 'crossPageChecked':
        return { findings: new Map(response.paths.map((path, index) => [path, unpackFindings(response.findings[index])])), elapsedMs: response.elapsedMs };
      case 'crossPageMissing':
        return { missing: response.missing };
      case 'crossPageFailed':
        return { failed: response.message };
    }
  }

  private async crossPageOnMainThread(request: CrossPageRequest): Promise<CrossPageResponse> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return handleCrossPageRequest(request) ?? { type: 'crossPageFailed', id: request.id, message: 'the request was not understood' };
  }

  dispose(): void {
    this.port?.terminate();
    this.port = undefined;
    this.mainThreadOnly = true;
    // Nothing may wait forever on a disposed checker: pending pages get no findings (their documents are gone too).
    for (const { resolve } of this.pending.values()) resolve({ findings: [], elapsedMs: 0, ranIn: 'main thread' });
    this.pending.clear();
    for (const { request, resolve } of this.pendingCrossPage.values()) resolve({ type: 'crossPageFailed', id: request.id, message: 'the checker was closed' });
    this.pendingCrossPage.clear();
  }

  private worker(): Promise<WorkerPort | undefined> {
    if (this.mainThreadOnly) return Promise.resolve(undefined);
    if (this.port) return Promise.resolve(this.port);
    this.starting ??= startCheckWorker(this.extensionUri).then((started) => {
      this.starting = undefined;
      if ('reason' in started) {
        this.useMainThread(
          vscode.l10n.t(
            "Pages are checked in the editor's main process, between other work, because a background worker could not be started ({0}).",
            started.reason,
          ),
        );
        return undefined;
      }
      const port = started.port;
      port.onMessage((message) => this.receive(message));
      port.onFailure((reason) => this.workerFailed(port, reason));
      this.port = port;
      this.output.info(vscode.l10n.t('Large pages and the whole site are checked in a background worker.'));
      return port;
    });
    return this.starting;
  }

  private receive(message: unknown): void {
    if (isCrossPageResponse(message)) {
      const waiting = this.pendingCrossPage.get(message.id);
      this.pendingCrossPage.delete(message.id);
      waiting?.resolve(message);
      return;
    }
    if (!isWorkerResponse(message)) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    pending.resolve(toResult(message, 'worker', this.output));
  }

  private workerFailed(port: WorkerPort, reason: string): void {
    if (this.port !== port) return;
    this.port = undefined;
    port.terminate();
    this.failures++;
    this.output.warn(vscode.l10n.t('The background checking worker stopped: {0}.', reason));
    if (this.failures >= maxWorkerFailures)
      this.useMainThread(vscode.l10n.t("Pages are now checked in the editor's main process, between other work, because the background worker kept stopping."));
    // What the worker was doing is checked here instead, so no one waits for an answer that will not come.
    const stranded = [...this.pending.values()];
    this.pending.clear();
    for (const { request, resolve } of stranded) void this.checkOnMainThread(request).then(resolve);
    // Cross-page checks waiting on it are answered here (asking for the facts the lost worker held).
    const strandedCrossPage = [...this.pendingCrossPage.values()];
    this.pendingCrossPage.clear();
    for (const { request, resolve } of strandedCrossPage) void this.crossPageOnMainThread(request).then(resolve);
  }

  private useMainThread(note: string): void {
    if (this.mainThreadOnly) return;
    this.mainThreadOnly = true;
    this.output.warn(note);
  }

  private async checkOnMainThread(request: CheckRequest): Promise<PageCheckResult> {
    // One page per turn of the event loop: typing, commands and other extensions get their turn between pages.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return toResult(handleCheckRequest(request), 'main thread', this.output);
  }
}

function toResult(response: WorkerResponse, ranIn: PageCheckResult['ranIn'], output: vscode.LogOutputChannel): PageCheckResult {
  if (response.type === 'failed') {
    output.error(vscode.l10n.t('Checking {0} failed: {1}', response.uri, response.message));
    return { findings: [], elapsedMs: 0, ranIn };
  }
  return { findings: unpackFindings(response.findings), facts: response.facts, elapsedMs: response.elapsedMs, ranIn };
}
