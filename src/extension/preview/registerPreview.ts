import * as vscode from 'vscode';
import { PagePreview, isPreviewable, pagesWithScriptsKey, previewTitle, previewViewType, type PreviewActivity, type PreviewRendered } from './pagePreview';
import type { SiteGenerators } from '../site/siteGenerators';
import { stopServersStartedHere } from './serverTerminal';
import { parsePreviewState, type PreviewView } from '../../shared/previewProtocol';

export const openPreviewCommand = 'contentBridge.openPreviewToSide';
export const showBuiltPageCommand = 'contentBridge.showBuiltPage';

export interface PreviewController {
  /** Fires each time the preview has shown a new version of the page. */
  readonly onDidRender: vscode.Event<PreviewRendered>;
  /** Fires when the preview opened a file or a web page, selected source, or scrolled the editor. */
  readonly onDidAct: vscode.Event<PreviewActivity>;
  /**
   * Brings back a preview panel VS Code restored after a reload, from the state its webview saved. The panel
   * serializer calls this; so can a test, with a fresh panel (test/integration/previewReload.test.ts reloads the
   * window for real where its host allows it).
   */
  restore(panel: vscode.WebviewPanel, state: unknown): Promise<boolean>;
  /**
   * Remembers, for this workspace, the pages whose own scripts the user allowed (what the toolbar stores once its
   * question is answered yes). Tests use it to start from a permission given while the folder was trusted: in a
   * folder that is not trusted, the toolbar does not offer it.
   */
  rememberPagesWithScripts(pages: readonly vscode.Uri[]): Thenable<void>;
  /**
   * Asks the open preview whether the page on show equals its version read whole (tests type into a page and check
   * that updating only the changed parts gave the same page); the answer comes as a `checkedPage` activity. False
   * when no preview has shown a page yet.
   */
  checkPage(): boolean;
}

/** The "Open Preview to the Side" command, with one preview panel reused for every page, restored after a reload. */
export function registerPreview(extensionUri: vscode.Uri, sites?: SiteGenerators, workspaceState?: vscode.Memento): vscode.Disposable & PreviewController {
  const rendered = new vscode.EventEmitter<PreviewRendered>();
  const activity = new vscode.EventEmitter<PreviewActivity>();
  let current: PagePreview | undefined;

  const adopt = (panel: vscode.WebviewPanel, document: vscode.TextDocument, restoredView?: PreviewView): PagePreview => {
    current?.dispose();
    const preview = new PagePreview(
      panel,
      extensionUri,
      document,
      sites,
      {
        onRendered: (event) => rendered.fire(event),
        onActivity: (event) => activity.fire(event),
        onDispose: () => {
          if (current === preview) current = undefined;
        },
      },
      workspaceState,
      restoredView,
    );
    current = preview;
    return preview;
  };

  const open = (document: vscode.TextDocument | undefined): void => {
    if (!document || !isPreviewable(document)) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open an HTML or Markdown page first, then choose "Open Preview to the Side" to see it as readers will.'),
      );
      return;
    }
    if (current) {
      current.show(document);
      current.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      previewTitle(document.uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    adopt(panel, document);
  };

  const restore = async (panel: vscode.WebviewPanel, state: unknown): Promise<boolean> => {
    const saved = parsePreviewState(state);
    try {
      if (!saved) throw new Error('no page');
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved.documentUri, true));
      if (!isPreviewable(document)) throw new Error('not a page');
      const preview = adopt(panel, document, saved.view);
      // It showed the built pages: it does again, or says why not and offers to start the server again.
      if (saved.built) void preview.restoreBuiltPages();
      return true;
    } catch {
      // The page has gone (moved, deleted, or the folder is not open): an empty preview would only puzzle.
      panel.dispose();
      return false;
    }
  };

  // From a menu the command gets the file's URI; from the Command Palette, nothing: then the active editor's page.
  const command = vscode.commands.registerCommand(openPreviewCommand, async (uri?: unknown) => {
    open(uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document);
  });
  // Starts the site's development server (on this request only) and shows the current page as it builds it.
  const builtCommand = vscode.commands.registerCommand(showBuiltPageCommand, async () => {
    if (current) current.reveal();
    else open(vscode.window.activeTextEditor?.document);
    await current?.setBuiltPages(true);
  });
  const serializer = vscode.window.registerWebviewPanelSerializer(previewViewType, {
    deserializeWebviewPanel: async (panel, state) => {
      await restore(panel, state);
    },
  });

  return {
    onDidRender: rendered.event,
    onDidAct: activity.event,
    restore,
    checkPage: () => current?.checkPage() ?? false,
    rememberPagesWithScripts: (pages) =>
      workspaceState?.update(
        pagesWithScriptsKey,
        pages.map((page) => page.toString()),
      ) ?? Promise.resolve(),
    dispose() {
      command.dispose();
      builtCommand.dispose();
      serializer.dispose();
      current?.dispose();
      // A server left running would hold its port after a reload, and the preview there would start another.
      stopServersStartedHere();
      rendered.dispose();
      activity.dispose();
    },
  };
}
