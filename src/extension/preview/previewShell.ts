import * as vscode from 'vscode';

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
 */
export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = createNonce();
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
  const source = webview.cspSource;
  const csp = [
    "default-src 'none'",
    `img-src ${source} https: data: blob:`,
    `media-src ${source} https: data: blob:`,
    `font-src ${source} https: data:`,
    // Pages bring their own <style> blocks and style="" attributes; styles cannot run code.
    `style-src ${source} https: 'unsafe-inline'`,
    `script-src 'nonce-${nonce}'`,
    // The page's own <base> was replaced with one pointing at its folder; its forms go nowhere.
    `base-uri ${source}`,
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Page preview</title>
</head>
<body>
  <p>Loading the preview…</p>
  <script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
