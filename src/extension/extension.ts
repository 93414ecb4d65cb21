import * as vscode from 'vscode';
import { FindingsCache } from './diagnostics/findingsCache';
import { registerHtmlDiagnostics } from './diagnostics/htmlDiagnostics';
import { registerFindingCodeActions } from './diagnostics/codeActions';
import { RuleDocs, registerRuleDocCommand } from './ruleDocs';
import { registerPreview, type PreviewController } from './preview/registerPreview';
import { registerItRequestCommands } from './itRequest/itRequestCommands';
import { readDiagnosticsSettings } from './settings';

/** What the extension offers other extensions (and its own integration tests). */
export interface ContentBridgeApi {
  readonly preview: PreviewController;
}

export function activate(context: vscode.ExtensionContext): ContentBridgeApi {
  const ruleDocs = new RuleDocs(context.extensionUri);
  const cache = new FindingsCache((document) => readDiagnosticsSettings(document.uri).config);
  const preview = registerPreview(context.extensionUri);
  context.subscriptions.push(
    registerHtmlDiagnostics(cache, ruleDocs),
    registerFindingCodeActions(cache),
    registerRuleDocCommand(ruleDocs),
    preview,
    registerItRequestCommands(context),
  );
  return { preview };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
