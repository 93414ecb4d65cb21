import * as vscode from 'vscode';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { actInWebview, openInEditor, waitForPreviewRender } from './helpers';

/**
 * The preview with a page's own scripts allowed, as a person does it: the page open, its preview beside it, the
 * toolbar's "Allow this page's scripts" clicked and its question answered yes.
 */

/** How long the preview may take to show a version of the page. */
const renderTimeoutMs = 45_000;

/** Opens the page in the editor and the preview beside it, and waits until the preview has shown it. */
export async function openPreviewOf(api: ContentBridgeApi, page: string): Promise<vscode.TextEditor> {
  const editor = await openInEditor(page);
  const uri = editor.document.uri.toString();
  const first = waitForPreviewRender(api, (rendered) => rendered.documentUri === uri, renderTimeoutMs);
  await vscode.commands.executeCommand('contentBridge.openPreviewToSide');
  await first;
  return editor;
}

/**
 * Clicks the toolbar's button for the page's scripts and waits for the page to be shown again, now with them (or
 * without them, when they were on). The question before allowing them is answered yes.
 */
export async function togglePageScripts(api: ContentBridgeApi, page: string, name: string): Promise<void> {
  const editor = await openInEditor(page);
  const uri = editor.document.uri.toString();
  api.usePrompts({ confirm: async () => true, inform: async () => undefined });
  try {
    const shown = waitForPreviewRender(api, (rendered) => rendered.documentUri === uri, renderTimeoutMs);
    await actInWebview({ selector: '#page-scripts', name, action: 'click' });
    await shown;
  } finally {
    api.usePrompts(undefined);
  }
}

/**
 * Runs `test` with the page open beside its preview and the page's scripts allowed; afterwards (passed or failed)
 * the scripts are turned off again, so the tests after it start from a page without them. `name` prefixes the
 * names of the host's pictures.
 */
export async function withPageScripts(api: ContentBridgeApi, page: string, name: string, test: (editor: vscode.TextEditor) => Promise<void>): Promise<void> {
  const editor = await openPreviewOf(api, page);
  let allowed = false;
  try {
    await togglePageScripts(api, page, `${name}-allow`);
    allowed = true;
    await test(editor);
  } finally {
    // Only a page whose scripts were allowed is switched back: a click otherwise would allow them.
    if (allowed) await togglePageScripts(api, page, `${name}-off`);
  }
}
