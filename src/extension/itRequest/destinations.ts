import * as vscode from 'vscode';
import { mailtoLink, markdownFile, newIssueUrl } from '../../core';
import { calendarDay } from './compose';
import type { ComposedItRequest, DestinationKind } from '../../core/itRequest/model';
import type { DestinationOption } from '../../shared/itRequestProtocol';
import { readItRequestSettings } from './itRequestSettings';
import { gitHubTarget, isTrackerReady } from './trackerAccess';

export const destinationLabels: Readonly<Record<DestinationKind, string>> = {
  github: "IT team's GitHub",
  gitlab: "IT team's GitLab",
  jira: "IT team's Jira",
  email: 'Email to IT',
  'new-issue-page': 'New issue page in your browser',
  clipboard: 'Copy to the clipboard',
  file: "A file in the team's requests folder",
};

/**
 * Every destination with whether it can work now. Trackers and email need setting up; the new-issue page needs
 * a GitHub repository. A destination that cannot work is offered as "set up first", leading to its setup.
 */
export async function listDestinations(secrets: vscode.SecretStorage): Promise<DestinationOption[]> {
  const settings = readItRequestSettings();
  const github = await gitHubTarget(settings);
  const gitlab = await isTrackerReady('gitlab', secrets, settings);
  const jira = await isTrackerReady('jira', secrets, settings);
  const option = (kind: DestinationKind, ready: boolean, detail: string): DestinationOption => ({ kind, label: destinationLabels[kind], ready, detail });
  return [
    option(
      'github',
      github !== undefined,
      github
        ? `Files an issue in ${github.owner}/${github.repo}. VS Code asks you to sign in to GitHub the first time.`
        : "Needs your IT team's GitHub repository. Choose it to set it up.",
    ),
    option(
      'gitlab',
      gitlab,
      gitlab
        ? `Files an issue in ${settings.gitlabProject} on ${hostOf(settings.gitlabUrl)}.`
        : "Needs your IT team's GitLab project and an access token. Choose it to set it up.",
    ),
    option(
      'jira',
      jira,
      jira
        ? `Files an issue in the ${settings.jiraProject} project on ${hostOf(settings.jiraUrl)}.`
        : "Needs your IT team's Jira address, project and a token. Choose it to set it up.",
    ),
    option(
      'email',
      settings.email !== '',
      settings.email ? `Opens your email program with a message to ${settings.email}.` : "Needs your IT team's email address. Choose it to set it up.",
    ),
    option(
      'new-issue-page',
      github !== undefined,
      github
        ? `Opens the new-issue page of ${github.owner}/${github.repo} in your browser, filled in; you press Submit there.`
        : "Needs your IT team's GitHub repository. Choose it to set it up.",
    ),
    option('clipboard', true, 'Copies the request, so you can paste it into an email, a chat or any tracker.'),
    option(
      'file',
      settings.folder !== '',
      settings.folder ? `Saves the request as a Markdown file in ${settings.folder}.` : 'Needs the folder your team keeps requests in. Choose it to set it up.',
    ),
  ];
}

/** The default destination: the setting when it can work, else the first tracker that can, else the clipboard. */
export function preferredDestination(options: readonly DestinationOption[]): DestinationKind {
  const configured = readItRequestSettings().destination;
  if (configured && options.some((option) => option.kind === configured)) return configured;
  return options.find((option) => option.ready && ['github', 'gitlab', 'jira'].includes(option.kind))?.kind ?? 'clipboard';
}

/** The new-issue page, filled in; the full text goes to the clipboard when it is too long for an address. */
export async function openNewIssuePage(composed: ComposedItRequest, fullText: string): Promise<{ url: string; shortened: boolean } | undefined> {
  const target = await gitHubTarget();
  if (!target) return undefined;
  const { url, bodyShortened } = newIssueUrl({ kind: 'github', host: target.host, owner: target.owner, repo: target.repo }, composed.title, composed.body);
  if (bodyShortened) await vscode.env.clipboard.writeText(fullText);
  const opened = await vscode.env.openExternal(vscode.Uri.parse(url, true));
  return opened ? { url, shortened: bodyShortened } : undefined;
}

/** Opens the user's email program with the request; past the length a mailto: link carries, the full text goes to the clipboard. */
export async function openEmail(composed: ComposedItRequest): Promise<{ url: string; shortened: boolean } | undefined> {
  const to = readItRequestSettings().email;
  if (!to) return undefined;
  const link = mailtoLink(to, composed.title, composed.body);
  if (link.bodyShortened) await vscode.env.clipboard.writeText(link.fullText);
  const opened = await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
  return opened ? { url: link.url, shortened: link.bodyShortened } : undefined;
}

/** Writes the request as a Markdown file into the team's folder; never overwrites an earlier request. */
export async function saveToFolder(composed: ComposedItRequest): Promise<vscode.Uri | undefined> {
  const folderSetting = readItRequestSettings().folder;
  if (!folderSetting) return undefined;
  const folder = folderSetting.includes('://') ? vscode.Uri.parse(folderSetting, true) : vscode.Uri.file(folderSetting);
  await vscode.workspace.fs.createDirectory(folder);
  const file = markdownFile(composed.title, composed.body, calendarDay(new Date()));
  const stem = file.fileName.slice(0, -'.md'.length);
  for (let attempt = 1; attempt < 1000; attempt++) {
    const target = vscode.Uri.joinPath(folder, attempt === 1 ? file.fileName : `${stem}-${attempt}.md`);
    if (await exists(target)) continue;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
    return target;
  }
  return undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}
