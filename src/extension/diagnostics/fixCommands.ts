import * as vscode from 'vscode';
import { escapeAnswer, type TextRequest } from '../../core';
import { turnOffForEveryone, turnOffForEveryoneCommand } from './turnOffForEveryone';

export const fixWithTextCommand = 'contentBridge.fixWithText';

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
    vscode.commands.registerCommand(turnOffForEveryoneCommand, turnOffForEveryone),
  );
}

/**
 * Asks for the words a fix needs (alt text, a title, link text), with the
 * rule's guidance and a live character count, then writes them in escaped.
 */
async function fixWithText(args: FixWithTextArguments): Promise<boolean> {
  const document = findDocument(args.uri);
  if (!document || document.version !== args.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The page changed after this fix was offered. Open the light bulb again to get a fresh one.'));
    return false;
  }
  const answer = await askForText(args.title, args.request);
  if (answer === undefined) return false;
  if (document.version !== args.version) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The page changed while you were typing, so your text was not inserted. Here it is to paste: {0}', answer),
    );
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
      const counted = count === 1 ? vscode.l10n.t('1 character') : vscode.l10n.t('{0} characters', count);
      input.prompt = `${request.prompt} · ${counted}${limits(request)}`;
      input.validationMessage = lengthAdvice(count, request);
    };
    describe();
    let accepted: string | undefined;
    input.onDidChangeValue(describe);
    input.onDidAccept(() => {
      if (input.value.trim() === '') {
        input.validationMessage = {
          message: vscode.l10n.t('Type the text first, or press Escape to cancel.'),
          severity: vscode.InputBoxValidationSeverity.Error,
        };
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
  if (min !== undefined && max !== undefined) return ' ' + vscode.l10n.t('(aim for {0}–{1})', min, max);
  if (max !== undefined) return ' ' + vscode.l10n.t('(at most {0})', max);
  if (min !== undefined) return ' ' + vscode.l10n.t('(at least {0})', min);
  return '';
}

/** A warning, not an error: the user may still choose a length outside the advice. */
function lengthAdvice(count: number, request: TextRequest): vscode.InputBoxValidationMessage | undefined {
  const { min, max } = request.length ?? {};
  if (count === 0) return undefined;
  if (max !== undefined && count > max)
    return { message: vscode.l10n.t('{0} characters over the {1} that fit.', count - max, max), severity: vscode.InputBoxValidationSeverity.Warning };
  if (min !== undefined && count < min)
    return { message: vscode.l10n.t('{0} more characters would help.', min - count), severity: vscode.InputBoxValidationSeverity.Info };
  return undefined;
}

function findDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
}
