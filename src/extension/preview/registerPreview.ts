import * as vscode from 'vscode';
import { PagePreview, basename, previewViewType, type PreviewRendered } from './pagePreview';

export const openPreviewCommand = 'contentBridge.openPreviewToSide';

export interface PreviewController {
  /** Fires each time the preview has shown a new version of the page. */
  readonly onDidRender: vscode.Event<PreviewRendered>;
  readonly current: PagePreview | undefined;
}

/** The "Open Preview to the Side" command, with one preview panel reused for every page. */
export function registerPreview(extensionUri: vscode.Uri): vscode.Disposable & PreviewController {
  const rendered = new vscode.EventEmitter<PreviewRendered>();
  let current: PagePreview | undefined;

  const open = (uri?: vscode.Uri): PagePreview | undefined => {
    const document = uri
      ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
      : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'html') {
      void vscode.window.showInformationMessage('Open an HTML page first, then choose "Open Preview to the Side" to see it as readers will.');
      return undefined;
    }
    if (current) {
      current.show(document);
      current.reveal();
      return current;
    }
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      `Preview ${basename(document.uri)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    const preview = new PagePreview(panel, extensionUri, document, () => {
      if (current === preview) current = undefined;
    });
    preview.onDidRender((event) => rendered.fire(event));
    current = preview;
    return preview;
  };

  const command = vscode.commands.registerCommand(openPreviewCommand, async (uri?: unknown) => {
    const target = uri instanceof vscode.Uri ? uri : undefined;
    if (target && !vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === target.toString())) {
      await vscode.workspace.openTextDocument(target);
    }
    open(target);
  });

  return {
    onDidRender: rendered.event,
    get current() {
      return current;
    },
    dispose() {
      command.dispose();
      current?.dispose();
      rendered.dispose();
    },
  };
}
