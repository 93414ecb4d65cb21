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

  /** Writes one after another, each from the latest state, so a refresh and a keystroke never undo each other. */
  private writes: Promise<unknown> = Promise.resolve();

  private write<T>(change: (all: StoredRequest[]) => { all: StoredRequest[]; result: T }): Promise<T> {
    const next = this.writes.then(async () => {
      const { all, result } = change(this.all());
      await this.state.update(storageKey, all);
      this.changed.fire();
      return result;
    });
    this.writes = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every write asked for so far has landed. */
  async settled(): Promise<void> {
    await this.writes;
  }

  save(request: StoredRequest): Promise<void> {
    return this.write((all) => ({
      all: [...all.filter((candidate) => candidate.id !== request.id), { ...request, updatedAt: new Date().toISOString() }],
      result: undefined,
    }));
  }

  /** Changes one request as it is when the write happens; undefined when it no longer exists. */
  update(id: string, change: (request: StoredRequest) => StoredRequest): Promise<StoredRequest | undefined> {
    return this.write((all) => {
      const current = all.find((candidate) => candidate.id === id);
      if (!current) return { all, result: undefined };
      const changed = change(current);
      return { all: [...all.filter((candidate) => candidate.id !== id), changed], result: changed };
    });
  }

  markSent(id: string, record: SentRecord): Promise<StoredRequest | undefined> {
    return this.update(id, (request) => ({ ...request, sent: record, updatedAt: record.sentAt }));
  }

  remove(id: string): Promise<void> {
    return this.write((all) => ({ all: all.filter((candidate) => candidate.id !== id), result: undefined }));
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
  return (
    typeof request === 'object' &&
    request !== null &&
    typeof request.id === 'string' &&
    typeof request.title === 'string' &&
    typeof request.include === 'object'
  );
}
