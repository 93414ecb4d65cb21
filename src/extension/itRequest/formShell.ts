import * as vscode from 'vscode';
import { webviewL10nAttribute } from '../webviewL10n';
import { supportKindLabels, supportKinds } from '../../core/itRequest/model';
import { createNonce } from '../preview/previewShell';
import { toolkitWebviewPolicy } from '../toolkitWebviewPolicy';

/**
 * The IT request form's page. Its Content-Security-Policy allows only our nonce'd script, our own stylesheet and
 * nonce'd style elements (the toolkit styles its elements through constructed style sheets, which need no inline styles).
 */
export function formShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = createNonce();
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name));
  const csp = toolkitWebviewPolicy(webview.cspSource, nonce);
  const kinds = supportKinds.map((kind) => `<vscode-option value="${kind}">${supportKindLabels[kind]}</vscode-option>`).join('');
  const contextChoice = (key: string, label: string) => `<vscode-checkbox id="include-${key}" data-field>${label}</vscode-checkbox>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta property="csp-nonce" content="${nonce}">
  <link rel="stylesheet" href="${asset('itRequest.css')}">
  <title>${escapeHtml(vscode.l10n.t('Ask IT for help'))}</title>
</head>
<body${webviewL10nAttribute()}>
<main>
  <section aria-labelledby="formHeading">
    <h1 id="formHeading">${escapeHtml(vscode.l10n.t('Ask IT for help'))}</h1>
    <p class="intro">${escapeHtml(vscode.l10n.t('Tell IT what you need and by when. Your answers are saved as you type.'))}</p>
    <p id="sentNote" class="note" role="status" hidden></p>
    <form id="form" novalidate>
      <div>
        <span class="label" id="kindLabel">${escapeHtml(vscode.l10n.t('What kind of help do you need?'))}</span>
        <vscode-dropdown id="kind" aria-labelledby="kindLabel" data-field>${kinds}</vscode-dropdown>
      </div>
      <vscode-text-field id="title" data-field placeholder="${escapeHtml(vscode.l10n.t("For example: The events page shows last year's dates"))}">${escapeHtml(vscode.l10n.t('Title'))}</vscode-text-field>
      <vscode-text-area id="need" data-field rows="5" resize="vertical" placeholder="${escapeHtml(vscode.l10n.t('What should IT do? What should the page look like or do afterwards?'))}">${escapeHtml(vscode.l10n.t('What is needed'))}</vscode-text-area>
      <vscode-text-area id="tried" data-field rows="3" resize="vertical" placeholder="${escapeHtml(vscode.l10n.t('For example: I cleared my browser cache and checked on my phone'))}">${escapeHtml(vscode.l10n.t('What you have tried'))}</vscode-text-area>
      <div>
        <label for="neededBy">${escapeHtml(vscode.l10n.t('Needed by'))}</label>
        <div class="actions">
          <input type="date" id="neededBy" data-field>
          <vscode-checkbox id="noDeadline" data-field>${escapeHtml(vscode.l10n.t('No deadline'))}</vscode-checkbox>
        </div>
        <p id="deadlineNote" class="note hint" role="status" hidden></p>
      </div>
      <fieldset>
        <legend>${escapeHtml(vscode.l10n.t('Include for IT'))}</legend>
        ${contextChoice('fileAndSelection', escapeHtml(vscode.l10n.t('The file and the selected text')))}
        ${contextChoice('problems', escapeHtml(vscode.l10n.t('Problems Content Bridge found')))}
        ${contextChoice('git', escapeHtml(vscode.l10n.t('Branch and changes (git)')))}
        ${contextChoice('linkToLines', escapeHtml(vscode.l10n.t('A link to the lines')))}
        ${contextChoice('environment', escapeHtml(vscode.l10n.t('Editor and computer versions')))}
      </fieldset>
      <div id="templateRow" hidden>
        <span class="label" id="templateLabel">${escapeHtml(vscode.l10n.t("IT's request template"))}</span>
        <vscode-dropdown id="templateName" aria-labelledby="templateLabel" data-field></vscode-dropdown>
      </div>
      <div>
        <span class="label" id="destinationLabel">${escapeHtml(vscode.l10n.t('Send it to'))}</span>
        <vscode-dropdown id="destination" aria-labelledby="destinationLabel" aria-describedby="destinationDetail" data-field></vscode-dropdown>
        <p id="destinationDetail"></p>
        <vscode-button id="setUp" appearance="secondary" hidden>${escapeHtml(vscode.l10n.t('Set this up…'))}</vscode-button>
      </div>
    </form>
  </section>
  <section class="preview" aria-labelledby="previewHeading">
    <h2 id="previewHeading">${escapeHtml(vscode.l10n.t('What IT will receive'))}</h2>
    <p id="previewTitle"></p>
    <div id="redactions" class="note" hidden>
      <p>${escapeHtml(vscode.l10n.t('Hidden before sending, so no secret leaves your computer:'))}</p>
      <ul id="redactionList"></ul>
    </div>
    <pre id="previewBody" tabindex="0" aria-label="${escapeHtml(vscode.l10n.t('The text that will be sent'))}"></pre>
    <p id="previewLabels" class="hint"></p>
    <p id="status" role="alert" hidden></p>
    <div class="actions">
      <vscode-button id="send">${escapeHtml(vscode.l10n.t('Send this to IT…'))}</vscode-button>
    </div>
  </section>
</main>
<script nonce="${nonce}" src="${asset('itRequest.js')}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
