import * as vscode from 'vscode';
import {
  builtPageAddressFromSettings,
  markdownPreview,
  pageMetaOf,
  searchResultPreview,
  socialCardPreview,
  type PageMeta,
  type SearchResultPreview,
  type SocialCardPreview,
} from '../../core';
import { MarkdownPreviewRenderer } from '../../core/preview/markdownPreview';
import { preparePreviewPage } from '../../core/preview/preparePreviewHtml';
import { linePositionText } from '../../core/preview/linePositions';
import { LineIndex } from '../../core/text/lineIndex';
import type { Span } from '../../core/html/parse';
import {
  parsePreviewMessage,
  type ExtensionToPreviewMessage,
  type RenderPageMessage,
  type PageProblem,
  type PreviewToExtensionMessage,
  type PreviewView,
} from '../../shared/previewProtocol';
import { PageVersionSender } from './pageVersionSender';
import { createNonce, previewShellHtml } from './previewShell';
import { prompts } from '../userPrompts';
import { resolveLink } from './links';
import { readPreviewSettings } from './previewSettings';
import { findSiteStylesheet } from './siteStylesheet';
import type { SiteGenerators } from '../site/siteGenerators';
import { DevServerError, findBuiltSite, serverTaskRunning, showServerOutput, startDevServer, whenServerEnds, type BuiltSite } from './devServer';
import { canRunServerHere } from './serverTerminal';

export const previewViewType = 'contentBridge.preview';

/** What the reader saw after an update: reported by the webview once the page has loaded. */
export interface PreviewRendered {
  readonly documentUri: string;
  readonly version: number;
  readonly title: string;
  readonly firstHeading: string;
  /** When the page was on screen in the preview (milliseconds since 1970, the webview's clock), if it said. */
  readonly shownAt?: number;
  /** When the webview received that version (its clock), if it said: before it, the extension's work and the delivery. */
  readonly receivedAt?: number;
  /** How long each step of showing it took in the webview, if it said (milliseconds by step). */
  readonly phases?: Readonly<Record<string, number>>;
}

/** What the preview did for the reader, for tests and for other extensions to follow. */
export type PreviewActivity =
  | { readonly kind: 'openedFile'; readonly uri: string }
  | { readonly kind: 'openedInBrowser'; readonly uri: string }
  | { readonly kind: 'selectedSource'; readonly uri: string; readonly start: number; readonly end: number }
  | { readonly kind: 'scrolledEditor'; readonly uri: string; readonly line: number }
  /**
   * A version was made ready for the preview: the extension host's time for it, in milliseconds, and whether it went
   * as the change from the version shown (`patched`) with how many characters of page it carried.
   */
  | {
      readonly kind: 'prepared';
      readonly uri: string;
      readonly version: number;
      readonly ms: number;
      readonly patched?: boolean;
      readonly characters?: number;
      /** Where the time went, in milliseconds (see PreparedSteps). */
      readonly steps?: PreparedSteps;
    }
  /** Built pages mode: the page as the development server built it loaded in the preview. */
  | { readonly kind: 'showedBuiltPage'; readonly uri: string; readonly address: string; readonly label: string }
  /** Built pages mode: the development server did not come up; `message` is what the user was told. */
  | { readonly kind: 'builtPagesFailed'; readonly uri: string; readonly message: string }
  /** The answer to `checkPage`: whether the page on show equals its version read whole (where it first differs). */
  | { readonly kind: 'checkedPage'; readonly uri: string; readonly version: number; readonly same: boolean; readonly difference: string };

/**
 * A version's way from the typing delay to the webview, in milliseconds: `late`, how long after the delay the timer
 * ran (the extension host was busy); `before`, the settings and stylesheet lookups; then reading the text, its line
 * starts, the page, the search and social previews, the change from the version shown with its hash, and posting.
 */
export type PreparedSteps = Readonly<Record<'late' | 'before' | 'text' | 'lines' | 'page' | 'sharing' | 'change' | 'post', number>>;

/** Where the sites allowed to serve the preview images, fonts and styles are remembered, per folder. */
const allowedSitesKey = 'contentBridge.preview.allowedSites';
/** The pages whose own scripts the user allowed to run in the preview, per workspace. */
export const pagesWithScriptsKey = 'contentBridge.preview.pagesWithScripts';

/** Updates wait this long after a keystroke so the preview keeps up without re-rendering on every letter. */
const typingDelayMs = 120;
/** After the preview scrolled the editor (or the other way round), the echo of that scroll is not sent back. */
const scrollEchoMs = 400;
/** After a save, the development server needs a moment to build the page again. */
const rebuildDelayMs = 800;

/** The pages the preview shows. */
export function isPreviewable(document: vscode.TextDocument): boolean {
  return document.languageId === 'html' || document.languageId === 'markdown';
}

/**
 * The live preview beside the editor. It shows one HTML or Markdown document at a time,
 * including unsaved edits, follows the user to another page, and keeps in step with the editor.
 */
export class PagePreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private webviewReady = false;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the typing delay's timer should run (performance.now()), to tell how late it ran. */
  private updateDueAt: number | undefined;
  /** The newest version the webview said it showed: an older answer arriving late is dropped. */
  private lastRendered: { readonly documentUri: string; readonly version: number } | undefined;
  private editorScrolledByPreviewAt = 0;
  private stylesheet: { readonly key: string; readonly found: Promise<vscode.Uri | undefined> } | undefined;
  /** The stylesheet setting for a page, as read last (cleared when a preview setting changes). */
  private stylesheetSetting: { readonly uri: string; readonly configured: string } | undefined;
  /** Counts updates, so a slow stylesheet lookup for an older one does not overwrite a newer render. */
  private updateCount = 0;
  /** Built pages mode: the site whose development server builds the pages shown (undefined: the file as typed). */
  private built: BuiltSite | undefined;
  /**
   * Built pages mode brought back after a reload, without its server (it stopped with the window) or where it cannot
   * run now: the file is shown, and the toolbar says why and offers to start the server again.
   */
  private builtPaused: BuiltPause | undefined;
  /** Watches the built pages' server while it runs: when it stops, the preview shows the file instead of a dead page. */
  private serverWatch: vscode.Disposable | undefined;
  /** Keeps what it read of the Markdown page, so typing re-reads only the part that changed. */
  private readonly markdown = new MarkdownPreviewRenderer();
  /** Whether the webview's policy, as loaded, lets the shown page's scripts run (with this nonce). */
  private shellRunsScripts = false;
  private readonly pageScriptNonce = createNonce();
  /** The last search and social previews made, with what they were made from. */
  private lastSharing: { readonly key: string; readonly previews: { readonly search: SearchResultPreview; readonly social: SocialCardPreview } } | undefined;
  /** Sends each version as the change from the one the webview showed, when it can. */
  private readonly versions = new PageVersionSender();

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private document: vscode.TextDocument,
    private readonly sites: SiteGenerators | undefined,
    private readonly events: {
      readonly onRendered: (rendered: PreviewRendered) => void;
      readonly onActivity: (activity: PreviewActivity) => void;
      readonly onDispose: () => void;
    },
    /** The folder's remembered choices: which sites the preview may load from. */
    private readonly workspaceState?: vscode.Memento,
    /** A panel brought back after a reload: the toolbar's choices it had. */
    private readonly restoredView?: PreviewView,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        const parsed = parsePreviewMessage(message);
        if (parsed) this.handle(parsed);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // A development server builds saved files only: built pages refresh after a save instead.
        if (event.document === this.document && !this.built) this.updateSoon();
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.built && document.uri.path.startsWith(`${this.built.root.path}/`)) setTimeout(() => void this.update(), rebuildDelayMs);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isPreviewable(editor.document) && editor.document !== this.document) this.show(editor.document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event.textEditor)),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.cursorMoved(event.textEditor);
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.document.uri.toString())) this.postProblems();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('contentBridge.preview')) {
          this.stylesheetSetting = undefined;
          this.postOptions();
          void this.update();
        }
      }),
      // Trusted now: reload the shell so images, fonts and styles from the web may load (and allowed scripts run).
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        if (this.builtPaused?.reason === 'untrusted') void this.restoreBuiltPages();
        this.loadShell();
      }),
    );
    this.panel.title = previewTitle(document.uri);
    this.configureWebview();
    this.loadShell();
  }

  /** The page shown now. */
  get documentUri(): vscode.Uri {
    return this.document.uri;
  }

  /** (Re)loads the webview's document; it answers 'ready', which renders the page. */
  private loadShell(): void {
    this.webviewReady = false;
    this.versions.forget();
    this.shellRunsScripts = this.scriptsAllowed(this.document);
    this.panel.webview.html = previewShellHtml(
      this.panel.webview,
      this.extensionUri,
      vscode.workspace.isTrusted,
      this.allowedSites(),
      this.built?.server.port,
      this.restoredView,
      this.shellRunsScripts ? this.pageScriptNonce : undefined,
    );
  }

  /** The user allowed this page's scripts in this workspace, and the workspace is trusted. HTML pages only. */
  private scriptsAllowed(document: vscode.TextDocument): boolean {
    if (!vscode.workspace.isTrusted || document.languageId !== 'html') return false;
    return this.pagesWithScripts().includes(document.uri.toString());
  }

  private pagesWithScripts(): readonly string[] {
    const stored = this.workspaceState?.get<unknown>(pagesWithScriptsKey);
    return Array.isArray(stored) ? stored.filter((page): page is string => typeof page === 'string') : [];
  }

  /**
   * Toolbar: let the shown page's scripts run in the preview, after saying what that means, or turn them off.
   * Remembered for the page in this workspace. The preview loads again with a policy that lets only this page's
   * scripts run, in a frame that cannot reach VS Code, the webview or the web beyond the sites already allowed.
   */
  async setPageScripts(on: boolean): Promise<void> {
    if (!this.workspaceState || this.document.languageId !== 'html') return;
    const page = this.document.uri.toString();
    if (on) {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t("A page's scripts can run in the preview only in a folder you trust. Trust this folder first."),
        );
        return;
      }
      const allowed = await prompts().confirm(
        vscode.l10n.t("Let this page's scripts run in the preview?"),
        vscode.l10n.t(
          "Scripts are the page's own programs. They can change what the page shows, move things around, open menus and slow the preview down. In the preview they cannot reach your files, VS Code or other websites, and they stay in the preview. Allow them only for pages whose scripts you know. You can turn them off again in the toolbar.",
        ),
        vscode.l10n.t('Allow scripts'),
      );
      if (!allowed) return;
      await this.workspaceState.update(pagesWithScriptsKey, [...new Set([...this.pagesWithScripts(), page])]);
    } else {
      await this.workspaceState.update(
        pagesWithScriptsKey,
        this.pagesWithScripts().filter((allowedPage) => allowedPage !== page),
      );
    }
    this.loadShell();
  }

  /** Whether the preview shows pages as the development server builds them. */
  get showsBuiltPages(): boolean {
    return this.built !== undefined;
  }

  /**
   * Built pages mode, on the user's request: starts the site's development server (or reuses the running one),
   * waits for it, and shows the current page as it builds it. Off: back to the file as typed.
   */
  async setBuiltPages(on: boolean): Promise<void> {
    if (!on) {
      this.serverWatch?.dispose();
      this.serverWatch = undefined;
      if (this.builtPaused) {
        this.builtPaused = undefined;
        this.postMode(undefined);
      }
      if (!this.built) return;
      this.built = undefined;
      this.loadShell();
      return;
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t("Built pages need a trusted folder, because showing them runs your site's own tools. Trust this folder to use them."),
      );
      return;
    }
    if (!canRunServerHere()) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t("Built pages need VS Code on your computer, because they run your site's own tools. In VS Code for the Web the preview shows your file."),
      );
      return;
    }
    const site = await findBuiltSite(this.document.uri);
    if (!site) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'This site has no development server Content Bridge knows how to start (Hugo, Jekyll, Eleventy, Astro, or a "dev" or "start" script in package.json). The preview keeps showing your file.',
        ),
      );
      return;
    }
    let running: BuiltSite;
    try {
      running = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Starting {0} to show the built page…', site.server.builtBy) },
        () => startDevServer(site),
      );
    } catch (error) {
      void this.serverFailed(error, site);
      return;
    }
    this.built = running;
    this.builtPaused = undefined;
    this.serverWatch?.dispose();
    this.serverWatch = whenServerEnds(running, () => this.serverEnded(running));
    this.loadShell();
  }

  /** The server stopped (in its terminal, or it failed) while its pages were shown: the file, and the offer to start it again. */
  private serverEnded(site: BuiltSite): void {
    this.serverWatch?.dispose();
    this.serverWatch = undefined;
    if (this.built !== site) return;
    this.built = undefined;
    this.builtPaused = { reason: 'ended', site };
    this.loadShell();
  }

  /**
   * The preview comes back after a reload in built pages mode. A server still running for the site is shown at once;
   * one that stopped with the window is not started again unasked (starting a program is the user's choice): the
   * preview shows the file and offers, in its toolbar, to start it again or to stay with the file. Where built pages
   * cannot run now (the folder is not trusted, VS Code for the Web), the toolbar says so.
   */
  async restoreBuiltPages(): Promise<void> {
    if (!vscode.workspace.isTrusted) return this.pauseBuiltPages({ reason: 'untrusted' });
    if (!canRunServerHere()) return this.pauseBuiltPages({ reason: 'desktopOnly' });
    const site = await findBuiltSite(this.document.uri);
    if (!site) {
      // The site no longer has a server we can start: the file, as in any preview.
      this.builtPaused = undefined;
      this.postMode(undefined);
      return;
    }
    if (serverTaskRunning(site)) return this.setBuiltPages(true);
    this.pauseBuiltPages({ reason: 'stopped', site });
  }

  private pauseBuiltPages(pause: BuiltPause): void {
    this.builtPaused = pause;
    this.postCurrentMode();
  }

  /** The toolbar's mode for the state the preview is in now (after the webview loaded again, too). */
  private postCurrentMode(): void {
    if (!this.webviewReady || this.built) return; // In built mode, each update says what it shows.
    if (!this.builtPaused) return this.postMode(undefined);
    const paused = this.builtPaused;
    const message: ExtensionToPreviewMessage = paused.site
      ? {
          type: 'mode',
          built: true,
          showsBuiltPage: false,
          label: vscode.l10n.t('{0} is not running', paused.site.server.builtBy),
          detail:
            paused.reason === 'stopped'
              ? vscode.l10n.t(
                  'The preview showed this page as {0} builds it, and {0} stopped when the window was reloaded. Until you start it again, the preview shows your file as you type.',
                  paused.site.server.builtBy,
                )
              : vscode.l10n.t('{0} stopped, so the preview shows your file as you type. Start it again to see the built page.', paused.site.server.builtBy),
          restart: vscode.l10n.t('Start {0} again', paused.site.server.builtBy),
        }
      : {
          type: 'mode',
          built: true,
          showsBuiltPage: false,
          label: vscode.l10n.t('Built pages are paused'),
          detail:
            paused.reason === 'untrusted'
              ? vscode.l10n.t(
                  "Built pages need a trusted folder, because showing them runs your site's own tools. The preview shows your file as you type until you trust this folder.",
                )
              : vscode.l10n.t(
                  "Built pages need VS Code on your computer, because they run your site's own tools. Here the preview shows your file as you type.",
                ),
        };
    void this.panel.webview.postMessage(message);
  }

  /** The server did not come up: says so, with its output one click away. */
  private async serverFailed(error: unknown, site: BuiltSite): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.events.onActivity({ kind: 'builtPagesFailed', uri: this.document.uri.toString(), message });
    if (!(error instanceof DevServerError)) {
      void vscode.window.showWarningMessage(message);
      return;
    }
    const showOutput = vscode.l10n.t("Show the server's output");
    if ((await vscode.window.showWarningMessage(message, showOutput)) === showOutput) await showServerOutput(site);
  }

  show(document: vscode.TextDocument): void {
    const folderChanged = this.folderOf(document).toString() !== this.folderOf(this.document).toString();
    this.document = document;
    this.panel.title = previewTitle(document.uri);
    if (folderChanged) this.configureWebview();
    // Only a page whose scripts were allowed gets a policy that lets them run.
    if (this.scriptsAllowed(document) !== this.shellRunsScripts) this.loadShell();
    else {
      this.postScriptsNote();
      void this.update();
    }
  }

  /**
   * Why the page shows without the scripts the user allowed for it: the folder is not trusted (any more). An empty
   * note for every other page.
   */
  private postScriptsNote(): void {
    if (!this.webviewReady) return;
    const document = this.document;
    const held = !vscode.workspace.isTrusted && document.languageId === 'html' && this.pagesWithScripts().includes(document.uri.toString());
    void this.panel.webview.postMessage({
      type: 'scriptsNote',
      documentUri: document.uri.toString(),
      text: held
        ? vscode.l10n.t(
            "This page's scripts are off: you allowed them, but they run only in a folder you trust, and this folder is not trusted (Restricted Mode). Trust the folder to run them again.",
          )
        : '',
    } satisfies ExtensionToPreviewMessage);
  }

  /** Asks the preview whether the page on show equals the version shown read whole (answered as a `checkedPage` activity). */
  checkPage(): boolean {
    if (!this.lastRendered) return false;
    void this.panel.webview.postMessage({ type: 'checkPage', ...this.lastRendered } satisfies ExtensionToPreviewMessage);
    return true;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.serverWatch?.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
    this.disposables.length = 0;
    this.panel.dispose();
    this.events.onDispose();
  }

  private handle(message: PreviewToExtensionMessage): void {
    switch (message.type) {
      case 'ready':
        // A new or reloaded webview holds no page: the first version goes in full.
        this.versions.forget();
        this.webviewReady = true;
        this.postOptions();
        this.postCurrentMode();
        this.postScriptsNote();
        void this.update();
        return;
      case 'refresh':
        this.stylesheet = undefined;
        void this.update();
        return;
      case 'openInBrowser':
        void this.openInBrowser();
        return;
      case 'allowSites':
        void this.allowSites(message.sites);
        return;
      case 'builtPages':
        void this.setBuiltPages(message.on);
        return;
      case 'pageScripts':
        void this.setPageScripts(message.on);
        return;
    }
    // An answer about another page, or about a version older than one already answered for, is stale.
    if (message.documentUri !== this.document.uri.toString()) return;
    switch (message.type) {
      case 'rendered':
        if (this.lastRendered?.documentUri === message.documentUri && message.version < this.lastRendered.version) return;
        this.lastRendered = { documentUri: message.documentUri, version: message.version };
        this.versions.shown(message);
        this.events.onRendered({
          documentUri: message.documentUri,
          version: message.version,
          title: message.title,
          firstHeading: message.firstHeading,
          ...(message.shownAt !== undefined ? { shownAt: message.shownAt } : {}),
          ...(message.receivedAt !== undefined ? { receivedAt: message.receivedAt } : {}),
          ...(message.phases !== undefined ? { phases: message.phases } : {}),
        });
        this.postProblems();
        return;
      case 'needFullText':
        this.versions.forget();
        void this.update();
        return;
      case 'pageChecked':
        this.events.onActivity({ kind: 'checkedPage', uri: message.documentUri, version: message.version, same: message.same, difference: message.difference });
        return;
      case 'builtShown':
        if (this.built)
          this.events.onActivity({ kind: 'showedBuiltPage', uri: message.documentUri, address: message.address, label: builtLabel(this.built.server) });
        return;
      case 'openLink':
        void this.openLink(message.href);
        return;
      case 'selectSource':
        // Offsets from an older version would select the wrong text.
        if (message.version === this.document.version) void this.selectSource(message.start, message.end);
        return;
      case 'scrolled':
        if (message.version === this.document.version) this.scrollEditorTo(message.offset);
        return;
    }
  }

  private updateSoon(): void {
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.updateDueAt = performance.now() + typingDelayMs;
    this.updateTimer = setTimeout(() => void this.update(), typingDelayMs);
  }

  private async update(): Promise<void> {
    const began = performance.now();
    const late = this.updateTimer !== undefined && this.updateDueAt !== undefined ? Math.max(0, began - this.updateDueAt) : 0;
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.updateTimer = undefined;
    if (!this.webviewReady) return; // 'ready' triggers the first render.
    const token = ++this.updateCount;
    const document = this.document;
    if (this.built) {
      const shown = await this.postBuiltPage(document, this.built, token);
      if (shown || token !== this.updateCount) return;
    }
    const webview = this.panel.webview;
    const siteRoot = this.siteRootOf(document);
    const siteRootHref = `${webview.asWebviewUri(siteRoot)}/`;
    let message: ExtensionToPreviewMessage;
    const stylesheet = document.languageId === 'markdown' ? await this.stylesheetFor(document, siteRoot) : undefined;
    if (token !== this.updateCount) return; // A newer update is on its way.
    // The version is read with the text, after the wait: an edit made meanwhile must not be labelled as the version before it.
    const base = { documentUri: document.uri.toString(), version: document.version, baseHref: `${webview.asWebviewUri(this.folderOf(document))}/` };
    const started = performance.now();
    const steps = { late, before: started - began, text: 0, lines: 0, page: 0, sharing: 0, change: 0, post: 0 };
    try {
      const page = this.renderMessage(document, base, siteRootHref, siteRoot, stylesheet, steps);
      const changeStarted = performance.now();
      message = this.versions.next(page);
      steps.change = performance.now() - changeStarted;
    } catch (error) {
      // Never expected (the page is read with limits); the preview keeps the last version it showed.
      console.error('Content Bridge could not prepare the preview', error);
      return;
    }
    const postStarted = performance.now();
    void webview.postMessage(message);
    steps.post = performance.now() - postStarted;
    const ms = performance.now() - started;
    const sent = message.type === 'renderPatch' ? { patched: true, characters: message.inserted.length } : { patched: false, characters: message.html.length };
    this.events.onActivity({ kind: 'prepared', uri: base.documentUri, version: base.version, ms, ...sent, steps });
    // The problems follow once the webview says the page is on screen ('rendered'): showing the page comes first.
  }

  /** The page made ready for the webview: one parse for an HTML page, only the changed parts of a Markdown page. */
  private renderMessage(
    document: vscode.TextDocument,
    base: { readonly documentUri: string; readonly version: number; readonly baseHref: string },
    siteRootHref: string,
    siteRoot: vscode.Uri,
    stylesheet: vscode.Uri | undefined,
    steps: { text: number; lines: number; page: number; sharing: number },
  ): RenderPageMessage {
    let at = performance.now();
    /** Milliseconds since the last step ended. */
    const step = () => {
      const now = performance.now();
      const spent = now - at;
      at = now;
      return spent;
    };
    const text = document.getText();
    steps.text = step();
    // Positions by line and column: a keystroke then changes the positions on its own line only, so the webview
    // compares, cleans and updates only the edited part of the page (see core/preview/linePositions.ts).
    const lines = new LineIndex(text);
    const positionText = (span: Span) => linePositionText(lines, span);
    steps.lines = step();
    if (document.languageId === 'markdown') {
      const preview = this.markdown.render(text, {
        siteRootHref,
        sourcePositions: true,
        positionsByLine: lines,
        ...(stylesheet ? { stylesheetHref: this.panel.webview.asWebviewUri(stylesheet).toString() } : {}),
      });
      steps.page = step();
      const sharing = this.sharing(preview.meta, document, siteRoot);
      steps.sharing = step();
      return {
        type: 'render',
        kind: 'markdown',
        ...base,
        html: preview.html,
        lines: lines.starts,
        ...(preview.parts ? { parts: preview.parts } : {}),
        ...(preview.card ? { card: preview.card } : {}),
        ...sharing,
      };
    }
    const scripts = this.shellRunsScripts && this.scriptsAllowed(document);
    if (scripts) {
      // The page with its scripts is drawn anew each time in a frame of its own: offsets, as that frame's script reads them.
      const page = preparePreviewPage(text, { siteRootHref, sourceOf: (span) => span, keepScripts: true });
      steps.page = step();
      const sharing = this.sharing(page.meta, document, siteRoot);
      steps.sharing = step();
      return { type: 'render', kind: 'html', ...base, html: page.html, ...sharing, scripts: true };
    }
    const page = preparePreviewPage(text, { siteRootHref, sourceOf: (span) => span, positionText, parts: true });
    steps.page = step();
    const sharing = this.sharing(page.meta, document, siteRoot);
    steps.sharing = step();
    return { type: 'render', kind: 'html', ...base, html: page.html, lines: lines.starts, ...(page.parts ? { parts: page.parts } : {}), ...sharing };
  }

  /**
   * Built pages mode: the page's address on the development server, with the built page as a search result and a
   * shared link; false for a file the server does not publish as a page (the preview then shows the file, and says so).
   */
  private async postBuiltPage(document: vscode.TextDocument, site: BuiltSite, token: number): Promise<boolean> {
    const address = this.builtAddressOf(document, site);
    if (!address) {
      this.postMode(site, document.uri.path.startsWith(`${site.root.path}/`) ? 'notAPage' : 'otherSite');
      return false;
    }
    const sharing = await this.builtSharing(address, document);
    if (token !== this.updateCount) return true; // A newer update is on its way.
    this.postMode(site, 'page');
    void this.panel.webview.postMessage({
      type: 'showBuilt',
      documentUri: document.uri.toString(),
      version: document.version,
      address,
      label: builtLabel(site.server),
      ...sharing,
    } satisfies ExtensionToPreviewMessage);
    return true;
  }

  /**
   * The Search result and Social card tabs in built mode: read from the page the server built (its layout writes the
   * title, description and sharing tags), or from the file when the server's page cannot be read.
   */
  private async builtSharing(address: string, document: vscode.TextDocument) {
    const built = await builtPageHtml(address);
    if (built !== undefined) {
      const meta = pageMetaOf(built);
      return { search: searchResultPreview(meta, new URL(address).pathname), social: socialCardPreview(meta) };
    }
    const text = document.getText();
    const meta = document.languageId === 'markdown' ? markdownPreview(text, { siteRootHref: '' }).meta : pageMetaOf(text);
    return this.sharing(meta, document, this.siteRootOf(document));
  }

  /**
   * Tells the toolbar which mode the preview is in, and what works in it. In built mode, `shows` is what the preview
   * can show of the current file: its built page, or the file itself when the server does not publish it as a page or
   * it belongs to another site.
   */
  private postMode(site: BuiltSite | undefined, shows: 'page' | 'notAPage' | 'otherSite' = 'page'): void {
    if (!this.webviewReady) return;
    const message: ExtensionToPreviewMessage = !site
      ? {
          type: 'mode',
          built: false,
          showsBuiltPage: false,
          label: vscode.l10n.t('Your file, as you type'),
          detail: vscode.l10n.t('The preview shows your file as it is in the editor, saved or not, with its problems outlined.'),
        }
      : shows === 'page'
        ? {
            type: 'mode',
            built: true,
            showsBuiltPage: true,
            label: builtLabel(site.server),
            detail: vscode.l10n.t(
              'Shown as the server builds it after each save. Problem outlines and scrolling with the editor work on your file (Show your file); Search result and Social card read the built page.',
            ),
          }
        : {
            type: 'mode',
            built: true,
            showsBuiltPage: false,
            label: vscode.l10n.t('Your file, as you type'),
            detail:
              shows === 'notAPage'
                ? vscode.l10n.t(
                    '{0} does not publish this file as a page of its own (it is part of other pages), so the preview shows the file. Open a page to see it built.',
                    site.server.builtBy,
                  )
                : vscode.l10n.t('This file is not part of the site {0} builds, so the preview shows the file.', site.server.builtBy),
          };
    void this.panel.webview.postMessage(message);
  }

  /** The file's address on the development server; undefined outside the site or for a part of pages (a layout). */
  private builtAddressOf(document: vscode.TextDocument, site: BuiltSite): string | undefined {
    if (!document.uri.path.startsWith(`${site.root.path}/`)) return undefined;
    return builtPageAddressFromSettings(document.uri.path.slice(site.root.path.length + 1), document.getText(), site.server);
  }

  /** The page's problems (every source the Problems panel shows), as offsets for the page's outlines. */
  private postProblems(): void {
    if (!this.webviewReady) return;
    const document = this.document;
    const problems: PageProblem[] = vscode.languages
      .getDiagnostics(document.uri)
      .slice(0, 2_000)
      .map((diagnostic) => ({
        start: document.offsetAt(diagnostic.range.start),
        end: document.offsetAt(diagnostic.range.end),
        severity: severityOf(diagnostic.severity),
        message: diagnostic.message,
      }));
    void this.panel.webview.postMessage({
      type: 'problems',
      documentUri: document.uri.toString(),
      version: document.version,
      problems,
    } satisfies ExtensionToPreviewMessage);
  }

  private allowedSites(): readonly string[] {
    const stored = this.workspaceState?.get<unknown>(allowedSitesKey);
    return Array.isArray(stored) ? stored.filter((site): site is string => typeof site === 'string') : [];
  }

  /** The user chose to load from these sites in this folder: remembered, and the preview loads again with them. */
  private async allowSites(sites: readonly string[]): Promise<void> {
    if (!vscode.workspace.isTrusted || !this.workspaceState) return;
    const allowed = [...new Set([...this.allowedSites(), ...sites])];
    await this.workspaceState.update(allowedSitesKey, allowed);
    this.loadShell();
  }

  /** The page as a search result and as a shared link, for the toolbar's tabs. */
  private sharing(meta: PageMeta, document: vscode.TextDocument, siteRoot: vscode.Uri) {
    const sitePath = document.uri.path.startsWith(`${siteRoot.path}/`) ? document.uri.path.slice(siteRoot.path.length + 1) : basename(document.uri);
    // Typing in the page's body leaves its title, description and sharing tags as they were: so are the previews.
    const key = `${sitePath}\n${JSON.stringify(meta)}`;
    if (this.lastSharing?.key !== key) this.lastSharing = { key, previews: { search: searchResultPreview(meta, sitePath), social: socialCardPreview(meta) } };
    return this.lastSharing.previews;
  }

  /** The saved page in the web browser; Markdown needs the site's generator to become a web page first. */
  private async openInBrowser(): Promise<void> {
    const builtAddress = this.built && this.builtAddressOf(this.document, this.built);
    if (builtAddress) {
      await vscode.env.openExternal(vscode.Uri.parse(builtAddress));
      this.events.onActivity({ kind: 'openedInBrowser', uri: builtAddress });
      return;
    }
    if (this.document.languageId !== 'html' || this.document.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'A Markdown page becomes a web page when your site is built, so it cannot be opened in the browser from here. The preview shows how it will read.',
        ),
      );
      return;
    }
    if (this.document.isDirty)
      void vscode.window.showInformationMessage(vscode.l10n.t('The browser shows the page as last saved. Save to see your latest changes there.'));
    await vscode.env.openExternal(this.document.uri);
    this.events.onActivity({ kind: 'openedInBrowser', uri: this.document.uri.toString() });
  }

  /** Looked up once per site and setting (not on every keystroke); Refresh looks again. */
  private async stylesheetFor(document: vscode.TextDocument, siteRoot: vscode.Uri): Promise<vscode.Uri | undefined> {
    const generator = this.sites?.siteFor(document.uri).generator ?? 'plain';
    // Read once per page until a preview setting changes, not on every keystroke.
    const uri = document.uri.toString();
    if (this.stylesheetSetting?.uri !== uri) this.stylesheetSetting = { uri, configured: readPreviewSettings(document.uri).stylesheet };
    const configured = this.stylesheetSetting.configured;
    const key = `${siteRoot.toString()}|${generator}|${configured}`;
    if (this.stylesheet?.key !== key) this.stylesheet = { key, found: findSiteStylesheet(siteRoot, generator, configured) };
    return this.stylesheet.found;
  }

  private postOptions(): void {
    void this.panel.webview.postMessage({ type: 'options', scrollSync: readPreviewSettings(this.document.uri).scrollSync } satisfies ExtensionToPreviewMessage);
  }

  /** The editor scrolled: the page follows, unless this scroll was the editor following the page. */
  private editorScrolled(editor: vscode.TextEditor): void {
    if (editor.document !== this.document || !this.webviewReady || !readPreviewSettings(this.document.uri).scrollSync) return;
    if (Date.now() - this.editorScrolledByPreviewAt < scrollEchoMs) return;
    const top = editor.visibleRanges[0]?.start.line ?? 0;
    const offset = this.document.offsetAt(new vscode.Position(top, 0));
    void this.panel.webview.postMessage({
      type: 'scrollTo',
      documentUri: this.document.uri.toString(),
      version: this.document.version,
      offset,
    } satisfies ExtensionToPreviewMessage);
  }

  private cursorMoved(editor: vscode.TextEditor): void {
    if (!this.webviewReady) return;
    const position = editor.selection.active;
    const offset = this.document.offsetAt(position);
    // Choosing a problem in the Problems panel puts the cursor on it: the page then scrolls to it too.
    const onProblem = vscode.languages.getDiagnostics(this.document.uri).some((diagnostic) => diagnostic.range.contains(position));
    void this.panel.webview.postMessage({
      type: 'cursor',
      documentUri: this.document.uri.toString(),
      version: this.document.version,
      offset,
      ...(onProblem ? { reveal: true } : {}),
    } satisfies ExtensionToPreviewMessage);
  }

  /** The page scrolled: the editor shows the same part at its top. */
  private scrollEditorTo(offset: number): void {
    if (!readPreviewSettings(this.document.uri).scrollSync) return;
    const editor = this.editorOf(this.document);
    if (!editor) return;
    const line = this.document.positionAt(offset).line;
    this.editorScrolledByPreviewAt = Date.now();
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    this.events.onActivity({ kind: 'scrolledEditor', uri: this.document.uri.toString(), line });
  }

  /** A click on the page: its source is shown and selected in the editor, which takes the focus. */
  private async selectSource(start: number, end: number): Promise<void> {
    const document = this.document;
    const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
    const column = this.editorOf(document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.events.onActivity({ kind: 'selectedSource', uri: document.uri.toString(), start, end });
  }

  private editorOf(document: vscode.TextDocument): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  }

  /** Only the page's site (or its folder) and the preview's own files can be loaded. */
  private configureWebview(): void {
    this.panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [this.siteRootOf(this.document), this.folderOf(this.document), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  private folderOf(document: vscode.TextDocument): vscode.Uri {
    return vscode.Uri.joinPath(document.uri, '..');
  }

  /** Root-relative addresses (`/images/logo.png`) resolve against the workspace folder, where the site lives. */
  private siteRootOf(document: vscode.TextDocument): vscode.Uri {
    return vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? this.folderOf(document);
  }

  private async openLink(href: string): Promise<void> {
    const target = resolveLink(href, this.document.uri, this.siteRootOf(this.document));
    if (!target) return;
    if (target.kind === 'external') {
      await vscode.env.openExternal(target.uri);
      this.events.onActivity({ kind: 'openedInBrowser', uri: target.uri.toString() });
      return;
    }
    try {
      await vscode.window.showTextDocument(target.uri, { viewColumn: vscode.ViewColumn.One });
      this.events.onActivity({ kind: 'openedFile', uri: target.uri.toString() });
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('This link points to "{0}", which Content Bridge could not find in your site.', href));
    }
  }
}

/** Why built pages mode came back without its built page (see `PagePreview.restoreBuiltPages`). */
interface BuiltPause {
  /** `stopped`: with the window, before a reload; `ended`: while its pages were shown. */
  readonly reason: 'stopped' | 'ended' | 'untrusted' | 'desktopOnly';
  /** The site whose server stopped ('stopped', 'ended'). */
  readonly site?: BuiltSite;
}

function severityOf(severity: vscode.DiagnosticSeverity): PageProblem['severity'] {
  if (severity === vscode.DiagnosticSeverity.Error) return 'error';
  return severity === vscode.DiagnosticSeverity.Warning ? 'warning' : 'info';
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The built page's HTML as the server sends it, or undefined when it does not answer in time or is not HTML. */
async function builtPageHtml(address: string): Promise<string | undefined> {
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('html')) return undefined;
    const text = await response.text();
    return text.length <= 5_000_000 ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The preview tab's title: the page's file name. */
export function previewTitle(uri: vscode.Uri): string {
  return vscode.l10n.t('Preview {0}', basename(uri));
}

/** The toolbar's name for built pages mode: which tool builds the page, and where. */
function builtLabel(server: Pick<BuiltSite['server'], 'builtBy' | 'port'>): string {
  return vscode.l10n.t('Built by {0} at localhost:{1}', server.builtBy, server.port);
}
