import * as vscode from 'vscode';
import { redactSecrets } from '../../core';
import { DraftStore, type StoredRequest } from './draftStore';
import { gatherEditorContext } from './gatherContext';
import { listDestinations, preferredDestination } from './destinations';
import { formShellHtml } from './formShell';
import { RequestForm, formViewType, titleOf } from './requestForm';
import { RequestItem, RequestsView } from './requestsView';
import { resultsComment, resultsQuestions, type ResultsReport } from './reportResults';
import { explain, requestKeptNote } from './sendRequest';
import { setUpTracker, setUpTrackerCommand, type SetUpTrackerArgs } from './trackerSetup';
import { trackerClient, useGitHubSignIn, type GitHubSignIn } from './trackerAccess';

export const requestItHelpCommand = 'contentBridge.requestItHelp';

/** Answers that would otherwise be asked for; lets keybindings, tasks and tests skip the prompts. */
export interface RequestItHelpArgs {
  /** Start a new request even when unsent drafts exist. */
  readonly newRequest?: boolean;
  /** Open this draft or sent request. */
  readonly draftId?: string;
  readonly title?: string;
}

export interface CommentArgs {
  readonly text?: string;
}

export interface ReportArgs {
  readonly answers?: ResultsReport;
}

/** What the extension offers its own integration tests about IT requests. */
export interface ItRequestApi {
  readonly store: DraftStore;
  readonly view: RequestsView;
  /** The open form, if any. */
  form(): RequestForm | undefined;
  /** Tests only: replaces VS Code's GitHub sign-in, whose consent dialog the workbench under test refuses. */
  useGitHubSignIn(signIn: GitHubSignIn | undefined): void;
}

/** The IT request form, the "IT requests" view, and their commands. */
export function registerItRequests(context: vscode.ExtensionContext): { disposable: vscode.Disposable; api: ItRequestApi } {
  const store = new DraftStore(context.workspaceState);
  const { secrets } = context;
  const view = new RequestsView(store, secrets);
  const extensionVersion = String(context.extension.packageJSON.version ?? '');
  const webviewRoot = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
  let form: RequestForm | undefined;

  const adopt = (panel: vscode.WebviewPanel, draftId: string): RequestForm => {
    panel.webview.options = { enableScripts: true, localResourceRoots: [webviewRoot] };
    const created = new RequestForm(panel, draftId, store, secrets);
    created.onDidClose(() => {
      if (form === created) form = undefined;
    });
    panel.webview.html = formShellHtml(panel.webview, context.extensionUri);
    form = created;
    return created;
  };

  const showForm = async (request: StoredRequest): Promise<RequestForm> => {
    if (form) {
      await form.showDraft(request.id);
      form.panel.reveal(vscode.ViewColumn.Beside);
      return form;
    }
    const panel = vscode.window.createWebviewPanel(formViewType, titleOf(request), vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [webviewRoot],
    });
    return adopt(panel, request.id);
  };

  const requestItHelp = async (args: RequestItHelpArgs = {}): Promise<{ draftId: string } | undefined> => {
    if (args.draftId) {
      const existing = store.get(args.draftId);
      if (!existing) return undefined;
      await showForm(existing);
      return { draftId: existing.id };
    }
    const drafts = store.drafts();
    if (drafts.length > 0 && !args.newRequest) {
      const pick = await vscode.window.showQuickPick(
        [
          { label: `$(add) ${vscode.l10n.t('Start a new request')}`, request: undefined },
          ...drafts.map((draft) => ({
            label: `$(edit) ${draft.title.trim() || vscode.l10n.t('Untitled request')}`,
            description: vscode.l10n.t('Draft, not sent'),
            request: draft,
          })),
        ],
        { title: vscode.l10n.t('Request IT help'), placeHolder: vscode.l10n.t('Carry on with a draft, or start a new request') },
      );
      if (!pick) return undefined;
      if (pick.request) {
        await showForm(pick.request);
        return { draftId: pick.request.id };
      }
    }
    const editorContext = await gatherEditorContext(vscode.window.activeTextEditor, extensionVersion);
    const destination = preferredDestination(await listDestinations(secrets));
    const draft = store.create(editorContext, destination, args.title ?? '');
    await store.save(draft);
    await showForm(draft);
    return { draftId: draft.id };
  };

  const markRepliesSeen = (id: string) => store.update(id, (current) => (current.tracked ? { ...current, seenReplies: current.tracked.replyCount } : current));

  const itemRequest = (item: RequestItem | undefined) => (item ? store.get(item.request.id) : undefined);

  const openRequest = async (item?: RequestItem) => {
    const request = itemRequest(item);
    if (!request) return;
    await markRepliesSeen(request.id);
    await showForm(request);
  };

  const openInTracker = async (item?: RequestItem) => {
    const request = itemRequest(item);
    const issue = request?.sent?.issue;
    if (!request || !issue) return;
    await markRepliesSeen(request.id);
    await vscode.env.openExternal(vscode.Uri.parse(issue.url, true));
  };

  const postComment = async (request: StoredRequest, body: string): Promise<boolean> => {
    const issue = request.sent?.issue;
    if (!issue) return false;
    try {
      // Comments are cleaned like requests: a key or password pasted into one never reaches the tracker.
      await (await trackerClient(issue.tracker, secrets)).addComment(issue, withSecretsHidden(body));
      return true;
    } catch (error) {
      // The words are not lost: they go to the clipboard, so they can be pasted once the tracker answers.
      await vscode.env.clipboard.writeText(body);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('{0} Your comment was not posted; it is on your clipboard.', explain(error).message.replace(requestKeptNote(), '').trim()),
      );
      return false;
    }
  };

  const addComment = async (item?: RequestItem, args: CommentArgs = {}): Promise<boolean> => {
    const request = itemRequest(item);
    if (!request?.sent?.issue) return false;
    const text =
      args.text ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Add a comment to "{0}"', request.title),
        prompt: vscode.l10n.t('It is posted to the issue, where IT sees it.'),
        ignoreFocusOut: true,
      }));
    if (!text?.trim()) return false;
    const posted = await postComment(request, text.trim());
    if (posted) void vscode.window.showInformationMessage(vscode.l10n.t('Your comment was posted.'));
    return posted;
  };

  const reportResults = async (item?: RequestItem, args: ReportArgs = {}): Promise<string | undefined> => {
    const request = itemRequest(item);
    if (!request?.sent?.issue) return undefined;
    let answers = args.answers;
    if (!answers) {
      const collected: Partial<Record<keyof ResultsReport, string>> = {};
      const questions = resultsQuestions();
      for (const [index, question] of questions.entries()) {
        const answer = await vscode.window.showInputBox({
          title: vscode.l10n.t('Report results ({0} of {1}): {2}', index + 1, questions.length, question.title),
          prompt: vscode.l10n.t('{0} Leave empty to skip.', question.prompt),
          placeHolder: question.placeHolder,
          ignoreFocusOut: true,
        });
        if (answer === undefined) return undefined;
        collected[question.key] = answer;
      }
      answers = collected as ResultsReport;
      const preview = withSecretsHidden(resultsComment(answers));
      const post = vscode.l10n.t('Post');
      const confirm = await vscode.window.showInformationMessage(vscode.l10n.t('Post this to the issue?'), { modal: true, detail: preview }, post);
      if (confirm !== post) return undefined;
    }
    const comment = resultsComment(answers);
    if (!(await postComment(request, comment))) return undefined;
    await store.update(request.id, (current) => ({ ...current, reportedAt: new Date().toISOString() }));
    void vscode.window.showInformationMessage(vscode.l10n.t('Thank you: your results were posted. IT sees what their work changed.'));
    return comment;
  };

  const discardDraft = async (item?: RequestItem) => {
    const request = itemRequest(item);
    if (!request || request.sent) return;
    const discard = vscode.l10n.t('Discard');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Discard the draft "{0}"?', request.title.trim() || vscode.l10n.t('Untitled request')),
      { modal: true, detail: vscode.l10n.t('Its text cannot be brought back.') },
      discard,
    );
    if (choice === discard) await store.remove(request.id);
  };

  const disposable = vscode.Disposable.from(
    store,
    view,
    vscode.commands.registerCommand(requestItHelpCommand, requestItHelp),
    vscode.commands.registerCommand(setUpTrackerCommand, (args?: SetUpTrackerArgs) => setUpTracker(secrets, args)),
    vscode.commands.registerCommand('contentBridge.refreshItRequests', () => view.refresh()),
    vscode.commands.registerCommand('contentBridge.openItRequest', openRequest),
    vscode.commands.registerCommand('contentBridge.openItRequestInTracker', openInTracker),
    vscode.commands.registerCommand('contentBridge.commentOnItRequest', addComment),
    vscode.commands.registerCommand('contentBridge.reportItResults', reportResults),
    vscode.commands.registerCommand('contentBridge.discardItRequestDraft', discardDraft),
    vscode.window.registerWebviewPanelSerializer(formViewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const id = (state as { draftId?: unknown } | undefined)?.draftId;
        const request = typeof id === 'string' ? store.get(id) : undefined;
        if (!request) return panel.dispose();
        if (form) form.panel.dispose();
        adopt(panel, request.id);
      },
    }),
    { dispose: () => form?.panel.dispose() },
  );
  return { disposable, api: { store, view, form: () => form, useGitHubSignIn } };
}

/** The text with passwords, tokens and keys replaced by `[hidden: …]`, and a line saying so when any were. */
function withSecretsHidden(text: string): string {
  const { text: safe, hidden } = redactSecrets(text);
  if (hidden.length === 0) return safe;
  const note =
    hidden.length === 1
      ? vscode.l10n.t('One secret was hidden by Content Bridge before posting.')
      : vscode.l10n.t('{0} secrets were hidden by Content Bridge before posting.', hidden.length);
  return `${safe}\n\n_${note}_`;
}
