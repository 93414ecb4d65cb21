import * as vscode from 'vscode';
import type { ExtensionToFormMessage, FormFields } from '../../src/shared/itRequestProtocol';
import type { RequestForm } from '../../src/extension/itRequest/requestForm';
import type { ItRequestApi } from '../../src/extension/itRequest/itRequestCommands';
import { activateExtension, screenshot, waitFor } from './helpers';
import * as assert from './assert';

/** Helpers shared by the IT request suites: they drive the form through the same typed messages its webview sends. */

export async function itRequestApi(): Promise<ItRequestApi> {
  return (await activateExtension()).itRequest;
}

export const defaultFields: FormFields = {
  kind: 'content',
  title: '',
  need: '',
  tried: '',
  neededBy: '',
  include: { fileAndSelection: true, problems: true, git: true, linkToLines: true, environment: true },
  templateName: '',
  destination: 'clipboard',
};

/** Starts a new request from the active editor and waits until its webview has loaded it. */
export async function openNewForm(api: ItRequestApi): Promise<RequestForm> {
  const started = await vscode.commands.executeCommand<{ draftId: string }>('contentBridge.requestItHelp', { newRequest: true });
  assert.ok(started, 'a new request was started');
  const form = api.form();
  assert.ok(form, 'the form is open');
  assert.equal(form.id, started.draftId);
  await waitForPosted(form, (message) => message.type === 'load' && message.draftId === started.draftId);
  return form;
}

/** Types into the form (as the webview reports typing) and waits for the preview that answers it. */
export async function fillIn(form: RequestForm, fields: Partial<FormFields>): Promise<Extract<ExtensionToFormMessage, { type: 'preview' }>> {
  const before = form.posted.length;
  const current = form.request!;
  await form.receive({
    type: 'edit',
    draftId: form.id,
    fields: {
      ...defaultFields,
      kind: current.kind,
      title: current.title,
      need: current.need,
      tried: current.tried,
      neededBy: current.neededBy ?? '',
      include: current.include,
      destination: current.destination,
      ...fields,
    },
  });
  const preview = form.posted
    .slice(before)
    .reverse()
    .find((message) => message.type === 'preview');
  assert.ok(preview && preview.type === 'preview', 'the form shows a preview of the text');
  // Show the saved fields in the webview too, as after a reload, so screenshots show what was typed.
  await form.showDraft(form.id);
  return preview;
}

export function lastPosted<T extends ExtensionToFormMessage['type']>(form: RequestForm, type: T): Extract<ExtensionToFormMessage, { type: T }> | undefined {
  return [...form.posted].reverse().find((message) => message.type === type) as Extract<ExtensionToFormMessage, { type: T }> | undefined;
}

/** Resolves once the form has posted a message `matches` accepts (the webview's "ready" arrives asynchronously). */
export function waitForPosted(form: RequestForm, matches: (message: ExtensionToFormMessage) => boolean, timeoutMs = 25_000): Promise<ExtensionToFormMessage> {
  const find = () => form.posted.find(matches);
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      const found = find();
      if (found) return resolve(found);
      if (Date.now() > deadline) return reject(new Error(`Timed out waiting for the form; posted: ${form.posted.map((m) => m.type).join(', ')}`));
      setTimeout(poll, 50);
    };
    poll();
  });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('contentBridge.requestsToIT').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export { waitFor };

/** Photographs the form with its editor group maximized, so the form and the text beside it both show. */
export async function photographMaximized(name: string): Promise<void> {
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await screenshot(name);
  await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
}
