import * as vscode from 'vscode';

/** A fresh random nonce per webview load: only scripts carrying it may run. */
export function createNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
  return nonce;
}

/**
 * The preview's fixed frame: a header and two page frames it swaps between
 * so updates do not flash. The Content-Security-Policy lets only our own
 * script run; the page frames are sandboxed without scripts as well.
 */
export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = createNonce();
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
  const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'webview', 'preview', 'preview.css'));
  const source = webview.cspSource;
  const csp = [
    "default-src 'none'",
    `img-src ${source} https: data: blob:`,
    `media-src ${source} https: data: blob:`,
    `font-src ${source} https: data:`,
    // Pages bring their own <style> blocks and style="" attributes; styles cannot run code.
    `style-src ${source} https: 'unsafe-inline'`,
    `script-src 'nonce-${nonce}'`,
    `frame-src ${source}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${styleUri}">
  <title>Page preview</title>
</head>
<body>
  <header class="cb-bar" role="banner">
    <span class="cb-label" id="cb-label">Loading preview…</span>
    <span class="cb-note" title="The page's own scripts do not run in the preview, so nothing on it can act on your computer.">Scripts are off in the preview</span>
  </header>
  <main class="cb-stage">
    <iframe class="cb-page" id="cb-page-a" sandbox="allow-same-origin" title="Page preview"></iframe>
    <iframe class="cb-page" id="cb-page-b" sandbox="allow-same-origin" title="Page preview" hidden></iframe>
  </main>
  <script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
