import * as vscode from 'vscode';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import { escapeAnswer, ruleById, type TextRequest } from '../../core';
import { ProjectConfigs } from '../config/projectConfigs';

export const fixWithTextCommand = 'contentBridge.fixWithText';
export const disableInProjectCommand = 'contentBridge.disableRuleInProject';

/** What a code action passes to the ask-for-text command (plain data, so it survives the trip). */
export interface FixWithTextArguments {
  readonly uri: string;
  /** The document version the fix was computed for: offsets are only valid for that text. */
  readonly version: number;
  readonly title: string;
  readonly request: TextRequest;
}

export function registerFixCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(fixWithTextCommand, fixWithText),
    vscode.commands.registerCommand(disableInProjectCommand, disableInProject),
  );
}

/**
 * Asks for the words a fix needs (alt text, a title, link text), with the
 * rule's guidance and a live character count, then writes them in escaped.
 */
async function fixWithText(args: FixWithTextArguments): Promise<boolean> {
  const document = findDocument(args.uri);
  if (!document || document.version !== args.version) {
    void vscode.window.showWarningMessage('The page changed after this fix was offered. Open the light bulb again to get a fresh one.');
    return false;
  }
  const answer = await askForText(args.title, args.request);
  if (answer === undefined) return false;
  if (document.version !== args.version) {
    void vscode.window.showWarningMessage('The page changed while you were typing, so your text was not inserted. Here it is to paste: ' + answer);
    await vscode.env.clipboard.writeText(answer);
    return false;
  }
  const escaped = escapeAnswer(args.request.escape, answer);
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(args.request.start), document.positionAt(args.request.end));
  edit.replace(document.uri, range, args.request.before + escaped + args.request.after);
  return vscode.workspace.applyEdit(edit);
}

function askForText(title: string, request: TextRequest): Promise<string | undefined> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    input.title = title.replace(/…$/, '');
    input.placeholder = request.placeholder;
    input.value = request.initialValue ?? '';
    input.ignoreFocusOut = true;
    const describe = () => {
      const count = [...input.value.trim()].length;
      input.prompt = `${request.prompt} · ${count} character${count === 1 ? '' : 's'}${limits(request)}`;
      input.validationMessage = lengthAdvice(count, request);
    };
    describe();
    let accepted: string | undefined;
    input.onDidChangeValue(describe);
    input.onDidAccept(() => {
      if (input.value.trim() === '') {
        input.validationMessage = { message: 'Type the text first, or press Escape to cancel.', severity: vscode.InputBoxValidationSeverity.Error };
        return;
      }
      accepted = input.value.trim();
      input.hide();
    });
    input.onDidHide(() => {
      input.dispose();
      resolve(accepted);
    });
    input.show();
  });
}

function limits(request: TextRequest): string {
  const { min, max } = request.length ?? {};
  if (min !== undefined && max !== undefined) return ` (aim for ${min}–${max})`;
  if (max !== undefined) return ` (at most ${max})`;
  if (min !== undefined) return ` (at least ${min})`;
  return '';
}

/** A warning, not an error: the user may still choose a length outside the advice. */
function lengthAdvice(count: number, request: TextRequest): vscode.InputBoxValidationMessage | undefined {
  const { min, max } = request.length ?? {};
  if (count === 0) return undefined;
  if (max !== undefined && count > max) return { message: `${count - max} characters over the ${max} that fit.`, severity: vscode.InputBoxValidationSeverity.Warning };
  if (min !== undefined && count < min) return { message: `${min - count} more characters would help.`, severity: vscode.InputBoxValidationSeverity.Info };
  return undefined;
}

/**
 * Turns a rule off for everyone in `.contentbridge.json` (creating the file
 * when needed), keeping the file's comments and layout, and saves it so the
 * CLI in CI sees the same.
 */
async function disableInProject(documentUri: string, ruleId: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(documentUri));
  const rule = ruleById(ruleId);
  if (!folder || !rule) return false;
  const configUri = ProjectConfigs.fileOf(folder);
  let document: vscode.TextDocument | undefined;
  try {
    document = await vscode.workspace.openTextDocument(configUri);
  } catch {
    document = undefined;
  }
  const text = document?.getText() ?? '';
  const formatting = { tabSize: 2, insertSpaces: true, eol: '\n' };
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: true });
  if (text.trim() !== '' && errors.length > 0) {
    void vscode.window.showErrorMessage('.contentbridge.json could not be changed because it has a mistake in it. Fix the problem shown in that file, then try again.');
    return false;
  }
  const base = text.trim() === '' ? '{}\n' : text;
  const updated = applyEdits(base, modify(base, ['rules', ruleId], 'off', { formattingOptions: formatting }));
  const edit = new vscode.WorkspaceEdit();
  if (document) edit.replace(configUri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), updated);
  else {
    edit.createFile(configUri, { ignoreIfExists: true });
    edit.insert(configUri, new vscode.Position(0, 0), updated);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  await (await vscode.workspace.openTextDocument(configUri)).save();
  void vscode.window
    .showInformationMessage(`"${rule.meta.title}" is now off for everyone working on this site (in .contentbridge.json).`, 'Open .contentbridge.json')
    .then((choice) => (choice ? vscode.window.showTextDocument(configUri) : undefined));
  return true;
}

function findDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
}
