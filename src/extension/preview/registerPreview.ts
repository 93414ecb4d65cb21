import * as vscode from 'vscode';
import { PagePreview, basename, previewViewType, type PreviewRendered } from './pagePreview';

export const openPreviewCommand = 'contentBridge.openPreviewToSide';

export interface PreviewController {
  /** Fires each time the preview has shown a new version of the page. */
  readonly onDidRender: vscode.Event<PreviewRendered>;
}

/** The "Open Preview to the Side" command, with one preview panel reused for every page. */
export function registerPreview(extensionUri: vscode.Uri): vscode.Disposable & PreviewController {
  const rendered = new vscode.EventEmitter<PreviewRendered>();
  let current: PagePreview | undefined;

  const open = (document: vscode.TextDocument | undefined): void => {
    if (!document || document.languageId !== 'html') {
      void vscode.window.showInformationMessage('Open an HTML page first, then choose "Open Preview to the Side" to see it as readers will.');
      return;
    }
    if (current) {
      current.show(document);
      current.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      `Preview ${basename(document.uri)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    const preview = new PagePreview(panel, extensionUri, document, (event) => rendered.fire(event), () => {
      if (current === preview) current = undefined;
    });
    current = preview;
  };

  // From a menu the command gets the file's URI; from the Command Palette, nothing: then the active editor's page.
  const command = vscode.commands.registerCommand(openPreviewCommand, async (uri?: unknown) => {
    open(uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document);
  });

  return {
    onDidRender: rendered.event,
    dispose() {
      command.dispose();
      current?.dispose();
      rendered.dispose();
    },
  };
}
