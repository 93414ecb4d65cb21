import { callJson, joinUrl, searchWords, type CallContext, type TrackerAction } from './call';
import { adfToText, markdownToAdf, markdownToJiraWiki } from './jiraFormat';
import type { Http, TrackerClient, TrackerConfig, TrackerIssueRef, TrackerIssueState } from './types';

type JiraConfig = Extract<TrackerConfig, { kind: 'jira' }>;

interface JiraUser {
  accountId?: string;
  name?: string;
  key?: string;
  displayName?: string;
}
interface JiraComment {
  author?: JiraUser;
  body?: unknown;
  created: string;
}
interface JiraIssue {
  key: string;
  fields?: {
    summary?: string;
    updated?: string;
    status?: { statusCategory?: { key?: string } };
    reporter?: JiraUser;
    comment?: { comments?: JiraComment[]; total?: number };
  };
}

/**
 * Jira Cloud (REST v3: descriptions in Atlassian Document Format, Basic sign-in with email and API token) and
 * Jira Data Center (REST v2: wiki markup, a personal access token as Bearer).
 */
export function createJiraClient(config: JiraConfig, http: Http): TrackerClient {
  const cloud = config.flavour === 'cloud';
  const api = cloud ? '/rest/api/3' : '/rest/api/2';
  const authorization = cloud ? `Basic ${base64(`${config.email ?? ''}:${config.token}`)}` : `Bearer ${config.token}`;
  const headers = (withBody: boolean): Record<string, string> => ({
    Accept: 'application/json',
    Authorization: authorization,
    ...(withBody ? { 'Content-Type': 'application/json' } : {}),
  });
  const context = (action: TrackerAction): CallContext => ({ trackerName: 'Jira', place: `the ${config.projectKey} project`, action });
  const get = <T>(path: string, action: TrackerAction) =>
    callJson<T>(http, { method: 'GET', url: joinUrl(config.baseUrl, path), headers: headers(false) }, context(action));
  const post = <T>(path: string, body: unknown, action: TrackerAction) =>
    callJson<T>(http, { method: 'POST', url: joinUrl(config.baseUrl, path), headers: headers(true), body: JSON.stringify(body) }, context(action));
  const browseUrl = (key: string) => joinUrl(config.baseUrl, `/browse/${encodeURIComponent(key)}`);
  const text = (markdown: string) => (cloud ? markdownToAdf(markdown) : markdownToJiraWiki(markdown));

  return {
    async createIssue({ title, body, labels }) {
      const fields = {
        project: { key: config.projectKey },
        summary: title.slice(0, 255),
        issuetype: { name: config.issueType ?? 'Task' },
        description: text(body),
        // Jira labels cannot contain spaces.
        labels: labels.map((label) => label.replace(/\s+/g, '-')),
      };
      const created = await post<{ key: string }>(`${api}/issue`, { fields }, 'send');
      return { tracker: 'jira', id: created.key, url: browseUrl(created.key), title: fields.summary };
    },

    async findSimilar(title) {
      const words = searchWords(title, 5);
      if (words.length === 0) return [];
      // Only letters and digits reach the query, so nothing in a title can change its meaning.
      const jql = `project = "${config.projectKey.replace(/[^A-Za-z0-9_]/g, '')}" AND statusCategory != Done AND summary ~ "${words.join(' ')}" ORDER BY updated DESC`;
      const query = `jql=${encodeURIComponent(jql)}&fields=summary&maxResults=5`;
      // Jira Cloud replaced /search with /search/jql.
      const result = await get<{ issues?: JiraIssue[] }>(`${api}/${cloud ? 'search/jql' : 'search'}?${query}`, 'search');
      return (result?.issues ?? []).map((issue): TrackerIssueRef => ({
        tracker: 'jira',
        id: issue.key,
        url: browseUrl(issue.key),
        title: issue.fields?.summary ?? issue.key,
      }));
    },

    async getState(ref) {
      const issue = await get<JiraIssue>(`${api}/issue/${encodeURIComponent(ref.id)}?fields=summary,status,updated,reporter,comment`, 'read');
      const fields = issue.fields ?? {};
      const reporter = userId(fields.reporter);
      const replies = (fields.comment?.comments ?? []).filter((comment) => !reporter || userId(comment.author) !== reporter);
      const category = fields.status?.statusCategory?.key;
      const state: TrackerIssueState = {
        state: category === 'done' ? 'closed' : category === 'indeterminate' ? 'in-progress' : 'open',
        replyCount: replies.length,
        updatedAt: isoTime(fields.updated),
      };
      const latest = replies[replies.length - 1];
      return latest
        ? { ...state, latestReply: { author: latest.author?.displayName ?? 'someone', body: adfToText(latest.body), at: isoTime(latest.created) } }
        : state;
    },

    async addComment(ref, body) {
      await post<unknown>(`${api}/issue/${encodeURIComponent(ref.id)}/comment`, { body: text(body) }, 'comment');
    },
  };
}

/** Jira writes `2026-12-01T09:00:00.000+0000`; the rest of the product reads ISO 8601 (`+00:00`). */
function isoTime(value: string | undefined): string {
  if (!value) return '';
  const zone = /([+-])(\d{2})(\d{2})$/.exec(value);
  return zone ? `${value.slice(0, -5)}${zone[1]}${zone[2]}:${zone[3]}` : value;
}

function userId(user: JiraUser | undefined): string | undefined {
  return user?.accountId ?? user?.key ?? user?.name;
}

/** Base64 of the UTF-8 bytes, with the platform's btoa (browsers and Node alike). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
