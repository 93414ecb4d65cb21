import * as vscode from 'vscode';
import type { DestinationKind } from '../../core/itRequest/model';
import { settingsSection } from '../settings';

/** The IT request settings, read fresh each time (people change them while the form is open). */
export interface ItRequestSettings {
  readonly destination: DestinationKind | '';
  /** GitHub: `owner/name` or the repository's address; empty means this site's own `origin`. */
  readonly githubRepository: string;
  /** GitHub Enterprise only: the API address, such as https://github.example.org/api/v3. */
  readonly githubApiUrl: string;
  readonly gitlabUrl: string;
  readonly gitlabProject: string;
  readonly jiraUrl: string;
  readonly jiraProject: string;
  /** Jira Cloud signs in with an email address and an API token; Data Center with a personal access token alone. */
  readonly jiraEmail: string;
  readonly email: string;
  readonly folder: string;
}

const destinations: readonly DestinationKind[] = ['github', 'gitlab', 'jira', 'email', 'new-issue-page', 'clipboard', 'file'];

export function readItRequestSettings(): ItRequestSettings {
  const settings = vscode.workspace.getConfiguration(`${settingsSection}.requestsToIT`);
  const text = (key: string) => {
    const value = settings.get<unknown>(key, '');
    return typeof value === 'string' ? value.trim() : '';
  };
  const destination = text('destination');
  return {
    destination: (destinations as readonly string[]).includes(destination) ? (destination as DestinationKind) : '',
    githubRepository: text('repository'),
    githubApiUrl: withoutTrailingSlashes(text('github.apiUrl')),
    gitlabUrl: withoutTrailingSlashes(text('gitlab.url')) || 'https://gitlab.com',
    gitlabProject: text('gitlab.project'),
    jiraUrl: withoutTrailingSlashes(text('jira.url')),
    jiraProject: text('jira.project'),
    jiraEmail: text('jira.email'),
    email: text('email'),
    folder: text('folder'),
  };
}

/** Writes a setting for this workspace (the IT team's tracker belongs to the site, not to every window). */
export function updateItRequestSetting(key: string, value: string | undefined): Thenable<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  return vscode.workspace.getConfiguration(`${settingsSection}.requestsToIT`).update(key, value, target);
}

export function withoutTrailingSlashes(address: string): string {
  let end = address.length;
  while (end > 0 && address[end - 1] === '/') end--;
  return address.slice(0, end);
}
