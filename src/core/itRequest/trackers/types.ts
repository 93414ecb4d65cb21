/** The contract every issue-tracker client follows. Clients never call `fetch`: an `Http` function is injected. */

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** Rejects with a TypeError on network failure; the caller applies a timeout (rejecting with a TimeoutError / AbortError). */
export type Http = (request: HttpRequest) => Promise<HttpResponse>;

export interface TrackerIssueRef {
  tracker: 'github' | 'gitlab' | 'jira';
  /** GitHub/GitLab: the issue number (iid); Jira: the issue key such as `WEB-12`. */
  id: string;
  /** The issue's page for people. */
  url: string;
  title: string;
}

export interface TrackerReply {
  author: string;
  body: string;
  at: string;
}

export interface TrackerIssueState {
  state: 'open' | 'in-progress' | 'closed';
  latestReply?: TrackerReply;
  replyCount: number;
  updatedAt: string;
}

export interface TrackerClient {
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<TrackerIssueRef>;
  findSimilar(title: string): Promise<TrackerIssueRef[]>;
  getState(ref: TrackerIssueRef): Promise<TrackerIssueState>;
  addComment(ref: TrackerIssueRef, body: string): Promise<void>;
}

export type TrackerConfig =
  | { kind: 'github'; apiBase: string; owner: string; repo: string; token: string }
  | { kind: 'gitlab'; apiBase: string; project: string; token: string }
  | {
      kind: 'jira';
      baseUrl: string;
      projectKey: string;
      flavour: 'cloud' | 'datacenter';
      email?: string;
      token: string;
      /** Defaults to "Task". */ issueType?: string;
    };

export type TrackerErrorReason = 'signed-out' | 'forbidden' | 'not-found' | 'invalid' | 'rate-limited' | 'offline' | 'timeout' | 'server';

/** A refused or failed call, with plain words for the user: what happened and what to do. */
export class TrackerError extends Error {
  readonly reason: TrackerErrorReason;
  readonly userMessage: string;
  /** The HTTP status, when there was a response. */
  readonly status?: number;

  constructor(reason: TrackerErrorReason, userMessage: string, options?: { status?: number; detail?: string }) {
    super(options?.detail ? `${userMessage} (${options.detail})` : userMessage);
    this.name = 'TrackerError';
    this.reason = reason;
    this.userMessage = userMessage;
    this.status = options?.status;
  }
}
