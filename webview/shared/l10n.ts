import * as l10n from '@vscode/l10n';

/**
 * The webview's texts in the user's display language: the extension writes VS Code's bundle for that language
 * (`vscode.l10n.bundle`, absent for English) into the page as `data-l10n`, and every text here goes through
 * `l10n.t` from `@vscode/l10n`, so `npm run generate` exports the webviews' texts with the extension's. Imported first
 * by each webview's entry, before any text is made.
 */
const written = document.body?.dataset.l10n;
if (written) {
  try {
    l10n.config({ contents: JSON.parse(written) as Record<string, string> });
  } catch {
    // A bundle that cannot be read leaves the English texts.
  }
}
