import * as vscode from 'vscode';
import type { DestinationKind } from '../../core/itRequest/model';
import { readItRequestSettings, updateItRequestSetting, withoutTrailingSlashes } from './itRequestSettings';
import { tokenKey } from './trackerAccess';

export const setUpTrackerCommand = 'contentBridge.setUpItTracker';

/** Answers that would otherwise be asked for (keybindings, tasks and tests skip the prompts with them). */
export interface SetUpTrackerArgs {
  readonly tracker?: 'github' | 'gitlab' | 'jira';
  /** GitHub: `owner/name` or the address; GitLab: the project path such as `web-team/requests`; Jira: the project key. */
  readonly project?: string;
  /** GitLab or Jira's address; GitHub Enterprise's API address. */
  readonly address?: string;
  /** Jira Cloud only. */
  readonly email?: string;
  readonly token?: string;
}

/**
 * "Set up the IT team's tracker…": asks, in plain words, for what each tracker needs. Addresses go to the
 * workspace settings; a token only ever goes to VS Code's secret storage.
 */
export async function setUpTracker(secrets: vscode.SecretStorage, args: SetUpTrackerArgs = {}): Promise<boolean> {
  const tracker = args.tracker ?? (await askWhichTracker());
  if (!tracker) return false;
  const settings = readItRequestSettings();
  if (tracker === 'github') {
    const project =
      args.project ??
      (await ask(
        vscode.l10n.t("Your IT team's GitHub repository"),
        vscode.l10n.t('Its web address, such as https://github.com/it-team/website-requests.'),
        settings.githubRepository,
      ));
    if (!project) return false;
    await updateItRequestSetting('repository', project);
    if (args.address !== undefined) await updateItRequestSetting('github.apiUrl', args.address || undefined);
    void vscode.window.showInformationMessage(
      vscode.l10n.t("Requests can now go to your IT team's GitHub. The first time you send one, VS Code asks you to sign in to GitHub."),
    );
    return true;
  }
  if (tracker === 'gitlab') {
    const address =
      args.address ??
      (await ask(
        vscode.l10n.t("Your IT team's GitLab address"),
        vscode.l10n.t("Leave as it is for gitlab.com; for your organisation's own GitLab, its address."),
        settings.gitlabUrl,
      ));
    if (!address) return false;
    const project =
      args.project ??
      (await ask(
        vscode.l10n.t('The GitLab project for IT requests'),
        vscode.l10n.t('As it appears in its address, such as web-team/requests.'),
        settings.gitlabProject,
      ));
    if (!project) return false;
    const token =
      args.token ?? (await askToken('GitLab', vscode.l10n.t('In GitLab: your avatar → Edit profile → Access tokens → Add new token, with the "api" scope.')));
    if (!token) return false;
    await updateItRequestSetting('gitlab.url', trimSlash(address));
    await updateItRequestSetting('gitlab.project', project);
    await secrets.store(tokenKey('gitlab', trimSlash(address)), token);
  } else {
    const address =
      args.address ?? (await ask(vscode.l10n.t("Your IT team's Jira address"), vscode.l10n.t('Such as https://your-team.atlassian.net'), settings.jiraUrl));
    if (!address) return false;
    const project =
      args.project ??
      (await ask(
        vscode.l10n.t('The Jira project key for IT requests'),
        vscode.l10n.t("The capital letters before an issue's number, such as WEB in WEB-12."),
        settings.jiraProject,
      ));
    if (!project) return false;
    const cloud = trimSlash(address).endsWith('.atlassian.net');
    const email =
      args.email ??
      (cloud
        ? await ask(
            vscode.l10n.t('The email address you sign in to Jira with'),
            vscode.l10n.t('Jira Cloud needs it together with an API token.'),
            settings.jiraEmail,
          )
        : '');
    if (email === undefined) return false;
    const token =
      args.token ??
      (await askToken(
        'Jira',
        cloud
          ? vscode.l10n.t('Make one at id.atlassian.com → Security → API tokens.')
          : vscode.l10n.t('In Jira: your profile → Personal Access Tokens → Create token.'),
      ));
    if (!token) return false;
    await updateItRequestSetting('jira.url', trimSlash(address));
    await updateItRequestSetting('jira.project', project);
    await updateItRequestSetting('jira.email', email || undefined);
    await secrets.store(tokenKey('jira', trimSlash(address)), token);
  }
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      "Requests can now go to your IT team's {0}. The token is kept in VS Code's secure storage, not in any file.",
      tracker === 'gitlab' ? 'GitLab' : 'Jira',
    ),
  );
  return true;
}

/** Sets up a simple destination (email address, folder) or, for a tracker, runs the setup above. */
export async function setUpDestination(destination: DestinationKind, secrets: vscode.SecretStorage): Promise<boolean> {
  switch (destination) {
    case 'github':
    case 'gitlab':
    case 'jira':
      return setUpTracker(secrets, { tracker: destination });
    case 'new-issue-page':
      return setUpTracker(secrets, { tracker: 'github' });
    case 'email': {
      const address = await ask(
        vscode.l10n.t("Your IT team's email address"),
        vscode.l10n.t('Requests open in your email program, addressed to it.'),
        readItRequestSettings().email,
      );
      if (!address) return false;
      await updateItRequestSetting('email', address);
      return true;
    }
    case 'file': {
      const [folder] =
        (await vscode.window.showOpenDialog({
          canSelectFiles: false,
          canSelectFolders: true,
          openLabel: vscode.l10n.t('Save requests here'),
          title: vscode.l10n.t('The folder your team keeps IT requests in'),
        })) ?? [];
      if (!folder) return false;
      await updateItRequestSetting('folder', folder.scheme === 'file' ? folder.fsPath : folder.toString());
      return true;
    }
    case 'clipboard':
      return true;
  }
}

async function askWhichTracker(): Promise<'github' | 'gitlab' | 'jira' | undefined> {
  const items = [
    {
      label: 'GitHub',
      detail: vscode.l10n.t("github.com, or your organisation's GitHub Enterprise. You sign in through VS Code."),
      tracker: 'github' as const,
    },
    { label: 'GitLab', detail: vscode.l10n.t("gitlab.com, or your organisation's own GitLab. Needs an access token."), tracker: 'gitlab' as const },
    { label: 'Jira', detail: vscode.l10n.t('Jira Cloud or Jira Data Center. Needs an API token.'), tracker: 'jira' as const },
  ];
  const choice = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t("Set up the IT team's tracker"),
    placeHolder: vscode.l10n.t('Where does your IT team keep its requests?'),
    ignoreFocusOut: true,
  });
  return choice?.tracker;
}

function ask(title: string, prompt: string, value: string): Thenable<string | undefined> {
  return vscode.window
    .showInputBox({
      title,
      prompt,
      value,
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? vscode.l10n.t('Please fill this in, or press Escape to stop.') : undefined),
    })
    .then((text) => text?.trim());
}

function askToken(trackerName: string, where: string): Thenable<string | undefined> {
  return vscode.window
    .showInputBox({
      title: vscode.l10n.t('Your {0} token', trackerName),
      prompt: vscode.l10n.t("{0} It is kept in VS Code's secure storage and only sent to {1}.", where, trackerName),
      password: true,
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? vscode.l10n.t('Please paste the token, or press Escape to stop.') : undefined),
    })
    .then((text) => text?.trim());
}

function trimSlash(address: string): string {
  return withoutTrailingSlashes(address.trim());
}
