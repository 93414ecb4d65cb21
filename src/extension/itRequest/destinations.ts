import * as vscode from 'vscode';
import { mailtoLink, markdownFile, newIssueUrl } from '../../core';
import { calendarDay } from './compose';
import type { ComposedItRequest, DestinationKind } from '../../core/itRequest/model';
import type { DestinationOption } from '../../shared/itRequestProtocol';
import { readItRequestSettings } from './itRequestSettings';
import { gitHubTarget, isTrackerReady } from './trackerAccess';

/** Each destination's name, in the language VS Code shows. */
export function destinationLabels(): Readonly<Record<DestinationKind, string>> {
  return {
    github: vscode.l10n.t("IT team's GitHub"),
    gitlab: vscode.l10n.t("IT team's GitLab"),
    jira: vscode.l10n.t("IT team's Jira"),
    email: vscode.l10n.t('Email to IT'),
    'new-issue-page': vscode.l10n.t('New issue page in your browser'),
    clipboard: vscode.l10n.t('Copy to the clipboard'),
    file: vscode.l10n.t("A file in the team's requests folder"),
  };
}

/**
 * Every destination with whether it can work now. Trackers and email need setting up; the new-issue page needs
 * a GitHub repository. A destination that cannot work is offered as "set up first", leading to its setup.
 */
export async function listDestinations(secrets: vscode.SecretStorage): Promise<DestinationOption[]> {
  const settings = readItRequestSettings();
  const github = await gitHubTarget(settings);
  const gitlab = await isTrackerReady('gitlab', secrets, settings);
  const jira = await isTrackerReady('jira', secrets, settings);
  const labels = destinationLabels();
  const option = (kind: DestinationKind, ready: boolean, detail: string): DestinationOption => ({ kind, label: labels[kind], ready, detail });
  const needsGitHub = vscode.l10n.t("Needs your IT team's GitHub repository. Choose it to set it up.");
  return [
    option(
      'github',
      github !== undefined,
      github ? vscode.l10n.t('Files an issue in {0}. VS Code asks you to sign in to GitHub the first time.', `${github.owner}/${github.repo}`) : needsGitHub,
    ),
    option(
      'gitlab',
      gitlab,
      gitlab
        ? vscode.l10n.t('Files an issue in {0} on {1}.', settings.gitlabProject, hostOf(settings.gitlabUrl))
        : vscode.l10n.t("Needs your IT team's GitLab project and an access token. Choose it to set it up."),
    ),
    option(
      'jira',
      jira,
      jira
        ? vscode.l10n.t('Files an issue in the {0} project on {1}.', settings.jiraProject, hostOf(settings.jiraUrl))
        : vscode.l10n.t("Needs your IT team's Jira address, project and a token. Choose it to set it up."),
    ),
    option(
      'email',
      settings.email !== '',
      settings.email
        ? vscode.l10n.t('Opens your email program with a message to {0}.', settings.email)
        : vscode.l10n.t("Needs your IT team's email address. Choose it to set it up."),
    ),
    option(
      'new-issue-page',
      github !== undefined,
      github
        ? vscode.l10n.t('Opens the new-issue page of {0} in your browser, filled in; you press Submit there.', `${github.owner}/${github.repo}`)
        : needsGitHub,
    ),
    option('clipboard', true, vscode.l10n.t('Copies the request, so you can paste it into an email, a chat or any tracker.')),
    option(
      'file',
      settings.folder !== '',
      settings.folder
        ? vscode.l10n.t('Saves the request as a Markdown file in {0}.', settings.folder)
        : vscode.l10n.t('Needs the folder your team keeps requests in. Choose it to set it up.'),
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
