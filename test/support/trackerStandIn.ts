/**
 * A loopback HTTP server standing in for GitHub, GitLab and Jira in tests. It keeps issues and comments in memory,
 * answers with realistic JSON, records every request, checks each GitHub request against GitHub's published API
 * description (and GitLab and Jira requests against their documented essentials), and can be told to fail the next
 * request. Bounded: bodies over 1 MB are refused, and it keeps at most 1,000 requests and 1,000 issues.
 *
 * Addresses: GitHub API at `${origin}/github`, GitLab API at `${origin}/gitlab/api/v4`, Jira at `${origin}/jira`.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkGitHubRequest, loadDescription } from './githubApiDescription';

export type StandInTracker = 'github' | 'gitlab' | 'jira';

export interface RecordedRequest {
  readonly tracker: StandInTracker | 'unknown';
  readonly method: string;
  /** Below the tracker's API base, with the query string. */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly json?: unknown;
  /** Where the request departs from the published API description; empty when it conforms. */
  readonly problems: readonly string[];
  /** For GitHub: the documented operation it matched, such as `issues/create`. */
  readonly operationId?: string;
}

export interface StandInComment {
  id: number;
  author: string;
  body: string;
  at: string;
}

export interface StandInIssue {
  tracker: StandInTracker;
  /** Number (GitHub, GitLab iid) or key (Jira). */
  id: string;
  /** The owner/repo, project path or project key it was filed in. */
  place: string;
  title: string;
  body: string;
  /** For Jira Cloud, the description as sent (ADF); otherwise the text. */
  description: unknown;
  labels: string[];
  state: 'open' | 'in-progress' | 'closed';
  author: string;
  comments: StandInComment[];
  createdAt: string;
  updatedAt: string;
}

interface PlannedFailure {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Close the connection without answering, as a network failure does. */
  dropConnection?: boolean;
  /** Answer this many milliseconds late. */
  delayMs?: number;
}

const maxBodyBytes = 1_000_000;
const maxRecorded = 1000;
const maxIssues = 1000;
/** Who files issues in the stand-in: the signed-in communicator. */
export const standInRequester = { login: 'communicator', name: 'Casey Communicator', accountId: '5b10ac8d82e05b22cc7d4ef5' };

export class TrackerStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly issues: StandInIssue[] = [];
  private readonly failures: PlannedFailure[] = [];
  private nextNumber = 1;
  private nextCommentId = 1000;
  private clock = Date.parse('2026-12-01T09:00:00Z');

  private constructor(
    private readonly server: http.Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<TrackerStandIn> {
    // Read before the first request, so checking it cannot make a client time out.
    loadDescription();
    // Assigned once the server exists (its address is needed); the handler runs only after that.
    // eslint-disable-next-line prefer-const
    let standIn: TrackerStandIn | undefined;
    const server = http.createServer((request, response) => {
      standIn!.handle(request, response).catch((error: unknown) => send(response, 500, { message: `The stand-in failed: ${String(error)}` }));
    });
    server.maxConnections = 64;
    server.requestTimeout = 10_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    standIn = new TrackerStandIn(server, `http://127.0.0.1:${port}`);
    return standIn;
  }

  get githubApiBase(): string {
    return `${this.origin}/github`;
  }

  get gitlabApiBase(): string {
    return `${this.origin}/gitlab/api/v4`;
  }

  get jiraBaseUrl(): string {
    return `${this.origin}/jira`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next request is answered with this status (and headers and body, when given) instead of being served. */
  failNext(status: number, options: { headers?: Record<string, string>; body?: string } = {}): void {
    this.failures.push({ status, ...options });
  }

  /** The next request's connection is closed without an answer. */
  dropNext(): void {
    this.failures.push({ dropConnection: true });
  }

  /** The next request gets no answer for this many milliseconds, and then the connection is closed. */
  delayNext(milliseconds: number): void {
    this.failures.push({ delayMs: milliseconds });
  }

  /** IT answers: a comment by someone other than the requester. */
  reply(issue: StandInIssue, author: string, body: string): StandInComment {
    const comment = { id: this.nextCommentId++, author, body, at: this.tick() };
    issue.comments.push(comment);
    issue.updatedAt = comment.at;
    return comment;
  }

  setState(issue: StandInIssue, state: StandInIssue['state']): void {
    issue.state = state;
    issue.updatedAt = this.tick();
  }

  /** Adds an issue as if someone had filed it earlier. */
  seedIssue(tracker: StandInTracker, place: string, title: string, author = 'colleague'): StandInIssue {
    return this.addIssue(tracker, place, { title, body: '', description: '', labels: [], author });
  }

  /** Every problem found in the recorded requests, as `METHOD path: problem`. */
  get problems(): string[] {
    return this.requests.flatMap((request) => request.problems.map((problem) => `${request.method} ${request.path}: ${problem}`));
  }

  reset(): void {
    this.requests.length = 0;
    this.issues.length = 0;
    this.failures.length = 0;
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private addIssue(tracker: StandInTracker, place: string, fields: Pick<StandInIssue, 'title' | 'body' | 'description' | 'labels' | 'author'>): StandInIssue {
    if (this.issues.length >= maxIssues) this.issues.shift();
    const number = this.nextNumber++;
    const at = this.tick();
    const issue: StandInIssue = {
      tracker,
      id: tracker === 'jira' ? `${place}-${number}` : String(number),
      place,
      state: 'open',
      comments: [],
      createdAt: at,
      updatedAt: at,
      ...fields,
    };
    this.issues.push(issue);
    return issue;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) {
        send(response, 413, { message: 'Body too large' });
        request.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : (value ?? '')]),
    );
    const rawUrl = request.url ?? '/';
    const method = request.method ?? 'GET';
    const [tracker, path] = splitTracker(rawUrl);
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    const problems: string[] = [];
    let operationId: string | undefined;
    if (tracker === 'github') {
      try {
        const check = checkGitHubRequest(method, path, headers, body);
        problems.push(...check.problems);
        operationId = check.operationId;
      } catch (error) {
        problems.push(`could not be checked against the API description: ${String(error)}`);
      }
    } else if (tracker === 'gitlab') problems.push(...checkGitLab(method, path, headers, json));
    else if (tracker === 'jira') problems.push(...checkJira(method, path, headers, json));
    else problems.push(`no tracker is served at ${rawUrl}`);
    if (this.requests.length >= maxRecorded) this.requests.shift();
    this.requests.push({ tracker, method, path, headers, body, json, problems, operationId });

    const failure = this.failures.shift();
    if (failure?.dropConnection) {
      request.socket.destroy();
      return;
    }
    if (failure?.delayMs) {
      // No answer in time: wait, then hang up without acting, so a late request cannot change a later test.
      await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
      request.socket.destroy();
      return;
    }
    if (failure?.status) {
      response.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      response.end(failure.body ?? JSON.stringify(defaultFailureBody(tracker, failure.status)));
      return;
    }
    if (response.destroyed) return;
    try {
      if (tracker === 'github') this.serveGitHub(method, path, json, response);
      else if (tracker === 'gitlab') this.serveGitLab(method, path, headers, json, response);
      else if (tracker === 'jira') this.serveJira(method, path, json, response);
      else send(response, 404, { message: 'Not Found' });
    } catch (error) {
      send(response, 500, { message: String(error) });
    }
  }

  // ——— GitHub ———

  private serveGitHub(method: string, path: string, json: unknown, response: http.ServerResponse): void {
    const url = new URL(path, 'http://stand-in');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (method === 'GET' && url.pathname === '/search/issues') {
      const query = url.searchParams.get('q') ?? '';
      const repo = /repo:(\S+)/.exec(query)?.[1];
      const words = query
        .split(/\s+/)
        .filter((word) => word && word !== 'OR' && !word.includes(':'))
        .map((word) => word.toLowerCase());
      const items = this.issues.filter(
        (issue) =>
          issue.tracker === 'github' && issue.place === repo && issue.state !== 'closed' && words.some((word) => issue.title.toLowerCase().includes(word)),
      );
      return send(response, 200, { total_count: items.length, incomplete_results: false, items: items.map((issue) => this.githubIssue(issue)) });
    }
    if (parts[0] !== 'repos' || parts.length < 4 || parts[3] !== 'issues') return send(response, 404, githubNotFound);
    const place = `${parts[1]}/${parts[2]}`;
    if (parts.length === 4 && method === 'POST') {
      const input = json as { title?: unknown; body?: unknown; labels?: unknown };
      if (typeof input?.title !== 'string' || !input.title.trim())
        return send(response, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }],
          documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
          status: '422',
        });
      const labels = Array.isArray(input.labels) ? input.labels.map(String) : [];
      const issue = this.addIssue('github', place, {
        title: input.title,
        body: String(input.body ?? ''),
        description: input.body,
        labels,
        author: standInRequester.login,
      });
      return send(response, 201, this.githubIssue(issue));
    }
    const issue = this.issues.find((candidate) => candidate.tracker === 'github' && candidate.place === place && candidate.id === parts[4]);
    if (!issue) return send(response, 404, githubNotFound);
    if (parts.length === 5 && method === 'GET') return send(response, 200, this.githubIssue(issue));
    if (parts.length === 6 && parts[5] === 'comments') {
      if (method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(
          response,
          200,
          issue.comments.slice((page - 1) * perPage, page * perPage).map((comment) => this.githubComment(issue, comment)),
        );
      }
      if (method === 'POST') {
        const input = json as { body?: unknown };
        if (typeof input?.body !== 'string' || !input.body) return send(response, 422, { message: 'Validation Failed', status: '422' });
        const comment = { id: this.nextCommentId++, author: standInRequester.login, body: input.body, at: this.tick() };
        issue.comments.push(comment);
        issue.updatedAt = comment.at;
        return send(response, 201, this.githubComment(issue, comment));
      }
    }
    return send(response, 404, githubNotFound);
  }

  private githubIssue(issue: StandInIssue): Record<string, unknown> {
    const [owner, repo] = issue.place.split('/');
    const apiUrl = `${this.githubApiBase}/repos/${owner}/${repo}/issues/${issue.id}`;
    return {
      id: 100000 + Number(issue.id),
      node_id: `I_kwDO${issue.id}`,
      url: apiUrl,
      repository_url: `${this.githubApiBase}/repos/${owner}/${repo}`,
      comments_url: `${apiUrl}/comments`,
      html_url: `${this.origin}/github-web/${owner}/${repo}/issues/${issue.id}`,
      number: Number(issue.id),
      state: issue.state === 'closed' ? 'closed' : 'open',
      state_reason: issue.state === 'closed' ? 'completed' : null,
      title: issue.title,
      body: issue.body,
      user: githubUser(issue.author),
      labels: issue.labels.map((name, index) => ({ id: 2000 + index, name, color: 'ededed', default: false, description: null })),
      assignee: issue.state === 'in-progress' ? githubUser('it-helper') : null,
      assignees: issue.state === 'in-progress' ? [githubUser('it-helper')] : [],
      locked: false,
      comments: issue.comments.length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.state === 'closed' ? issue.updatedAt : null,
      author_association: 'MEMBER',
    };
  }

  private githubComment(issue: StandInIssue, comment: StandInComment): Record<string, unknown> {
    const [owner, repo] = issue.place.split('/');
    return {
      id: comment.id,
      node_id: `IC_kwDO${comment.id}`,
      url: `${this.githubApiBase}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
      html_url: `${this.origin}/github-web/${owner}/${repo}/issues/${issue.id}#issuecomment-${comment.id}`,
      body: comment.body,
      user: githubUser(comment.author),
      created_at: comment.at,
      updated_at: comment.at,
      author_association: comment.author === standInRequester.login ? 'MEMBER' : 'COLLABORATOR',
    };
  }

  // ——— GitLab ———

  private serveGitLab(method: string, path: string, headers: Record<string, string>, json: unknown, response: http.ServerResponse): void {
    if (!headers['private-token']) return send(response, 401, { message: '401 Unauthorized' });
    const url = new URL(path, 'http://stand-in');
    // /projects/:id/issues[/:iid[/notes]] where :id is the URL-encoded project path
    const match = /^\/projects\/([^/]+)\/issues(?:\/(\d+)(\/notes)?)?$/.exec(url.pathname);
    if (!match) return send(response, 404, { message: '404 Not Found' });
    const place = decodeURIComponent(match[1]);
    if (!match[2]) {
      if (method === 'POST') {
        const input = json as { title?: unknown; description?: unknown; labels?: unknown };
        if (typeof input?.title !== 'string' || !input.title.trim()) return send(response, 400, { error: 'title is missing' });
        const labels =
          typeof input.labels === 'string'
            ? input.labels
                .split(',')
                .map((label) => label.trim())
                .filter(Boolean)
            : [];
        const issue = this.addIssue('gitlab', place, {
          title: input.title,
          body: String(input.description ?? ''),
          description: input.description,
          labels,
          author: standInRequester.login,
        });
        return send(response, 201, this.gitlabIssue(issue));
      }
      const search = (url.searchParams.get('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const state = url.searchParams.get('state');
      const found = this.issues.filter(
        (issue) =>
          issue.tracker === 'gitlab' &&
          issue.place === place &&
          (state !== 'opened' || issue.state !== 'closed') &&
          search.every((word) => issue.title.toLowerCase().includes(word)),
      );
      return send(
        response,
        200,
        found.map((issue) => this.gitlabIssue(issue)),
      );
    }
    const issue = this.issues.find((candidate) => candidate.tracker === 'gitlab' && candidate.place === place && candidate.id === match[2]);
    if (!issue) return send(response, 404, { message: '404 Not found' });
    if (!match[3]) return method === 'GET' ? send(response, 200, this.gitlabIssue(issue)) : send(response, 405, { message: '405 Method Not Allowed' });
    if (method === 'POST') {
      const input = json as { body?: unknown };
      if (typeof input?.body !== 'string' || !input.body) return send(response, 400, { error: 'body is missing' });
      const comment = { id: this.nextCommentId++, author: standInRequester.login, body: input.body, at: this.tick() };
      issue.comments.push(comment);
      issue.updatedAt = comment.at;
      return send(response, 201, gitlabNote(comment));
    }
    const notes = [...issue.comments].map(gitlabNote);
    // A system note, as GitLab adds when labels change; clients must not take it for a reply.
    notes.push({
      id: 1,
      body: 'added ~content label',
      author: gitlabUser('it-helper'),
      created_at: issue.createdAt,
      updated_at: issue.createdAt,
      system: true,
      noteable_type: 'Issue',
    });
    notes.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
    if (url.searchParams.get('sort') !== 'asc') notes.reverse();
    return send(response, 200, notes);
  }

  private gitlabIssue(issue: StandInIssue): Record<string, unknown> {
    return {
      id: 50000 + Number(issue.id),
      iid: Number(issue.id),
      project_id: 42,
      title: issue.title,
      description: issue.body,
      state: issue.state === 'closed' ? 'closed' : 'opened',
      labels: issue.labels,
      author: gitlabUser(issue.author),
      assignees: issue.state === 'in-progress' ? [gitlabUser('it-helper')] : [],
      user_notes_count: issue.comments.length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.state === 'closed' ? issue.updatedAt : null,
      web_url: `${this.origin}/gitlab-web/${issue.place}/-/issues/${issue.id}`,
    };
  }

  // ——— Jira ———

  private serveJira(method: string, path: string, json: unknown, response: http.ServerResponse): void {
    const url = new URL(path, 'http://stand-in');
    const match = /^\/rest\/api\/([23])\/(issue|search|search\/jql)(?:\/([A-Z][A-Z0-9_]*-\d+)(\/comment)?)?$/.exec(url.pathname);
    if (!match) return send(response, 404, { errorMessages: ['Not found'], errors: {} });
    const version = match[1];
    if (match[2] !== 'issue') {
      const jql = url.searchParams.get('jql') ?? '';
      const project = /project = "([^"]*)"/.exec(jql)?.[1];
      const words = (/summary ~ "([^"]*)"/.exec(jql)?.[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const found = this.issues.filter(
        (issue) =>
          issue.tracker === 'jira' && issue.place === project && issue.state !== 'closed' && words.some((word) => issue.title.toLowerCase().includes(word)),
      );
      const issues = found.map((issue) => ({
        id: String(10000 + Number(issue.id.split('-')[1])),
        key: issue.id,
        self: `${this.jiraBaseUrl}/rest/api/${version}/issue/${issue.id}`,
        fields: { summary: issue.title },
      }));
      return send(
        response,
        200,
        version === '3' && match[2] === 'search/jql' ? { issues, isLast: true } : { startAt: 0, maxResults: 5, total: issues.length, issues },
      );
    }
    if (!match[3]) {
      if (method !== 'POST') return send(response, 405, { errorMessages: ['Method not allowed'] });
      const fields = (json as { fields?: Record<string, unknown> })?.fields;
      if (!fields || typeof fields.summary !== 'string' || !fields.summary.trim())
        return send(response, 400, { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } });
      const projectKey = String((fields.project as { key?: unknown } | undefined)?.key ?? '');
      const description = fields.description;
      const text = typeof description === 'string' ? description : JSON.stringify(description ?? '');
      const issue = this.addIssue('jira', projectKey, {
        title: fields.summary,
        body: text,
        description,
        labels: Array.isArray(fields.labels) ? fields.labels.map(String) : [],
        author: standInRequester.accountId,
      });
      return send(response, 201, {
        id: String(10000 + Number(issue.id.split('-')[1])),
        key: issue.id,
        self: `${this.jiraBaseUrl}/rest/api/${version}/issue/${issue.id}`,
      });
    }
    const issue = this.issues.find((candidate) => candidate.tracker === 'jira' && candidate.id === match[3]);
    if (!issue) return send(response, 404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    if (match[4]) {
      if (method !== 'POST') return send(response, 405, { errorMessages: ['Method not allowed'] });
      const body = (json as { body?: unknown })?.body;
      const comment = {
        id: this.nextCommentId++,
        author: standInRequester.accountId,
        body: typeof body === 'string' ? body : JSON.stringify(body),
        at: this.tick(),
      };
      issue.comments.push(comment);
      issue.updatedAt = comment.at;
      return send(response, 201, { id: String(comment.id), author: jiraUser(comment.author), body, created: comment.at, updated: comment.at });
    }
    const category =
      issue.state === 'closed'
        ? { key: 'done', name: 'Done' }
        : issue.state === 'in-progress'
          ? { key: 'indeterminate', name: 'In Progress' }
          : { key: 'new', name: 'To Do' };
    const comments = issue.comments.map((comment) => ({
      id: String(comment.id),
      author: jiraUser(comment.author),
      body: version === '3' ? adfParagraph(comment.body) : comment.body,
      created: comment.at,
      updated: comment.at,
    }));
    return send(response, 200, {
      id: String(10000 + Number(issue.id.split('-')[1])),
      key: issue.id,
      self: `${this.jiraBaseUrl}/rest/api/${version}/issue/${issue.id}`,
      fields: {
        summary: issue.title,
        updated: issue.updatedAt.replace('Z', '+0000'),
        status: { name: category.name, statusCategory: { key: category.key, name: category.name } },
        reporter: jiraUser(issue.author),
        comment: { comments, maxResults: comments.length, total: comments.length, startAt: 0 },
      },
    });
  }
}

function splitTracker(rawUrl: string): [StandInTracker | 'unknown', string] {
  for (const [tracker, prefix] of [
    ['github', '/github'],
    ['gitlab', '/gitlab/api/v4'],
    ['jira', '/jira'],
  ] as const) {
    if (rawUrl === prefix || rawUrl.startsWith(`${prefix}/`) || rawUrl.startsWith(`${prefix}?`)) return [tracker, rawUrl.slice(prefix.length) || '/'];
  }
  return ['unknown', rawUrl];
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

const githubNotFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

function defaultFailureBody(tracker: StandInTracker | 'unknown', status: number): unknown {
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    410: 'Issues are disabled for this repo',
    422: 'Validation Failed',
    429: 'Too Many Requests',
  };
  const message = messages[status] ?? (status >= 500 ? 'Server Error' : 'Error');
  if (tracker === 'jira') return { errorMessages: [message], errors: {} };
  if (tracker === 'gitlab') return { message: `${status} ${message}` };
  return { message, documentation_url: 'https://docs.github.com/rest', status: String(status) };
}

function githubUser(login: string): Record<string, unknown> {
  return { login, id: login.length * 1000, type: 'User', site_admin: false, html_url: `https://github.example/${login}` };
}

function gitlabUser(username: string): Record<string, unknown> {
  return { id: username.length, username, name: username === standInRequester.login ? standInRequester.name : username, state: 'active' };
}

function gitlabNote(comment: StandInComment): Record<string, unknown> {
  return {
    id: comment.id,
    body: comment.body,
    author: gitlabUser(comment.author),
    created_at: comment.at,
    updated_at: comment.at,
    system: false,
    noteable_type: 'Issue',
  };
}

function jiraUser(id: string): Record<string, unknown> {
  return id === standInRequester.accountId
    ? { accountId: id, displayName: standInRequester.name, active: true }
    : { accountId: `acc-${id}`, displayName: id, active: true };
}

function adfParagraph(text: string): unknown {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** GitLab publishes no packaged API description; these are the essentials of its REST v4 documentation. */
function checkGitLab(method: string, path: string, headers: Record<string, string>, json: unknown): string[] {
  const problems: string[] = [];
  if (!headers['private-token']) problems.push('PRIVATE-TOKEN header is missing');
  const url = new URL(path, 'http://stand-in');
  const known = /^\/projects\/[^/]+\/issues(?:\/\d+(?:\/notes)?)?$/.test(url.pathname);
  if (!known) problems.push(`no GitLab endpoint ${url.pathname}`);
  if (/^\/projects\/[^/]*\/[^/]/.test(url.pathname.replace(/\/issues.*$/, '/'))) problems.push('the project path must be URL-encoded as one segment');
  if (method === 'POST') {
    if (!(headers['content-type'] ?? '').startsWith('application/json')) problems.push('Content-Type should be application/json');
    const body = json as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object') problems.push('a JSON body is required');
    else if (url.pathname.endsWith('/issues')) {
      if (typeof body.title !== 'string') problems.push('title must be a string');
      if (body.labels !== undefined && typeof body.labels !== 'string') problems.push('labels must be a comma-separated string');
      if (body.description !== undefined && typeof body.description !== 'string') problems.push('description must be a string');
    } else if (typeof body.body !== 'string') problems.push('body must be a string');
  }
  return problems;
}

/** Jira's essentials: Cloud uses REST v3 with Basic sign-in and ADF, Data Center REST v2 with Bearer and text. */
function checkJira(method: string, path: string, headers: Record<string, string>, json: unknown): string[] {
  const problems: string[] = [];
  const url = new URL(path, 'http://stand-in');
  const version = /^\/rest\/api\/([23])\//.exec(url.pathname)?.[1];
  if (!version) return [`no Jira endpoint ${url.pathname}`];
  const authorization = headers['authorization'] ?? '';
  if (version === '3' && !/^Basic [A-Za-z0-9+/=]+$/.test(authorization)) problems.push('Jira Cloud expects Basic sign-in with email and API token');
  if (version === '3' && /^Basic /.test(authorization) && !Buffer.from(authorization.slice(6), 'base64').toString('utf8').includes(':'))
    problems.push('Basic sign-in must be email:token');
  if (version === '2' && !/^Bearer \S+$/.test(authorization)) problems.push('Jira Data Center expects a Bearer personal access token');
  if (version === '3' && url.pathname === '/rest/api/3/search') problems.push('Jira Cloud removed /rest/api/3/search; use /rest/api/3/search/jql');
  if (url.pathname.includes('/search') && !url.searchParams.get('jql')) problems.push('search needs a jql parameter');
  if (method === 'POST') {
    if (!(headers['content-type'] ?? '').startsWith('application/json')) problems.push('Content-Type should be application/json');
    const body = json as Record<string, unknown> | undefined;
    if (url.pathname.endsWith('/issue')) {
      const fields = body?.fields as Record<string, unknown> | undefined;
      if (!fields) problems.push('fields are required');
      else {
        if (typeof (fields.project as { key?: unknown } | undefined)?.key !== 'string') problems.push('fields.project.key is required');
        if (typeof fields.summary !== 'string') problems.push('fields.summary must be a string');
        else if (fields.summary.length > 255) problems.push('fields.summary is longer than 255 characters');
        if (typeof (fields.issuetype as { name?: unknown } | undefined)?.name !== 'string') problems.push('fields.issuetype.name is required');
        if (Array.isArray(fields.labels) && fields.labels.some((label) => typeof label !== 'string' || /\s/.test(label)))
          problems.push('labels must be strings without spaces');
        problems.push(...checkText(version, fields.description, 'fields.description'));
      }
    } else if (url.pathname.endsWith('/comment')) problems.push(...checkText(version, body?.body, 'body'));
  }
  return problems;
}

function checkText(version: string, value: unknown, name: string): string[] {
  if (version === '2') return typeof value === 'string' ? [] : [`${name} must be text in REST v2`];
  const problems: string[] = [];
  const document = value as { type?: unknown; version?: unknown; content?: unknown };
  if (!document || document.type !== 'doc' || document.version !== 1 || !Array.isArray(document.content))
    return [`${name} must be an Atlassian Document Format document in REST v3`];
  const visit = (node: unknown, where: string): void => {
    const adf = node as { type?: unknown; text?: unknown; content?: unknown };
    if (!adf || typeof adf.type !== 'string') problems.push(`${where} has no type`);
    else if (adf.type === 'text' && (typeof adf.text !== 'string' || adf.text.length === 0)) problems.push(`${where} is an empty text node`);
    if (Array.isArray(adf?.content)) adf.content.forEach((child, index) => visit(child, `${where}.content[${index}]`));
  };
  visit(document, name);
  return problems;
}
