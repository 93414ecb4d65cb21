import * as vscode from 'vscode';
import { webviewL10nAttribute } from '../webviewL10n';
import { createNonce } from '../preview/previewShell';
import { toolkitWebviewPolicy } from '../toolkitWebviewPolicy';

/**
 * The site report's page. Its Content-Security-Policy allows only our nonce'd script, our own stylesheet and
 * nonce'd style elements (the toolkit's :focus-visible probe); the chart is inline SVG markup, which needs neither.
 */
export function siteReportShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = createNonce();
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name));
  const csp = toolkitWebviewPolicy(webview.cspSource, nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta property="csp-nonce" content="${nonce}">
  <link rel="stylesheet" href="${asset('siteReport.css')}">
  <title>${escapeHtml(vscode.l10n.t('Site report'))}</title>
</head>
<body${webviewL10nAttribute()}>
<header>
  <h1>${escapeHtml(vscode.l10n.t('Site report'))}</h1>
  <p id="summary" role="status">${escapeHtml(vscode.l10n.t('Checking the whole site…'))}</p>
  <p id="scoreNote" class="hint"></p>
  <div class="actions">
    <vscode-button id="recheck" appearance="secondary">${escapeHtml(vscode.l10n.t('Check again'))}</vscode-button>
    <vscode-button id="copyMarkdown">${escapeHtml(vscode.l10n.t('Copy as Markdown'))}</vscode-button>
    <vscode-button id="saveMarkdown" appearance="secondary">${escapeHtml(vscode.l10n.t('Save as Markdown…'))}</vscode-button>
    <vscode-button id="saveHtml" appearance="secondary">${escapeHtml(vscode.l10n.t('Save as HTML…'))}</vscode-button>
  </div>
  <p id="status" role="alert" hidden></p>
</header>
<main>
  <section aria-labelledby="filtersHeading" class="filters">
    <h2 id="filtersHeading" class="visually-hidden">${escapeHtml(vscode.l10n.t('Filters'))}</h2>
    <vscode-text-field id="filterText" placeholder="${escapeHtml(vscode.l10n.t("Part of a page's name"))}">${escapeHtml(vscode.l10n.t('Pages named'))}</vscode-text-field>
    <div>
      <span class="label" id="severityLabel">${escapeHtml(vscode.l10n.t('Show'))}</span>
      <vscode-dropdown id="filterSeverity" aria-labelledby="severityLabel">
        <vscode-option value="all">${escapeHtml(vscode.l10n.t('All problems'))}</vscode-option>
        <vscode-option value="error">${escapeHtml(vscode.l10n.t('Errors only'))}</vscode-option>
        <vscode-option value="warning">${escapeHtml(vscode.l10n.t('Warnings only'))}</vscode-option>
        <vscode-option value="info">${escapeHtml(vscode.l10n.t('Notes only'))}</vscode-option>
      </vscode-dropdown>
    </div>
    <div>
      <span class="label" id="checkLabel">${escapeHtml(vscode.l10n.t('Check'))}</span>
      <vscode-dropdown id="filterCheck" aria-labelledby="checkLabel"><vscode-option value="">${escapeHtml(vscode.l10n.t('All checks'))}</vscode-option></vscode-dropdown>
    </div>
  </section>
  <section aria-labelledby="pagesHeading">
    <h2 id="pagesHeading">${escapeHtml(vscode.l10n.t('Pages, worst first'))}</h2>
    <table id="pages">
      <thead><tr><th scope="col">${escapeHtml(vscode.l10n.t('Page'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Score'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Errors'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Warnings'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Notes'))}</th></tr></thead>
      <tbody></tbody>
    </table>
    <p id="noPages" hidden>${escapeHtml(vscode.l10n.t('No pages match.'))}</p>
  </section>
  <section aria-labelledby="problemsHeading">
    <h2 id="problemsHeading">${escapeHtml(vscode.l10n.t('Problems on the page'))}</h2>
    <p id="problemsHint" class="hint">${escapeHtml(vscode.l10n.t('Choose a page to see its problems. Choose a problem to open the page there.'))}</p>
    <ul id="problems"></ul>
  </section>
  <section aria-labelledby="checksHeading">
    <h2 id="checksHeading">${escapeHtml(vscode.l10n.t('Problems by check'))}</h2>
    <table id="checks">
      <thead><tr><th scope="col">${escapeHtml(vscode.l10n.t('Check'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Problems'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Pages'))}</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <section aria-labelledby="trendHeading">
    <h2 id="trendHeading">${escapeHtml(vscode.l10n.t('Problems over the last checks'))}</h2>
    <div id="chart"></div>
  </section>
</main>
<script nonce="${nonce}" src="${asset('siteReport.js')}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
