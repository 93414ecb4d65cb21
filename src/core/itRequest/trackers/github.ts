import { callJson, joinUrl, searchWords, type CallContext, type TrackerAction } from './call';
import type { Http, TrackerClient, TrackerConfig, TrackerIssueRef, TrackerIssueState, TrackerReply } from './types';

type GitHubConfig = Extract<TrackerConfig, { kind: 'github' }>;

interface GitHubUser {
  login?: string;
}
interface GitHubIssue {
  number: number;
  html_url: string;
  title: string;
  state: 'open' | 'closed';
  updated_at: string;
  comments: number;
  user?: GitHubUser;
  assignees?: GitHubUser[];
  labels?: Array<string | { name?: string }>;
  pull_request?: unknown;
}
interface GitHubComment {
  body?: string;
  created_at: string;
  user?: GitHubUser;
}

/** GitHub and GitHub Enterprise Server, through the REST API (version 2022-11-28). */
export function createGitHubClient(config: GitHubConfig, http: Http): TrackerClient {
  const apiBase = config.apiBase || 'https://api.github.com';
  const trackerName = /^https:\/\/api\.github\.com\/?$/i.test(apiBase) ? 'GitHub' : 'GitHub Enterprise';
  const repoPath = `/repos/${encodeURIComponent(config.owner)}/${encodeURIComponent(config.repo)}`;
  const place = `${config.owner}/${config.repo}`;
  const headers = (withBody: boolean): Record<string, string> => ({
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
    Authorization: `Bearer ${config.token}`,
    ...(withBody ? { 'Content-Type': 'application/json' } : {}),
  });
  const context = (action: TrackerAction): CallContext => ({ trackerName, place, action });
  const get = <T>(path: string, action: TrackerAction) =>
    callJson<T>(http, { method: 'GET', url: joinUrl(apiBase, path), headers: headers(false) }, context(action));
  const post = <T>(path: string, body: unknown, action: TrackerAction) =>
    callJson<T>(http, { method: 'POST', url: joinUrl(apiBase, path), headers: headers(true), body: JSON.stringify(body) }, context(action));
  const toRef = (issue: GitHubIssue): TrackerIssueRef => ({ tracker: 'github', id: String(issue.number), url: issue.html_url, title: issue.title });

  return {
    async createIssue({ title, body, labels }) {
      const issue = await post<GitHubIssue>(`${repoPath}/issues`, { title, body, labels }, 'send');
      return toRef(issue);
    },

    async findSimilar(title) {
      const words = searchWords(title, 5);
      if (words.length === 0) return [];
      const query = `${words.join(' OR ')} repo:${config.owner}/${config.repo} is:issue is:open in:title`;
      const result = await get<{ items?: GitHubIssue[] }>(`/search/issues?q=${encodeURIComponent(query)}&per_page=5`, 'search');
      return (result?.items ?? []).filter((issue) => !issue.pull_request).map(toRef);
    },

    async getState(ref) {
      const issue = await get<GitHubIssue>(`${repoPath}/issues/${encodeURIComponent(ref.id)}`, 'read');
      const requester = issue.user?.login;
      let replies: TrackerReply[] = [];
      if (issue.comments > 0) {
        // Comments come oldest first; the last page holds the latest.
        const lastPage = Math.max(1, Math.ceil(issue.comments / 100));
        const comments = await get<GitHubComment[]>(`${repoPath}/issues/${encodeURIComponent(ref.id)}/comments?per_page=100&page=${lastPage}`, 'read');
        replies = (comments ?? [])
          .filter((comment) => comment.user?.login !== requester)
          .map((comment) => ({ author: comment.user?.login ?? 'someone', body: comment.body ?? '', at: comment.created_at }));
      }
      const inProgress =
        (issue.assignees?.length ?? 0) > 0 || (issue.labels ?? []).some((label) => isInProgressLabel(typeof label === 'string' ? label : label.name));
      const state: TrackerIssueState = {
        state: issue.state === 'closed' ? 'closed' : inProgress ? 'in-progress' : 'open',
        replyCount: replies.length,
        updatedAt: issue.updated_at,
      };
      const latest = replies[replies.length - 1];
      return latest ? { ...state, latestReply: latest } : state;
    },

    async addComment(ref, body) {
      await post<unknown>(`${repoPath}/issues/${encodeURIComponent(ref.id)}/comments`, { body }, 'comment');
    },
  };
}

/** Labels teams use to say someone is working on it. */
export function isInProgressLabel(name: string | undefined): boolean {
  return !!name && /^(?:in[ _-]?progress|doing|wip|working on it|started|in review)$/i.test(name.trim());
}
