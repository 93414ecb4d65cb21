import * as vscode from 'vscode';
import { hoverAt } from '../../core/hovers';
import { ruleById } from '../../core';
import { showRuleDocCommand, type RuleDocs } from '../ruleDocs';

/** Plain-language hovers on HTML elements and attributes, in HTML pages and in the HTML inside Markdown. */
class PlainHovers implements vscode.HoverProvider {
  constructor(private readonly ruleDocs: RuleDocs) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // A very large page is not scanned on every pointer move.
    if (document.getText().length > 2_000_000) return undefined;
    const found = hoverAt(document.getText(), document.offsetAt(position));
    if (!found) return undefined;
    const markdown = new vscode.MarkdownString(undefined, true);
    if (found.subject) markdown.appendMarkdown(`**\`${found.subject}\`**: `);
    markdown.appendMarkdown(found.text);
    const rule = found.check ? ruleById(found.check) : undefined;
    if (rule && this.ruleDocs.uriFor(rule.meta.id)) {
      markdown.isTrusted = { enabledCommands: [showRuleDocCommand] };
      const argument = encodeURIComponent(JSON.stringify([rule.meta.id]));
      markdown.appendMarkdown(`\n\n${vscode.l10n.t('More: {0}', `[${rule.meta.title}](command:${showRuleDocCommand}?${argument})`)}`);
    }
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
  }
}

export function registerHovers(ruleDocs: RuleDocs): vscode.Disposable {
  return vscode.languages.registerHoverProvider([{ language: 'html' }, { language: 'markdown' }], new PlainHovers(ruleDocs));
}
