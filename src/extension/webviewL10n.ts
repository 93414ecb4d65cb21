import * as vscode from 'vscode';

/**
 * The `data-l10n` attribute that hands VS Code's texts for the user's display language to a webview page
 * (webview/shared/l10n.ts reads it); nothing for English, where the page's own texts are the English ones.
 */
export function webviewL10nAttribute(): string {
  const bundle = vscode.l10n.bundle;
  if (!bundle) return '';
  const json = JSON.stringify(bundle).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return ` data-l10n="${json}"`;
}
