import * as vscode from 'vscode';
import { buildItRequest, formatDraft, newIssueUrl, parseDraft, parseGitRemote, trackerSendingBlockedReason, type ItRequest } from '../../core';
import { readItRequestRepository } from '../settings';
import { gatherEditorContext } from './gatherContext';
import { readGitState } from './gitState';

export const requestItHelpCommand = 'contentBridge.requestItHelp';
export const sendItRequestCommand = 'contentBridge.sendItRequest';

/** The unsent request survives reloads and crashes here until the user starts a new one. */
const draftStorageKey = 'contentBridge.itRequest.draft';

export type SendChannel = 'github' | 'clipboard';

/** Answers that would otherwise be asked for; lets keybindings, tasks and tests skip the prompts. */
export interface RequestItHelpArgs {
  readonly title?: string;
  readonly need?: string;
}

export interface SendItRequestArgs {
  readonly via?: SendChannel;
}

export interface DraftResult extends ItRequest {
  readonly document: vscode.Uri;
}

export interface SendResult extends ItRequest {
  readonly via: SendChannel;
  readonly url?: string;
}

interface StoredDraft extends ItRequest {
  readonly sentVia?: SendChannel;
}

/** "Request IT Help…" and "Send IT Request…". */
export function registerItRequestCommands(context: vscode.ExtensionContext): vscode.Disposable {
  let reviewDocument: vscode.TextDocument | undefined;
  const extensionVersion = String(context.extension.packageJSON.version ?? '');

  const storeDraft = (draft: StoredDraft | undefined) => context.globalState.update(draftStorageKey, draft);
  const storedDraft = () => context.globalState.get<StoredDraft>(draftStorageKey);

  const openForReview = async (request: ItRequest): Promise<vscode.TextDocument> => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: formatDraft(request) });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    reviewDocument = document;
    return document;
  };

  const offerToSend = () => {
    void vscode.window
      .showInformationMessage('Your IT request is ready for you to review. Edit it as you like, then choose how to send it.', 'Open as a new issue', 'Copy to clipboard')
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand(sendItRequestCommand, { via: choice === 'Copy to clipboard' ? 'clipboard' : 'github' });
      });
  };

  const requestItHelp = async (args: RequestItHelpArgs = {}): Promise<DraftResult | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const unsent = storedDraft();
    if (unsent && !unsent.sentVia && args.title === undefined) {
      const choice = await vscode.window.showWarningMessage(`You have an IT request you have not sent yet: "${unsent.title}".`, 'Open it', 'Start a new one');
      if (choice === undefined) return undefined;
      if (choice === 'Open it') {
        const document = await openForReview(unsent);
        offerToSend();
        return { ...unsent, document: document.uri };
      }
    }
    const title = args.title ?? (await askForTitle());
    if (title === undefined) return undefined;
    const need = args.need ?? (await askForNeed());
    if (need === undefined) return undefined;
    const request = buildItRequest({ title, need, ...(await gatherEditorContext(editor, extensionVersion)) });
    await storeDraft(request);
    const document = await openForReview(request);
    offerToSend();
    return { ...request, document: document.uri };
  };

  const sendItRequest = async (args: SendItRequestArgs = {}): Promise<SendResult | undefined> => {
    const stored = storedDraft();
    const text = reviewDocument && !reviewDocument.isClosed ? reviewDocument.getText() : stored ? formatDraft(stored) : undefined;
    if (text === undefined) {
      void vscode.window.showInformationMessage('There is no IT request to send yet. Use "Content Bridge: Request IT Help…" to write one.');
      return undefined;
    }
    const request = parseDraft(text, stored?.title ?? 'Help needed with website content');
    await storeDraft(request); // The reviewed text is what is kept from now on.
    const tracker = await findTracker();
    const via = args.via ?? (await askHowToSend(tracker !== undefined));
    if (via === undefined) return undefined;
    const blocked = via === 'clipboard' ? undefined : trackerSendingBlockedReason(vscode.workspace.isTrusted);
    if (blocked) {
      void vscode.window.showWarningMessage(blocked);
      return undefined;
    }
    if (via === 'github' && !tracker) {
      void vscode.window.showWarningMessage(
        'Content Bridge does not know where your IT team keeps its issues. Set "Content Bridge: IT Request Repository" in Settings, or copy the request to the clipboard instead.',
      );
      return undefined;
    }
    if (via === 'clipboard') {
      await vscode.env.clipboard.writeText(formatDraft(request));
      await storeDraft({ ...request, sentVia: via });
      void vscode.window.showInformationMessage('Your IT request is on the clipboard. Paste it into an email or your IT team\'s issue tracker.');
      return { ...request, via };
    }
    const { url, bodyShortened } = newIssueUrl(tracker!, request.title, request.body);
    if (bodyShortened) await vscode.env.clipboard.writeText(formatDraft(request));
    const opened = await vscode.env.openExternal(vscode.Uri.parse(url, true));
    if (!opened) {
      void vscode.window.showWarningMessage('The new-issue page did not open. Your request is still here; you can copy it to the clipboard instead.');
      return undefined;
    }
    await storeDraft({ ...request, sentVia: via });
    void vscode.window.showInformationMessage(
      bodyShortened
        ? 'A new issue page opened in your browser. The request was too long for a link, so the full text is on your clipboard: paste it in, then press "Submit new issue".'
        : 'A new issue page opened in your browser with your request filled in. Check it, then press "Submit new issue".',
    );
    return { ...request, via, url };
  };

  const findTracker = async () => {
    const configured = readItRequestRepository();
    if (configured) return parseGitRemote(configured);
    const remote = (await readGitState(vscode.window.activeTextEditor?.document.uri))?.remote;
    return remote ? parseGitRemote(remote) : undefined;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(requestItHelpCommand, requestItHelp),
    vscode.commands.registerCommand(sendItRequestCommand, sendItRequest),
  );
}

function askForTitle(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Request IT help (1 of 2)',
    prompt: 'A short title for your request, as you would write an email subject.',
    placeHolder: 'For example: The events page shows last year\'s dates',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Please give your request a short title.' : undefined),
  });
}

function askForNeed(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Request IT help (2 of 2)',
    prompt: 'What do you need IT to do? Your selection, the problems found and the file are added for you.',
    placeHolder: 'For example: Please add a sign-up form under the second paragraph',
    ignoreFocusOut: true,
  });
}

async function askHowToSend(hasTracker: boolean): Promise<SendChannel | undefined> {
  const items: (vscode.QuickPickItem & { via: SendChannel })[] = [
    ...(hasTracker ? [{ label: '$(github) Open as a new issue', detail: 'Opens your IT team\'s new-issue page in the browser, filled in. You check it and press Submit.', via: 'github' as const }] : []),
    { label: '$(clippy) Copy to clipboard', detail: 'Paste it into an email or any issue tracker.', via: 'clipboard' },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: 'Send your IT request', placeHolder: 'How should the request reach IT?' });
  return choice?.via;
}
