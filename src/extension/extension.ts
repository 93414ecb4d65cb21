import * as vscode from 'vscode';
import { FindingsCache } from './diagnostics/findingsCache';
import { registerHtmlDiagnostics } from './diagnostics/htmlDiagnostics';
import { registerFindingCodeActions } from './diagnostics/codeActions';
import { RuleDocs, registerRuleDocCommand } from './ruleDocs';
import { registerPreview, type PreviewController } from './preview/registerPreview';
import { registerItRequests, type ItRequestApi } from './itRequest/itRequestCommands';
import { readPersonalConfig } from './settings';
import { ProjectConfigs } from './config/projectConfigs';
import { mergeConfigs } from '../core';
import { registerFixCommands } from './diagnostics/fixCommands';
import { registerFixAll } from './diagnostics/fixAll';
import { registerLargeFileStatus } from './diagnostics/largeFileStatus';
import { SiteGenerators } from './site/siteGenerators';
import { MarkdownlintConfigs } from './config/markdownlintConfigs';
import { registerSiteStatus } from './site/siteStatus';

/** What the extension offers other extensions (and its own integration tests). */
export interface ContentBridgeApi {
  readonly preview: PreviewController;
  readonly itRequest: ItRequestApi;
}

export function activate(context: vscode.ExtensionContext): ContentBridgeApi {
  const ruleDocs = new RuleDocs(context.extensionUri);
  const projectConfigs = new ProjectConfigs();
  // Personal VS Code settings win over the project's shared file, rule by rule.
  const sites = new SiteGenerators(projectConfigs);
  const markdownlintConfigs = new MarkdownlintConfigs();
  const cache = new FindingsCache(
    (document) => mergeConfigs(projectConfigs.configFor(document.uri), readPersonalConfig(document.uri)),
    (document) => markdownlintConfigs.configFor(document.uri),
    (document) => sites.checkOptionsFor(document),
  );
  const preview = registerPreview(context.extensionUri, sites, context.workspaceState);
  const itRequests = registerItRequests(context);
  context.subscriptions.push(
    projectConfigs,
    sites,
    markdownlintConfigs,
    registerHtmlDiagnostics(cache, ruleDocs, projectConfigs, sites, markdownlintConfigs),
    registerSiteStatus(sites, projectConfigs),
    registerFindingCodeActions(cache),
    registerFixAll(cache),
    registerFixCommands(),
    registerLargeFileStatus(),
    registerRuleDocCommand(ruleDocs),
    preview,
    itRequests.disposable,
  );
  return { preview, itRequest: itRequests.api };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
