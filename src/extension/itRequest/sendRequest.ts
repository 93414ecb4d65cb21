import * as vscode from 'vscode';
import { trackerSendingBlockedReason } from '../../core';
import type { ComposedItRequest, DestinationKind, SentRecord } from '../../core/itRequest/model';
import { TrackerError, type TrackerIssueRef } from '../../core/itRequest/trackers/types';
import { asText } from './compose';
import { destinationLabels, openEmail, openNewIssuePage, saveToFolder } from './destinations';
import { NotSetUpError, trackerClient, type TrackerKind } from './trackerAccess';

/** How to answer "add to a similar open issue?" without asking (tests, and a repeated send). */
export type SimilarChoice = 'ask' | 'file-new' | { readonly addTo: string };

export type SendOutcome =
  | {
      readonly ok: true;
      readonly record: SentRecord;
      readonly message: string;
      /** The address opened or the file written, if any. */ readonly address?: string;
      /** A new issue was filed (not added to one). */ readonly filedNew?: boolean;
    }
  | { readonly ok: false; readonly cancelled?: boolean; readonly message: string; readonly notSetUp?: boolean };

/**
 * Sends the composed request where the user chose. Never throws: a refusal comes back with the tracker's
 * plain-words message and what to do, and the caller keeps the draft as it is.
 */
export async function sendRequest(
  destination: DestinationKind,
  composed: ComposedItRequest,
  secrets: vscode.SecretStorage,
  similar: SimilarChoice = 'ask',
): Promise<SendOutcome> {
  const text = asText(composed);
  const sent = (extra: Partial<SentRecord>, message: string, address?: string): SendOutcome => ({
    ok: true,
    record: { destination, sentAt: new Date().toISOString(), text, ...extra },
    message,
    address,
    filedNew: extra.issue !== undefined && !addedToExisting,
  });
  let addedToExisting = false;
  // An untrusted folder's settings could point requests anywhere: nothing goes to a tracker or a web page from it.
  const blocked =
    destination === 'clipboard' || destination === 'file' || destination === 'email' ? undefined : trackerSendingBlockedReason(vscode.workspace.isTrusted);
  if (blocked) return { ok: false, message: blocked };
  try {
    switch (destination) {
      case 'github':
      case 'gitlab':
      case 'jira': {
        const issue = await fileToTracker(destination, composed, secrets, similar);
        if (!issue) return { ok: false, cancelled: true, message: vscode.l10n.t('Nothing was sent. Your request is still here.') };
        addedToExisting = issue.added;
        return sent(
          { issue: issue.ref },
          issue.added
            ? vscode.l10n.t(
                'Your request was added to "{0}" in {1}. You can follow it in the IT requests view.',
                issue.ref.title,
                destinationLabels()[destination],
              )
            : vscode.l10n.t(
                'Your request was filed in {0} as {1}. You can follow it in the IT requests view.',
                destinationLabels()[destination],
                issueName(issue.ref),
              ),
        );
      }
      case 'email': {
        const opened = await openEmail(composed);
        if (!opened)
          return { ok: false, message: vscode.l10n.t('Your email program did not open. Your request is still here: copy it to the clipboard instead.') };
        return sent(
          {},
          opened.shortened
            ? vscode.l10n.t(
                'Your email program opened with the start of the request. The full text is on your clipboard: paste it into the message, then send it.',
              )
            : vscode.l10n.t('Your email program opened with the request. Check it, then send it.'),
          opened.url,
        );
      }
      case 'new-issue-page': {
        const opened = await openNewIssuePage(composed, text);
        if (!opened)
          return { ok: false, message: vscode.l10n.t('The new-issue page did not open. Your request is still here: copy it to the clipboard instead.') };
        return sent(
          {},
          opened.shortened
            ? vscode.l10n.t(
                'A new-issue page opened in your browser. The request was too long for a link, so the full text is on your clipboard: paste it in, then press Submit.',
              )
            : vscode.l10n.t('A new-issue page opened in your browser with your request filled in. Check it, then press Submit.'),
          opened.url,
        );
      }
      case 'clipboard':
        await vscode.env.clipboard.writeText(text);
        return sent({}, vscode.l10n.t("Your request is on the clipboard. Paste it into an email, a chat or your IT team's tracker."));
      case 'file': {
        const file = await saveToFolder(composed);
        if (!file) return { ok: false, notSetUp: true, message: vscode.l10n.t('Choose the folder your team keeps IT requests in first.') };
        return sent({}, vscode.l10n.t('Your request was saved as {0}.', file.scheme === 'file' ? file.fsPath : file.toString()), file.toString());
      }
    }
  } catch (error) {
    return { ok: false, ...explain(error) };
  }
}

async function fileToTracker(
  tracker: TrackerKind,
  composed: ComposedItRequest,
  secrets: vscode.SecretStorage,
  similar: SimilarChoice,
): Promise<{ ref: TrackerIssueRef; added: boolean } | undefined> {
  const client = await trackerClient(tracker, secrets);
  const candidates = similar === 'file-new' ? [] : await client.findSimilar(composed.title);
  const target =
    typeof similar === 'object' ? candidates.find((issue) => issue.id === similar.addTo) : similar === 'ask' ? await askAboutSimilar(candidates) : 'new';
  if (target === undefined) return undefined;
  if (target !== 'new') {
    await client.addComment(target, `${composed.body}`);
    return { ref: target, added: true };
  }
  return { ref: await client.createIssue({ title: composed.title, body: composed.body, labels: composed.labels }), added: false };
}

/** Similar open issues first, so the user can add to one instead of filing the same thing twice. */
async function askAboutSimilar(candidates: readonly TrackerIssueRef[]): Promise<TrackerIssueRef | 'new' | undefined> {
  if (candidates.length === 0) return 'new';
  const fileNew = {
    label: `$(add) ${vscode.l10n.t('File it as a new request')}`,
    detail: vscode.l10n.t('None of these is what I am asking for.'),
    issue: 'new' as const,
  };
  const items = candidates.map((issue) => ({
    label: `$(comment) ${vscode.l10n.t('Add to {0}: {1}', issueName(issue), issue.title)}`,
    detail: issue.url,
    issue,
  }));
  const choice = await vscode.window.showQuickPick([fileNew, ...items], {
    title: vscode.l10n.t('IT already has open requests that look similar'),
    placeHolder: vscode.l10n.t('Add yours to one of them as a comment, or file a new one'),
    ignoreFocusOut: true,
  });
  return choice?.issue;
}

export function issueName(ref: TrackerIssueRef): string {
  return ref.tracker === 'jira' ? ref.id : `#${ref.id}`;
}

/** Plain words for what went wrong, and what to do; the draft stays as it is. */
export function explain(error: unknown): { message: string; notSetUp?: boolean } {
  if (error instanceof TrackerError) return { message: `${error.userMessage} ${requestKeptNote()}` };
  if (error instanceof NotSetUpError) return { message: error.message, notSetUp: true };
  const text = error instanceof Error ? error.message : String(error);
  if (/cancel/i.test(text)) return { message: vscode.l10n.t('Sign-in was cancelled, so nothing was sent. Your request is kept here.') };
  return { message: vscode.l10n.t('The request could not be sent ({0}). It is kept here; try again, or copy it to the clipboard.', text) };
}

/** The sentence that follows a tracker's refusal; a comment that failed leaves it out (it is not a request). */
export function requestKeptNote(): string {
  return vscode.l10n.t('Your request has not been sent and is kept here.');
}
