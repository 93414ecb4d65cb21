import * as vscode from 'vscode';
import { preparePreviewHtml } from '../../core';
import { isPreviewToExtensionMessage, type ExtensionToPreviewMessage, type PreviewToExtensionMessage } from '../../shared/previewProtocol';
import { previewShellHtml } from './previewShell';
import { resolveLink } from './links';

export const previewViewType = 'contentBridge.preview';

/** What the reader saw after an update: reported by the webview once the page has loaded. */
export interface PreviewRendered {
  readonly documentUri: string;
  readonly version: number;
  readonly title: string;
  readonly firstHeading: string;
}

/** Updates wait this long after a keystroke so the preview keeps up without re-rendering on every letter. */
const typingDelayMs = 120;

/**
 * The live preview beside the editor. It shows one HTML document at a time,
 * including unsaved edits, and follows the user to another HTML editor.
 */
export class PagePreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private webviewReady = false;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private document: vscode.TextDocument,
    private readonly onRendered: (rendered: PreviewRendered) => void,
    private readonly onDispose: () => void,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isPreviewToExtensionMessage(message)) this.handle(message);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.updateSoon();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === 'html' && editor.document !== this.document) this.show(editor.document);
      }),
      // Trusted now: reload the shell so images, fonts and styles from the web may load.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.loadShell()),
    );
    this.configureWebview();
    this.loadShell();
  }

  /** (Re)loads the webview's document; it answers 'ready', which renders the page. */
  private loadShell(): void {
    this.webviewReady = false;
    this.panel.webview.html = previewShellHtml(this.panel.webview, this.extensionUri, vscode.workspace.isTrusted);
  }

  show(document: vscode.TextDocument): void {
    const folderChanged = this.folderOf(document).toString() !== this.folderOf(this.document).toString();
    this.document = document;
    this.panel.title = `Preview ${basename(document.uri)}`;
    if (folderChanged) this.configureWebview();
    this.update();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.disposables.forEach((disposable) => disposable.dispose());
    this.disposables.length = 0;
    this.panel.dispose();
    this.onDispose();
  }

  private handle(message: PreviewToExtensionMessage): void {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        this.update();
        return;
      case 'rendered':
        this.onRendered({
          documentUri: this.document.uri.toString(),
          version: message.version,
          title: message.title,
          firstHeading: message.firstHeading,
        });
        return;
      case 'openLink':
        void this.openLink(message.href);
        return;
    }
  }

  private updateSoon(): void {
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => this.update(), typingDelayMs);
  }

  private update(): void {
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.updateTimer = undefined;
    if (!this.webviewReady) return; // 'ready' triggers the first render.
    const webview = this.panel.webview;
    const html = preparePreviewHtml(this.document.getText(), {
      siteRootHref: `${webview.asWebviewUri(this.siteRootOf(this.document))}/`,
    });
    const message: ExtensionToPreviewMessage = {
      type: 'render',
      html,
      baseHref: `${webview.asWebviewUri(this.folderOf(this.document))}/`,
      documentUri: this.document.uri.toString(),
      version: this.document.version,
    };
    void webview.postMessage(message);
  }

  /** Only the page's site (or its folder) and the preview's own files can be loaded. */
  private configureWebview(): void {
    this.panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [
        this.siteRootOf(this.document),
        this.folderOf(this.document),
        vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'),
      ],
    };
  }

  private folderOf(document: vscode.TextDocument): vscode.Uri {
    return vscode.Uri.joinPath(document.uri, '..');
  }

  /** Root-relative addresses (`/images/logo.png`) resolve against the workspace folder, where the site lives. */
  private siteRootOf(document: vscode.TextDocument): vscode.Uri {
    return vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? this.folderOf(document);
  }

  private async openLink(href: string): Promise<void> {
    const target = resolveLink(href, this.document.uri, this.siteRootOf(this.document));
    if (!target) return;
    if (target.kind === 'external') {
      await vscode.env.openExternal(target.uri);
      return;
    }
    try {
      await vscode.window.showTextDocument(target.uri, { viewColumn: vscode.ViewColumn.One });
    } catch {
      void vscode.window.showWarningMessage(`This link points to "${href}", which Content Bridge could not find in your site.`);
    }
  }
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
