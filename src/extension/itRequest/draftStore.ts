import * as vscode from 'vscode';
import { defaultContextChoices, type DestinationKind, type ItRequestDraft, type SentRecord } from '../../core/itRequest/model';
import type { TrackerIssueState } from '../../core/itRequest/trackers/types';
import type { EditorContext } from './gatherContext';

/** What IT last said about a filed request, as the "IT requests" view shows it. */
export interface TrackedState extends TrackerIssueState {
  readonly checkedAt: string;
}

/** A draft or a sent request, with what it needs to be shown and sent again after a reload. */
export interface StoredRequest extends ItRequestDraft {
  /** The destination chosen for this request. */
  destination: DestinationKind;
  /** The editor as it was when the request was started: the form recomposes from it after a reload. */
  context: EditorContext;
  /** The latest state fetched from the tracker. */
  tracked?: TrackedState;
  /** Replies already seen by the user, so only new ones are announced. */
  seenReplies?: number;
  /** Set once the results have been reported back on the issue. */
  reportedAt?: string;
}

const storageKey = 'contentBridge.itRequest.requests';

/**
 * Drafts and sent requests, kept in this workspace's state: never a file in the site, where a request
 * could be committed and published. Every keystroke the form reports is written here.
 */
export class DraftStore {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  all(): StoredRequest[] {
    const stored = this.state.get<unknown>(storageKey);
    return Array.isArray(stored) ? (stored.filter(isStoredRequest) as StoredRequest[]) : [];
  }

  get(id: string): StoredRequest | undefined {
    return this.all().find((request) => request.id === id);
  }

  drafts(): StoredRequest[] {
    return this.all().filter((request) => !request.sent);
  }

  sent(): StoredRequest[] {
    return this.all().filter((request) => request.sent);
  }

  create(context: EditorContext, destination: DestinationKind, title = ''): StoredRequest {
    const now = new Date().toISOString();
    return {
      id: newId(),
      kind: 'content',
      title,
      need: '',
      tried: '',
      include: { ...defaultContextChoices },
      createdAt: now,
      updatedAt: now,
      destination,
      context,
    };
  }

  async save(request: StoredRequest): Promise<void> {
    const others = this.all().filter((candidate) => candidate.id !== request.id);
    await this.state.update(storageKey, [...others, { ...request, updatedAt: new Date().toISOString() }]);
    this.changed.fire();
  }

  async markSent(id: string, record: SentRecord): Promise<StoredRequest | undefined> {
    const request = this.get(id);
    if (!request) return undefined;
    const sent = { ...request, sent: record };
    await this.save(sent);
    return sent;
  }

  async remove(id: string): Promise<void> {
    await this.state.update(storageKey, this.all().filter((candidate) => candidate.id !== id));
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function isStoredRequest(value: unknown): boolean {
  const request = value as Partial<StoredRequest> | null;
  return typeof request === 'object' && request !== null && typeof request.id === 'string' && typeof request.title === 'string' && typeof request.include === 'object';
}
