import * as vscode from 'vscode';
import { settingsSection } from '../settings';
import { SiteHistory } from './siteHistory';
import { SiteReportPanel } from './siteReportPanel';
import { WholeSiteCheck, type WholeSiteDependencies, type WholeSiteResult } from './wholeSiteCheck';

export const checkWholeSiteCommand = 'contentBridge.checkWholeSite';
export const showSiteReportCommand = 'contentBridge.showSiteReport';

/** What the integration tests drive: the same objects the commands use. */
export interface WholeSiteApi {
  readonly check: WholeSiteCheck;
  readonly report: SiteReportPanel;
  readonly history: SiteHistory;
  /** Where pages are checked: in the background worker, or on the main thread when no worker could start. */
  readonly checkedIn: () => 'worker' | 'main thread';
  /** The command's run, with a cancellation token the caller controls instead of the notification's button. */
  runWithProgress(token?: vscode.CancellationToken): Promise<WholeSiteResult | undefined>;
}

/**
 * "Content Bridge: Check Whole Site" (a progress notification counting pages, cancellable), "Content Bridge: Show
 * Site Report", and `contentBridge.site.checkInBackground`, which checks the whole site when VS Code starts (or the
 * setting is turned on) and keeps it checked.
 */
export function registerWholeSite(context: vscode.ExtensionContext, deps: WholeSiteDependencies): { disposable: vscode.Disposable; api: WholeSiteApi } {
  const check = new WholeSiteCheck(deps);
  const history = new SiteHistory(context.workspaceState);

  const runWithProgress = async (token?: vscode.CancellationToken): Promise<WholeSiteResult> =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Content Bridge: checking the whole site'), cancellable: true },
      async (progress, notificationToken) => {
        const cancel = new vscode.CancellationTokenSource();
        const links = [notificationToken.onCancellationRequested(() => cancel.cancel()), token?.onCancellationRequested(() => cancel.cancel())];
        let shown = 0;
        try {
          const result = await check.run(
            {
              report: (checked, total) => {
                const percent = total === 0 ? 100 : (checked / total) * 100;
                progress.report({ message: vscode.l10n.t('{0} of {1} pages', checked, total), increment: percent - shown });
                shown = percent;
              },
            },
            cancel.token,
          );
          announce(result);
          return result;
        } finally {
          links.forEach((link) => link?.dispose());
          cancel.dispose();
        }
      },
    );

  const report = new SiteReportPanel(context.extensionUri, check, history, () => runWithProgress());

  const announce = (result: WholeSiteResult) => {
    if (result.cancelled) {
      void vscode.window.showInformationMessage(stoppedMessage(result));
      return;
    }
    const openReport = vscode.l10n.t('Open Site Report');
    void vscode.window.showInformationMessage(checkedMessage(result), openReport).then((choice) => {
      if (choice === openReport) void report.show();
    });
  };

  const checkInBackground = () => {
    if (!vscode.workspace.getConfiguration(settingsSection).get<boolean>('site.checkInBackground', false)) return;
    if (check.hasRun) return;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Content Bridge: checking the whole site') }, () =>
      check.run(),
    );
  };
  checkInBackground();

  const disposable = vscode.Disposable.from(
    check,
    report,
    check.onDidComplete((result) => {
      const time = check.lastCheckedAt;
      if (time) void history.record({ time, problems: result.problems, pages: result.total });
    }),
    vscode.commands.registerCommand(checkWholeSiteCommand, () => runWithProgress()),
    vscode.commands.registerCommand(showSiteReportCommand, () => report.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${settingsSection}.site.checkInBackground`)) checkInBackground();
    }),
  );
  return { disposable, api: { check, report, history, runWithProgress, checkedIn: () => deps.checker.mode } };
}

/** The note after a check that was stopped part-way: how many pages were checked. */
function stoppedMessage({ checked, total }: WholeSiteResult): string {
  return total === 1
    ? vscode.l10n.t('Stopped checking the whole site after {0} of 1 page. Their problems are in the Problems panel.', checked)
    : vscode.l10n.t('Stopped checking the whole site after {0} of {1} pages. Their problems are in the Problems panel.', checked, total);
}

/** The note after a finished check: how many pages, and how many problems they have. */
function checkedMessage({ total, problems }: WholeSiteResult): string {
  if (total === 1) {
    return problems === 1
      ? vscode.l10n.t('Checked 1 page: 1 problem, listed in the Problems panel.')
      : vscode.l10n.t('Checked 1 page: {0} problems, listed in the Problems panel.', problems);
  }
  return problems === 1
    ? vscode.l10n.t('Checked {0} pages: 1 problem, listed in the Problems panel.', total)
    : vscode.l10n.t('Checked {0} pages: {1} problems, listed in the Problems panel.', total, problems);
}
