import { callJson, joinUrl, searchWords, type CallContext, type TrackerAction } from './call';
import { isInProgressLabel } from './github';
import type { Http, TrackerClient, TrackerConfig, TrackerIssueRef, TrackerIssueState } from './types';

type GitLabConfig = Extract<TrackerConfig, { kind: 'gitlab' }>;

interface GitLabUser {
  username?: string;
  name?: string;
}
interface GitLabIssue {
  iid: number;
  web_url: string;
  title: string;
  state: 'opened' | 'closed';
  updated_at: string;
  author?: GitLabUser;
  assignees?: GitLabUser[];
  labels?: string[];
}
interface GitLabNote {
  body?: string;
  created_at: string;
  system?: boolean;
  author?: GitLabUser;
}

/** GitLab.com and self-managed GitLab, through REST API v4 with a personal access token. */
export function createGitLabClient(config: GitLabConfig, http: Http): TrackerClient {
  const apiBase = config.apiBase || 'https://gitlab.com/api/v4';
  const projectPath = `/projects/${encodeURIComponent(config.project)}`;
  const headers = (withBody: boolean): Record<string, string> => ({
    Accept: 'application/json',
    'PRIVATE-TOKEN': config.token,
    ...(withBody ? { 'Content-Type': 'application/json' } : {}),
  });
  const context = (action: TrackerAction): CallContext => ({ trackerName: 'GitLab', place: config.project, action });
  const get = <T>(path: string, action: TrackerAction) =>
    callJson<T>(http, { method: 'GET', url: joinUrl(apiBase, path), headers: headers(false) }, context(action));
  const post = <T>(path: string, body: unknown, action: TrackerAction) =>
    callJson<T>(http, { method: 'POST', url: joinUrl(apiBase, path), headers: headers(true), body: JSON.stringify(body) }, context(action));
  const toRef = (issue: GitLabIssue): TrackerIssueRef => ({ tracker: 'gitlab', id: String(issue.iid), url: issue.web_url, title: issue.title });
  const issuePath = (ref: TrackerIssueRef) => `${projectPath}/issues/${encodeURIComponent(ref.id)}`;

  return {
    async createIssue({ title, body, labels }) {
      // GitLab takes labels as one comma-separated string.
      return toRef(await post<GitLabIssue>(`${projectPath}/issues`, { title, description: body, labels: labels.join(',') }, 'send'));
    },

    async findSimilar(title) {
      const words = searchWords(title, 3);
      if (words.length === 0) return [];
      const query = `state=opened&in=title&search=${encodeURIComponent(words.join(' '))}&order_by=updated_at&per_page=5`;
      const issues = await get<GitLabIssue[]>(`${projectPath}/issues?${query}`, 'search');
      return (issues ?? []).map(toRef);
    },

    async getState(ref) {
      const issue = await get<GitLabIssue>(issuePath(ref), 'read');
      const notes = await get<GitLabNote[]>(`${issuePath(ref)}/notes?sort=desc&order_by=created_at&per_page=100`, 'read');
      const requester = issue.author?.username;
      // Newest first; system notes ("changed the label") are not replies, nor are the requester's own comments.
      const replies = (notes ?? []).filter((note) => !note.system && note.author?.username !== requester);
      const inProgress = (issue.assignees?.length ?? 0) > 0 || (issue.labels ?? []).some(isInProgressLabel);
      const state: TrackerIssueState = {
        state: issue.state === 'closed' ? 'closed' : inProgress ? 'in-progress' : 'open',
        replyCount: replies.length,
        updatedAt: issue.updated_at,
      };
      const latest = replies[0];
      return latest
        ? { ...state, latestReply: { author: latest.author?.name ?? latest.author?.username ?? 'someone', body: latest.body ?? '', at: latest.created_at } }
        : state;
    },

    async addComment(ref, body) {
      await post<unknown>(`${issuePath(ref)}/notes`, { body }, 'comment');
    },
  };
}
