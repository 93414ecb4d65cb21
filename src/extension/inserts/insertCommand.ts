import * as vscode from 'vscode';
import { insertBlockById, insertBlocks, questionsToAsk, type InsertBlock, type InsertFormat } from '../../core/inserts';
import { askChoice, askPick, askText } from './prompts';
import { pickFile } from './pickFile';

export const insertCommandId = 'contentBridge.insert';

/**
 * "Insert…": choose a block, answer its questions, and the block is written at the cursor (replacing a
 * selection), in Markdown or HTML to suit the page. Escape at any question inserts nothing.
 * Returns true when something was inserted.
 */
export async function runInsert(blockId?: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the page you want to add to first, then choose Insert again.'));
    return false;
  }
  const format: InsertFormat = editor.document.languageId === 'markdown' ? 'markdown' : 'html';
  const block = (blockId && insertBlockById(blockId)) || (await chooseBlock());
  if (!block) return false;
  const answers = await askQuestions(block, editor.document.uri);
  if (!answers) return false;
  const text = block.build(answers, { format });
  if (block.id === 'page-head' && format === 'markdown') return insertPageSettings(editor, text);
  // The editor may have changed while the questions were open: write into the one the writer started from.
  return editor.edit((builder) => builder.replace(editor.selection, text));
}

function chooseBlock(): Promise<InsertBlock | undefined> {
  const items = insertBlocks.map((block) => ({ label: block.label, detail: block.detail, value: block }));
  return askPick(items, vscode.l10n.t('What would you like to insert? Type to search.'), { title: vscode.l10n.t('Insert'), step: 1, totalSteps: 1 });
}

/** Asks each question in turn (some only after certain answers); undefined when cancelled. */
async function askQuestions(block: InsertBlock, page: vscode.Uri): Promise<Record<string, string> | undefined> {
  const answers: Record<string, string> = {};
  for (let index = 0; ; index++) {
    const questions = questionsToAsk(block, answers);
    const question = questions[index];
    if (!question) return answers;
    const step = { title: vscode.l10n.t('Insert: {0}', block.label), step: index + 1, totalSteps: questions.length };
    if (question.kind === 'text') {
      const value = await askText(question, answers, step);
      if (value === undefined) return undefined;
      answers[question.key] = value;
    } else if (question.kind === 'choice') {
      const value = await askChoice(question, step);
      if (value === undefined) return undefined;
      answers[question.key] = value;
    } else {
      const file = await pickFile(question, page, step);
      if (!file) return undefined;
      answers[question.key] = file.path;
      if (file.size) {
        answers[`${question.key}Width`] = String(file.size.width);
        answers[`${question.key}Height`] = String(file.size.height);
      }
    }
  }
}

/** Markdown's page head is its page settings, at the very top: added there, and only when the page has none. */
async function insertPageSettings(editor: vscode.TextEditor, text: string): Promise<boolean> {
  if (/^(?:\uFEFF)?(?:---|\+\+\+)\r?\n/.test(editor.document.getText(new vscode.Range(0, 0, 1, 0)))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This page already has page settings at the top. Add or change the title and description there.'));
    return false;
  }
  return editor.edit((builder) => builder.insert(new vscode.Position(0, 0), `${text}\n\n`));
}

export function registerInsertCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(insertCommandId, (blockId?: unknown) => runInsert(typeof blockId === 'string' ? blockId : undefined));
}
