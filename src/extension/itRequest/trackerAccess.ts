import * as vscode from 'vscode';
import { parseGitRemote } from '../../core';
import { createTrackerClient, type TrackerClient, type TrackerConfig } from '../../core/itRequest/trackers';
import { fetchHttp } from './httpFetch';
import { readItRequestSettings, type ItRequestSettings } from './itRequestSettings';
import { readGitState } from './gitState';

export type TrackerKind = 'github' | 'gitlab' | 'jira';

/** Raised when a tracker is chosen that is not set up yet; the message says what is missing, in plain words. */
export class NotSetUpError extends Error {
  constructor(
    readonly tracker: TrackerKind,
    message: string,
  ) {
    super(message);
  }
}

export interface GitHubTarget {
  readonly owner: string;
  readonly repo: string;
  readonly host: string;
  readonly apiBase: string;
  /** VS Code's built-in sign-in: `github` for github.com, `github-enterprise` for a company's own server. */
  readonly authProvider: 'github' | 'github-enterprise';
}

/** The IT team's GitHub repository: the setting, else this site's own `origin` when it is on GitHub. */
export async function gitHubTarget(settings: ItRequestSettings = readItRequestSettings()): Promise<GitHubTarget | undefined> {
  const remote = settings.githubRepository || (await readGitState(vscode.window.activeTextEditor?.document.uri))?.remote;
  const parsed = remote ? parseGitRemote(remote) : undefined;
  if (!parsed) return undefined;
  const enterprise = parsed.host !== 'github.com' || (settings.githubApiUrl !== '' && settings.githubApiUrl !== 'https://api.github.com');
  const apiBase = settings.githubApiUrl || (parsed.host === 'github.com' ? 'https://api.github.com' : `https://${parsed.host}/api/v3`);
  return { owner: parsed.owner, repo: parsed.repo, host: parsed.host, apiBase, authProvider: enterprise ? 'github-enterprise' : 'github' };
}

/** How the GitHub token is obtained: VS Code's own sign-in, which asks the user's consent the first time. */
export type GitHubSignIn = (
  provider: GitHubTarget['authProvider'],
  scopes: readonly string[],
  interactive: boolean,
) => Thenable<{ readonly accessToken: string } | undefined>;

/** Interactive: VS Code asks to sign in when needed. Otherwise (background checks) only an existing sign-in is used. */
const vscodeSignIn: GitHubSignIn = (provider, scopes, interactive) =>
  interactive
    ? vscode.authentication.getSession(provider, scopes, { createIfNone: true })
    : vscode.authentication.getSession(provider, scopes, { silent: true });
let gitHubSignIn: GitHubSignIn = vscodeSignIn;

/**
 * Replaces the sign-in, for the integration tests only: VS Code's workbench under test refuses the consent
 * dialog that `getSession` shows. Undefined restores VS Code's sign-in.
 */
export function useGitHubSignIn(signIn: GitHubSignIn | undefined): void {
  gitHubSignIn = signIn ?? vscodeSignIn;
}

/** Where the GitLab and Jira tokens are kept: only in VS Code's secret storage, one per tracker address. */
export function tokenKey(tracker: 'gitlab' | 'jira', address: string): string {
  return `contentBridge.itRequest.token ${tracker} ${address}`;
}

export async function isTrackerReady(tracker: TrackerKind, secrets: vscode.SecretStorage, settings = readItRequestSettings()): Promise<boolean> {
  switch (tracker) {
    case 'github':
      return (await gitHubTarget(settings)) !== undefined;
    case 'gitlab':
      return settings.gitlabProject !== '' && (await secrets.get(tokenKey('gitlab', settings.gitlabUrl))) !== undefined;
    case 'jira':
      return settings.jiraUrl !== '' && settings.jiraProject !== '' && (await secrets.get(tokenKey('jira', settings.jiraUrl))) !== undefined;
  }
}

/**
 * A client for the IT team's tracker. GitHub signs in through VS Code (a sign-in page opens the first time);
 * GitLab and Jira use the token from "Set up the IT team's tracker…".
 */
export async function trackerClient(tracker: TrackerKind, secrets: vscode.SecretStorage, interactive = true): Promise<TrackerClient> {
  return createTrackerClient(await trackerConfig(tracker, secrets, interactive), fetchHttp);
}

async function trackerConfig(tracker: TrackerKind, secrets: vscode.SecretStorage, interactive: boolean): Promise<TrackerConfig> {
  const settings = readItRequestSettings();
  switch (tracker) {
    case 'github': {
      const target = await gitHubTarget(settings);
      if (!target) throw new NotSetUpError('github', vscode.l10n.t("Content Bridge does not know your IT team's GitHub repository yet."));
      const session = await gitHubSignIn(target.authProvider, ['repo'], interactive);
      if (!session) throw new NotSetUpError('github', vscode.l10n.t('You are not signed in to GitHub in VS Code. Use "Check for Replies from IT" to sign in.'));
      return { kind: 'github', apiBase: target.apiBase, owner: target.owner, repo: target.repo, token: session.accessToken };
    }
    case 'gitlab': {
      const token = await secrets.get(tokenKey('gitlab', settings.gitlabUrl));
      if (!settings.gitlabProject || !token) throw new NotSetUpError('gitlab', vscode.l10n.t("Your IT team's GitLab is not set up yet."));
      return { kind: 'gitlab', apiBase: `${settings.gitlabUrl}/api/v4`, project: settings.gitlabProject, token };
    }
    case 'jira': {
      const token = await secrets.get(tokenKey('jira', settings.jiraUrl));
      if (!settings.jiraUrl || !settings.jiraProject || !token) throw new NotSetUpError('jira', vscode.l10n.t("Your IT team's Jira is not set up yet."));
      // Jira Cloud signs in with an email address and an API token; Data Center with a personal access token.
      return settings.jiraEmail
        ? { kind: 'jira', baseUrl: settings.jiraUrl, projectKey: settings.jiraProject, flavour: 'cloud', email: settings.jiraEmail, token }
        : { kind: 'jira', baseUrl: settings.jiraUrl, projectKey: settings.jiraProject, flavour: 'datacenter', token };
    }
  }
}
