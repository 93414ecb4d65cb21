import * as vscode from 'vscode';
import { insertCommandId } from './insertCommand';
import { headSnippets, isInHead } from '../../core/snippets/headSnippets';

/**
 * Completions that know where the cursor is: "cb-insert" (which opens Insert…) everywhere, and the snippets that
 * belong in <head> only inside <head> (VS Code's snippet files cannot be limited to a place in the page).
 */
class PlacedCompletions implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const range = document.getWordRangeAtPosition(position, /[\w-]+/);
    const insert = new vscode.CompletionItem('cb-insert', vscode.CompletionItemKind.Snippet);
    insert.detail = vscode.l10n.t('Insert… a block with guidance (image, link, table, event…)');
    insert.documentation = new vscode.MarkdownString(
      vscode.l10n.t('Opens **Insert…**: choose a block, answer a few questions, and it is written for you, escaped and checked.'),
    );
    insert.insertText = '';
    insert.range = range;
    insert.command = { command: insertCommandId, title: vscode.l10n.t('Insert…') };
    const items = [insert];
    if (document.languageId !== 'markdown' && isInHead(document.getText(), document.offsetAt(position))) {
      for (const snippet of headSnippets) {
        const item = new vscode.CompletionItem(snippet.prefix, vscode.CompletionItemKind.Snippet);
        item.detail = snippet.name;
        item.documentation = new vscode.MarkdownString(snippet.description);
        item.filterText = `${snippet.prefix} ${snippet.name}`;
        item.insertText = new vscode.SnippetString(snippet.body);
        item.range = range;
        items.push(item);
      }
    }
    return items;
  }
}

export function registerPlacedCompletions(): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider([{ language: 'html' }, { language: 'markdown' }], new PlacedCompletions());
}
