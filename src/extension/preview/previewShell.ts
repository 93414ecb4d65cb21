import * as vscode from 'vscode';
import { webviewL10nAttribute } from '../webviewL10n';
import { previewContentSecurityPolicy } from '../../core';
import type { PreviewView } from '../../shared/previewProtocol';

/** A fresh random nonce per webview load: only scripts carrying it may run. */
export function createNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
  return nonce;
}

/**
 * The document the preview starts from. Its Content-Security-Policy stays in force
 * for every page shown in it: only our nonce'd script runs, never the page's own.
 * Images, fonts and styles from the web load only from the sites the user allowed for the folder, and in a
 * folder VS Code does not trust (`trusted` false), from none.
 */
export function previewShellHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  trusted: boolean,
  allowedSites: readonly string[] = [],
  builtPagesPort?: number,
  /** A panel brought back after a reload: the toolbar's choices it had (the webview validates them). */
  restoredView?: PreviewView,
  /** The user allowed the shown page's scripts: the nonce the preview gives them, added to the policy. */
  pageScriptNonce?: string,
): string {
  const nonce = createNonce();
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
  const csp = previewContentSecurityPolicy({
    cspSource: webview.cspSource,
    nonce,
    trusted,
    allowedSites,
    ...(builtPagesPort !== undefined ? { builtPagesPort } : {}),
    ...(trusted && pageScriptNonce ? { pageScriptNonce } : {}),
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>${attributeText(vscode.l10n.t('Page preview'))}</title>
</head>
<body data-restricted="${!trusted}"${webviewL10nAttribute()}${restoredView ? ` data-view="${attributeText(JSON.stringify(restoredView))}"` : ''}${
    trusted && pageScriptNonce ? ` data-page-scripts="${pageScriptNonce}"` : ''
  }>
  <p>${attributeText(vscode.l10n.t('Loading the preview…'))}</p>
  <script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}

function attributeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
