import * as vscode from 'vscode';
import { buildSiteReport, ruleById, siteReportHtml, siteReportMarkdown, type SiteReport } from '../../core';
import {
  parseSiteReportMessage,
  type ExportFormat,
  type ExtensionToSiteReportMessage,
  type SiteReportToExtensionMessage,
} from '../../shared/siteReportProtocol';
import type { SiteHistory } from './siteHistory';
import { siteReportShellHtml } from './siteReportShell';
import type { WholeSiteCheck, WholeSiteResult } from './wholeSiteCheck';

export const siteReportViewType = 'contentBridge.siteReport';

/** Asks where to save an export: VS Code's save dialog, replaced only by the tests (the test workbench cannot answer it). */
export type AskWhereToSave = (options: vscode.SaveDialogOptions) => Thenable<vscode.Uri | undefined>;

const showSaveDialog: AskWhereToSave = (options) => vscode.window.showSaveDialog(options);

/** What the webview last said it shows (for the tests, which cannot read a webview's DOM). */
export interface RenderedReport {
  readonly worstPage: string;
  readonly pagesShown: number;
}

/**
 * The one "Site report" panel: the whole-site check's results as a report (scores, worst pages first, problems by
 * check, the trend), redrawn when the results change, with click-through to the source and exports.
 */
export class SiteReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly rendered = new vscode.EventEmitter<RenderedReport>();
  private readonly subscriptions: vscode.Disposable[] = [this.rendered];
  /** Fires each time the webview has drawn a report. */
  readonly onDidRender = this.rendered.event;
  lastRendered: RenderedReport | undefined;
  /** The last status line sent to the webview (for the tests, which cannot read a webview's DOM). */
  lastStatus: { readonly tone: 'info' | 'error'; readonly text: string } | undefined;
  private askWhereToSave: AskWhereToSave = showSaveDialog;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly wholeSite: WholeSiteCheck,
    private readonly history: SiteHistory,
    /** Runs the whole-site check with its progress notification. */
    private readonly checkSite: () => Promise<WholeSiteResult | undefined>,
  ) {
    this.subscriptions.push(wholeSite.onDidUpdate(() => this.postReport()));
  }

  async show(): Promise<void> {
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Active);
    else this.panel = this.createPanel();
    if (!this.wholeSite.hasRun) await this.checkSite();
    else this.postReport();
  }

  /** The report of the latest whole-site check (undefined before the first). */
  report(): SiteReport | undefined {
    const checkedAt = this.wholeSite.lastCheckedAt;
    if (!checkedAt) return undefined;
    const folders = vscode.workspace.workspaceFolders ?? [];
    return buildSiteReport({
      siteName: vscode.workspace.name ?? folders[0]?.name ?? vscode.l10n.t('Site'),
      checkedAt,
      // This check is already in the history (recorded when it finished); the report adds it itself.
      history: this.history.points().filter((point) => point.time !== checkedAt),
      pages: this.wholeSite.results(),
      checkTitle,
    });
  }

  /** The report as Markdown or HTML, or undefined before the first check. */
  exportText(format: ExportFormat): string | undefined {
    const report = this.report();
    if (!report) return undefined;
    return format === 'markdown' ? siteReportMarkdown(report) : siteReportHtml(report);
  }

  /** Writes the export to `target`; false when there is nothing to export yet. */
  async exportTo(format: ExportFormat, target: vscode.Uri): Promise<boolean> {
    const text = this.exportText(format);
    if (text === undefined) return false;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return true;
  }

  /** Replaces the save dialog, for the integration tests only; undefined restores VS Code's own. */
  useSaveDialog(ask: AskWhereToSave | undefined): void {
    this.askWhereToSave = ask ?? showSaveDialog;
  }

  /** Handles a message from the webview (the tests call this too, as the webview would). */
  async receive(raw: unknown): Promise<void> {
    const message = parseSiteReportMessage(raw);
    if (!message) return;
    await this.handle(message);
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(siteReportViewType, vscode.l10n.t('Site report'), vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    });
    panel.webview.html = siteReportShellHtml(panel.webview, this.extensionUri);
    const listener = panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message));
    panel.onDidDispose(() => {
      listener.dispose();
      this.panel = undefined;
      this.lastRendered = undefined;
    });
    return panel;
  }

  private async handle(message: SiteReportToExtensionMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.postReport();
        break;
      case 'recheck':
        await this.checkSite();
        break;
      case 'open':
        await this.openProblem(message.path, message.line, message.column);
        break;
      case 'export':
        await this.exportFromPanel(message.format, message.destination);
        break;
      case 'rendered':
        this.lastRendered = { worstPage: message.worstPage, pagesShown: message.pagesShown };
        this.rendered.fire(this.lastRendered);
        break;
    }
  }

  private postReport(): void {
    const report = this.report();
    if (report) this.post({ type: 'report', report });
  }

  private post(message: ExtensionToSiteReportMessage): void {
    if (message.type === 'status') this.lastStatus = { tone: message.tone, text: message.text };
    void this.panel?.webview.postMessage(message);
  }

  private async openProblem(path: string, line: number, column: number): Promise<void> {
    const page = this.wholeSite.results().find((result) => result.path === path);
    if (!page) return;
    const position = new vscode.Position(line - 1, column - 1);
    await vscode.window.showTextDocument(page.uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position), preview: false });
  }

  private async exportFromPanel(format: ExportFormat, destination: 'file' | 'clipboard'): Promise<void> {
    const text = this.exportText(format);
    if (text === undefined) return;
    const name = format === 'markdown' ? 'Markdown' : 'HTML';
    if (destination === 'clipboard') {
      await vscode.env.clipboard.writeText(text);
      this.post({ type: 'status', tone: 'info', text: vscode.l10n.t('The report is on the clipboard as {0}: paste it into your request to IT.', name) });
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const extension = format === 'markdown' ? 'md' : 'html';
    const target = await this.askWhereToSave({
      title: vscode.l10n.t('Save the site report as {0}', name),
      saveLabel: vscode.l10n.t('Save report'),
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `site-report.${extension}`) } : {}),
      filters: format === 'markdown' ? { Markdown: ['md'] } : { [vscode.l10n.t('Web page')]: ['html'] },
    });
    if (!target) return;
    try {
      await this.exportTo(format, target);
      this.post({ type: 'status', tone: 'info', text: vscode.l10n.t('Saved the report as {0}.', vscode.workspace.asRelativePath(target)) });
    } catch (error) {
      this.post({
        type: 'status',
        tone: 'error',
        text: vscode.l10n.t('The report could not be saved there ({0}). Try another folder.', error instanceof Error ? error.message : String(error)),
      });
    }
  }
}

/** A check's name for people; ids are for configuration files. */
function checkTitle(ruleId: string): string {
  return ruleById(ruleId)?.meta.title ?? ruleId;
}
