import * as vscode from 'vscode';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import { ruleById } from '../../core';
import { ProjectConfigs } from '../config/projectConfigs';
import { prompts } from '../userPrompts';

export const turnOffForEveryoneCommand = 'contentBridge.disableRuleInProject';

const formatting = { formattingOptions: { tabSize: 2, insertSpaces: true, eol: '\n' } };

/** The plain title of a check, for what people read (never its id). */
export function checkTitle(ruleId: string): string {
  return ruleById(ruleId)?.meta.title ?? ruleId;
}

/**
 * Turns a check off for everyone in the site's shared `.contentbridge.json`, after asking: one click must not change
 * what the whole team sees. The change is a WorkspaceEdit (VS Code's undo works on the file) and the notification
 * that follows offers Undo, which puts the file back exactly as it was.
 */
export async function turnOffForEveryone(documentUri: string, ruleId: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(documentUri));
  if (!folder || !ruleById(ruleId)) return false;
  const title = checkTitle(ruleId);
  const confirmed = await prompts().confirm(
    vscode.l10n.t('Turn off “{0}” for everyone working on this site?', title),
    vscode.l10n.t(
      'Nobody on your team will see this problem on any page any more, because the choice is saved in the site’s shared settings file (.contentbridge.json) and goes out with your changes. To hide it only where you are, turn it off for this line or this file instead.',
    ),
    vscode.l10n.t('Turn Off for Everyone'),
  );
  if (!confirmed) return false;

  const configUri = ProjectConfigs.fileOf(folder);
  const rewrite = await rewriteConfig(configUri, (text) => {
    if (hasMistake(text)) return mistake;
    const base = text === undefined || text.trim() === '' ? '{}\n' : text;
    return applyEdits(base, modify(base, ['rules', ruleId], 'off', formatting));
  });
  if (rewrite === mistake) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'The site’s settings file (.contentbridge.json) could not be changed because it has a mistake in it. Fix the problem shown in that file, then try again.',
      ),
    );
    return false;
  }
  if (!rewrite) return false;
  const { before, after: written } = rewrite;

  void prompts()
    .inform(vscode.l10n.t('“{0}” is now off for everyone working on this site.', title), vscode.l10n.t('Undo'), vscode.l10n.t('Show the Settings File'))
    .then(async (choice) => {
      if (choice === vscode.l10n.t('Undo')) await undoTurnOff(configUri, ruleId, before, written);
      else if (choice === vscode.l10n.t('Show the Settings File')) await vscode.window.showTextDocument(configUri);
    });
  return true;
}

/**
 * Puts the file back as it was (deleting it when the turn-off created it). If someone changed the file since, only
 * this check's entry goes back to what it was, so their other changes stay.
 */
async function undoTurnOff(configUri: vscode.Uri, ruleId: string, before: string | undefined, written: string | undefined): Promise<void> {
  const rewrite = await rewriteConfig(configUri, (now) => {
    if (now === written) return before;
    if (now === undefined) return now; // Someone removed the file: the check is on again already.
    if (hasMistake(now)) return mistake;
    const previousValue = before === undefined ? undefined : ruleEntry(before, ruleId);
    return applyEdits(now, modify(now, ['rules', ruleId], previousValue, formatting));
  });
  const done = rewrite !== undefined && rewrite !== mistake;
  void prompts().inform(
    done
      ? vscode.l10n.t('“{0}” is checked again for everyone working on this site.', checkTitle(ruleId))
      : vscode.l10n.t('The site’s settings file could not be put back. Open .contentbridge.json and remove the line for “{0}”.', checkTitle(ruleId)),
  );
}

function ruleEntry(text: string, ruleId: string): unknown {
  const rules = (parse(text, [], { allowTrailingComma: true }) as { rules?: Record<string, unknown> } | undefined)?.rules;
  return rules && typeof rules === 'object' ? rules[ruleId] : undefined;
}

const mistake = Symbol('the settings file has a mistake');

function hasMistake(text: string | undefined): boolean {
  if (text === undefined || text.trim() === '') return false;
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: true });
  return errors.length > 0;
}

/**
 * Reads the settings file, works out its next text and writes it. An open file's text here can be a step behind the
 * editor's for a moment after the file changed on disk (a pull, another tool; VS Code for the Web shows it most), and
 * VS Code then refuses an edit made against the older text: read it again and retry, rather than report a failure.
 * Undefined when it could not be written; `mistake` (nothing written) when `next` found the file unreadable.
 */
async function rewriteConfig(
  configUri: vscode.Uri,
  next: (current: string | undefined) => string | undefined | typeof mistake,
): Promise<{ before: string | undefined; after: string | undefined } | typeof mistake | undefined> {
  const attempts = 8;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    const { text: current, behindDisk } = await readIfExists(configUri);
    if (behindDisk && attempt < attempts - 1) continue;
    const after = next(current);
    if (after === mistake) return mistake;
    const result = await writeConfig(configUri, current, after);
    if (result === 'written') return { before: current, after };
    if (result === 'not saved') return undefined;
  }
  return undefined;
}

/**
 * Writes `next` over `current` (undefined: no file) as one edit VS Code can undo, then saves so the CLI in CI sees it.
 * 'stale' when VS Code refused the edit because the file's text had moved on meanwhile.
 */
async function writeConfig(configUri: vscode.Uri, current: string | undefined, next: string | undefined): Promise<'written' | 'stale' | 'not saved'> {
  if (next === current) return 'written';
  const edit = new vscode.WorkspaceEdit();
  if (next === undefined) {
    edit.deleteFile(configUri, { ignoreIfNotExists: true });
    return (await vscode.workspace.applyEdit(edit)) ? 'written' : 'stale';
  }
  if (current === undefined) {
    edit.createFile(configUri, { ignoreIfExists: true });
    edit.insert(configUri, new vscode.Position(0, 0), next);
  } else {
    const document = await vscode.workspace.openTextDocument(configUri);
    edit.replace(configUri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), next);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return 'stale';
  return (await saveSoon(await vscode.workspace.openTextDocument(configUri))) ? 'written' : 'not saved';
}

/** Saves the file, trying again shortly when VS Code reports a save as failed while the editor is still settling. */
async function saveSoon(document: vscode.TextDocument): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await document.save()) return true;
    if (!document.isDirty) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

/**
 * The file's text as VS Code has it (an open editor's unsaved text included), or undefined when there is no file.
 * `behindDisk` when an open file without unsaved changes still shows older text than the disk: an edit made now would
 * be saved over the newer file ("the content of the file is newer"), so it is better to wait for VS Code to reload it.
 */
async function readIfExists(uri: vscode.Uri): Promise<{ text: string | undefined; behindDisk: boolean }> {
  let onDisk: Uint8Array;
  try {
    onDisk = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { text: undefined, behindDisk: false };
  }
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  const behindDisk = open !== undefined && !open.isDirty && sameLines(open.getText()) !== sameLines(new TextDecoder().decode(onDisk));
  return { text: (await vscode.workspace.openTextDocument(uri)).getText(), behindDisk };
}

/** VS Code gives an open file one kind of line ending; compare texts regardless of it. */
function sameLines(text: string): string {
  return text.replaceAll('\r\n', '\n');
}
