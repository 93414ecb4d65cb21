import * as vscode from 'vscode';
import type { TrackerIssueState } from '../../core/itRequest/trackers/types';
import { destinationLabels } from './destinations';
import type { DraftStore, StoredRequest } from './draftStore';
import { explain, issueName } from './sendRequest';
import { trackerClient } from './trackerAccess';

export const requestsViewId = 'contentBridge.itRequests';

function stateWord(state: TrackerIssueState['state']): string {
  switch (state) {
    case 'open':
      return vscode.l10n.t('Open');
    case 'in-progress':
      return vscode.l10n.t('In progress');
    case 'closed':
      return vscode.l10n.t('Closed');
  }
}

/** A row of the "IT requests" view: a draft, a sent request, or a filed one with its live state. */
export class RequestItem extends vscode.TreeItem {
  constructor(readonly request: StoredRequest) {
    super(request.title.trim() || vscode.l10n.t('Untitled request'), vscode.TreeItemCollapsibleState.None);
    const { sent, tracked } = request;
    const unseen = tracked ? tracked.replyCount > (request.seenReplies ?? 0) : false;
    if (!sent) {
      this.description = vscode.l10n.t('Draft, not sent');
      this.iconPath = new vscode.ThemeIcon('edit');
      this.contextValue = 'itRequestDraft';
    } else if (!sent.issue) {
      this.description = vscode.l10n.t('Sent: {0}', destinationLabels()[sent.destination]);
      this.iconPath = new vscode.ThemeIcon('mail');
      this.contextValue = 'itRequestSent';
    } else {
      const state = tracked ? stateWord(tracked.state) : vscode.l10n.t('Filed');
      const latest = tracked?.latestReply;
      const reply = latest ? ` · ${unseen ? vscode.l10n.t('New reply from {0}', latest.author) : vscode.l10n.t('Reply from {0}', latest.author)}` : '';
      const reportNote = tracked?.state === 'closed' && !request.reportedAt ? ` · ${vscode.l10n.t('Tell IT how it went')}` : '';
      this.description = `${issueName(sent.issue)} · ${state}${reply}${reportNote}`;
      this.iconPath = new vscode.ThemeIcon(tracked?.state === 'closed' ? 'pass' : unseen ? 'comment-unresolved' : 'issues');
      this.contextValue = tracked?.state === 'closed' && !request.reportedAt ? 'itRequestFiled itRequestToReport' : 'itRequestFiled';
      const tooltip = new vscode.MarkdownString(`**${sent.issue.title}** — ${state}\n\n`);
      if (latest) tooltip.appendMarkdown(`${vscode.l10n.t('Latest reply, from {0}:', latest.author)}\n\n`).appendText(latest.body);
      this.tooltip = tooltip;
    }
    this.id = request.id;
    this.command = { command: 'contentBridge.openItRequest', title: vscode.l10n.t('Open'), arguments: [this] };
  }
}

/**
 * "IT requests": this workspace's drafts and sent requests. Filed ones show their state and IT's latest reply,
 * fetched when asked and when the window regains focus; a badge counts requests with news.
 */
export class RequestsView implements vscode.TreeDataProvider<RequestItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<RequestItem>;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshing: Promise<void> | undefined;
  private lastRefresh = 0;

  constructor(
    private readonly store: DraftStore,
    private readonly secrets: vscode.SecretStorage,
  ) {
    this.treeView = vscode.window.createTreeView(requestsViewId, { treeDataProvider: this, showCollapseAll: false });
    this.disposables.push(
      this.treeView,
      store.onDidChange(() => {
        this.changed.fire();
        this.updateBadge();
      }),
      vscode.window.onDidChangeWindowState((state) => {
        // Coming back to VS Code is when people look for news; at most once a minute.
        if (state.focused && Date.now() - this.lastRefresh > 60_000) void this.refresh(false);
      }),
    );
    this.updateBadge();
  }

  getTreeItem(item: RequestItem): vscode.TreeItem {
    return item;
  }

  getChildren(): RequestItem[] {
    const requests = this.store.all();
    const drafts = requests.filter((request) => !request.sent).sort(byNewest);
    const sent = requests.filter((request) => request.sent).sort(byNewest);
    return [...drafts, ...sent].map((request) => new RequestItem(request));
  }

  /**
   * Fetches the state of every filed request; announces replies and closings not seen before. Asked for by the user
   * (`interactive`), it may ask to sign in and says what failed; in the background it never interrupts.
   */
  refresh(interactive = true): Promise<void> {
    this.refreshing ??= this.fetchStates(interactive).finally(() => {
      this.refreshing = undefined;
      this.lastRefresh = Date.now();
    });
    return this.refreshing;
  }

  private async fetchStates(interactive: boolean): Promise<void> {
    const problems = new Set<string>();
    for (const request of this.store.all()) {
      const issue = request.sent?.issue;
      if (!issue) continue;
      try {
        const client = await trackerClient(issue.tracker, this.secrets, interactive);
        const state = await client.getState(issue);
        const before = request.tracked;
        const updated = await this.store.update(request.id, (current) => ({ ...current, tracked: { ...state, checkedAt: new Date().toISOString() } }));
        if (updated) this.announce(updated, before, state);
      } catch (error) {
        problems.add(explain(error).message);
      }
    }
    if (interactive && problems.size > 0) void vscode.window.showWarningMessage(vscode.l10n.t('Some IT requests could not be checked: {0}', [...problems][0]));
    this.updateBadge();
  }

  private announce(request: StoredRequest, before: StoredRequest['tracked'], now: TrackerIssueState): void {
    const title = request.title.trim();
    if (now.state === 'closed' && before?.state !== 'closed') {
      const message = vscode.l10n.t('IT closed "{0}". When you know how it went, report the results back: it helps IT plan the next one.', title);
      void vscode.window.showInformationMessage(message, vscode.l10n.t('Report results')).then((choice) => {
        if (choice) void vscode.commands.executeCommand('contentBridge.reportItResults', new RequestItem(this.store.get(request.id) ?? request));
      });
    } else if (now.replyCount > (before?.replyCount ?? 0) && now.latestReply) {
      const message = vscode.l10n.t('IT replied to "{0}": {1}', title, oneLine(now.latestReply.body));
      void vscode.window.showInformationMessage(message, vscode.l10n.t('Open in the tracker')).then((choice) => {
        if (choice) void vscode.commands.executeCommand('contentBridge.openItRequestInTracker', new RequestItem(this.store.get(request.id) ?? request));
      });
    }
  }

  /** The number of filed requests with a reply not yet looked at, or closed and not yet reported on. */
  newsCount(): number {
    return this.store.all().filter((request) => {
      const tracked = request.tracked;
      if (!tracked) return false;
      return tracked.replyCount > (request.seenReplies ?? 0) || (tracked.state === 'closed' && !request.reportedAt);
    }).length;
  }

  private updateBadge(): void {
    const count = this.newsCount();
    const tooltip = count === 1 ? vscode.l10n.t('1 IT request with news') : vscode.l10n.t('{0} IT requests with news', count);
    this.treeView.badge = count > 0 ? { value: count, tooltip } : undefined;
  }

  dispose(): void {
    this.changed.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function byNewest(a: StoredRequest, b: StoredRequest): number {
  return (b.sent?.sentAt ?? b.updatedAt).localeCompare(a.sent?.sentAt ?? a.updatedAt);
}

function oneLine(text: string): string {
  const flat = text.split(/\s+/).join(' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}
