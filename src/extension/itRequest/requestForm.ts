import * as vscode from 'vscode';
import { fillIssueTemplate, parseDraft, type ComposedItRequest, type IssueTemplate } from '../../core';
import { parseFormMessage, type ExtensionToFormMessage, type FormFields } from '../../shared/itRequestProtocol';
import { composeRequest } from './compose';
import { deadlineNote } from './deadline';
import { destinationLabels, listDestinations } from './destinations';
import { readIssueTemplates } from './issueTemplates';
import type { DraftStore, StoredRequest } from './draftStore';
import { sendRequest, type SendOutcome, type SimilarChoice } from './sendRequest';
import { setUpDestination } from './trackerSetup';

export const formViewType = 'contentBridge.itRequestForm';

/**
 * The IT request form for one draft: a webview panel whose every edit is saved to the draft store
 * straight away, with the exact text to be sent shown beside it. Closing it loses nothing.
 */
export class RequestForm {
  /** Every message posted to the webview, newest last (the integration tests read what the form was shown). */
  readonly posted: ExtensionToFormMessage[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<void>();
  /** The repository's issue templates, read when the form loads a draft. */
  private templates: IssueTemplate[] = [];
  /** A second press of Send while the first is on its way must not file the request twice. */
  private sending = false;
  readonly onDidClose = this.closed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private draftId: string,
    private readonly store: DraftStore,
    private readonly secrets: vscode.SecretStorage,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get id(): string {
    return this.draftId;
  }

  get request(): StoredRequest | undefined {
    return this.store.get(this.draftId);
  }

  /** Shows another draft in the same panel. */
  async showDraft(id: string): Promise<void> {
    this.draftId = id;
    this.panel.title = titleOf(this.request);
    await this.load();
  }

  /** Handles a message as if the webview sent it; anything that is not a valid form message is ignored. */
  async receive(raw: unknown): Promise<SendOutcome | undefined> {
    const message = parseFormMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'ready':
        await this.load();
        return undefined;
      case 'edit':
        // An edit typed before another draft was shown belongs to that other draft: never apply it to this one.
        if (message.draftId === this.draftId) await this.edit(message.fields);
        return undefined;
      case 'setUpDestination':
        if (await setUpDestination(message.destination, this.secrets)) await this.refreshDestinations();
        return undefined;
      case 'send':
        return this.send();
    }
  }

  /** Sends the saved draft. A refusal keeps the draft exactly as it was and says why in the form. */
  async send(similar: SimilarChoice = 'ask'): Promise<SendOutcome | undefined> {
    if (this.sending) return undefined;
    this.sending = true;
    try {
      return await this.sendSaved(similar);
    } finally {
      this.sending = false;
    }
  }

  private async sendSaved(similar: SimilarChoice): Promise<SendOutcome | undefined> {
    await this.store.settled(); // The last keystrokes are part of what is sent.
    const request = this.request;
    if (!request || request.sent) return undefined;
    if (request.title.trim() === '' || request.need.trim() === '') {
      const message = vscode.l10n.t('Please give your request a title and say what is needed before sending it.');
      this.post({ type: 'status', tone: 'error', text: message });
      return { ok: false, message };
    }
    this.post({ type: 'status', tone: 'info', text: vscode.l10n.t('Sending to {0}…', destinationLabels()[request.destination]) });
    const outcome = await sendRequest(request.destination, this.compose(request), this.secrets, similar);
    if (outcome.ok) {
      const { sentAt } = outcome.record;
      // A new issue starts open with no replies; one added to shows its state at the next refresh.
      const tracked = outcome.filedNew ? { state: 'open' as const, replyCount: 0, updatedAt: sentAt, checkedAt: sentAt } : undefined;
      await this.store.update(request.id, (current) => ({
        ...current,
        sent: outcome.record,
        updatedAt: sentAt,
        ...(tracked ? { tracked, seenReplies: 0 } : {}),
      }));
      await this.load();
      this.post({ type: 'status', tone: 'info', text: outcome.message });
      void vscode.window.showInformationMessage(outcome.message);
    } else {
      this.post({ type: 'status', tone: outcome.cancelled ? 'info' : 'error', text: outcome.message });
      if (!outcome.cancelled) {
        // Not awaited: the form already shows the message, and the draft must not wait on a notification.
        const setUp = vscode.l10n.t('Set it up');
        void vscode.window.showWarningMessage(outcome.message, ...(outcome.notSetUp ? [setUp] : [])).then(async (choice) => {
          if (choice === setUp && (await setUpDestination(request.destination, this.secrets))) await this.refreshDestinations();
        });
      }
    }
    return outcome;
  }

  private async edit(fields: FormFields): Promise<void> {
    const updated = await this.store.update(this.draftId, (request) =>
      request.sent
        ? request
        : {
            ...request,
            kind: fields.kind,
            title: fields.title,
            need: fields.need,
            tried: fields.tried,
            neededBy: fields.neededBy || undefined,
            include: fields.include,
            templateName: fields.templateName || undefined,
            destination: fields.destination,
            updatedAt: new Date().toISOString(),
          },
    );
    if (!updated || updated.sent) return; // A sent request keeps the text that went.
    this.panel.title = titleOf(updated);
    this.postPreview(updated);
  }

  private async load(): Promise<void> {
    const request = this.request;
    if (!request) return;
    const destinations = await listDestinations(this.secrets);
    this.templates = await readIssueTemplates();
    this.post({
      type: 'load',
      draftId: request.id,
      fields: {
        kind: request.kind,
        title: request.title,
        need: request.need,
        tried: request.tried,
        neededBy: request.neededBy ?? '',
        include: request.include,
        templateName: request.templateName ?? '',
        destination: request.destination,
      },
      destinations,
      templates: this.templates.map((template) => ({
        name: templateKey(template),
        label: template.about ? `${template.name}: ${template.about}` : template.name,
      })),
      sentNote: request.sent
        ? vscode.l10n.t(
            'Sent to {0} on {1}. This is the text that went.',
            destinationLabels()[request.sent.destination],
            new Date(request.sent.sentAt).toLocaleString(),
          )
        : undefined,
    });
    this.postPreview(request);
  }

  private async refreshDestinations(): Promise<void> {
    const request = this.request;
    if (!request) return;
    this.post({ type: 'destinations', destinations: await listDestinations(this.secrets), selected: request.destination });
  }

  private postPreview(request: StoredRequest): void {
    // A sent request shows what went, read back from the text kept when it was sent.
    const composed = request.sent ? { ...parseDraft(request.sent.text, request.title), labels: [], redactions: [] } : this.compose(request);
    this.post({
      type: 'preview',
      title: composed.title,
      body: composed.body,
      labels: composed.labels,
      redactions: composed.redactions,
      deadlineNote: request.sent ? undefined : deadlineNote(request.neededBy),
    });
  }

  /** The request as it will be sent: in the IT team's issue template when one is chosen. */
  private compose(request: StoredRequest): ComposedItRequest {
    const composed = composeRequest(request);
    const template = request.templateName ? this.templates.find((candidate) => templateKey(candidate) === request.templateName) : undefined;
    return template ? { ...composed, ...fillIssueTemplate(template, composed) } : composed;
  }

  private post(message: ExtensionToFormMessage): void {
    this.posted.push(message);
    if (this.posted.length > 200) this.posted.splice(0, this.posted.length - 200);
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.closed.fire();
    this.closed.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** GitHub's and GitLab's folders may hold templates of the same file name. */
function templateKey(template: IssueTemplate): string {
  return `${template.source}:${template.fileName}`;
}

export function titleOf(request: StoredRequest | undefined): string {
  const title = request?.title.trim();
  return title ? vscode.l10n.t('IT request: {0}', title.length > 40 ? `${title.slice(0, 40)}…` : title) : vscode.l10n.t('New IT request');
}
