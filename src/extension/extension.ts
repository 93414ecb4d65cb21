import * as vscode from 'vscode';
import { FindingsCache } from './diagnostics/findingsCache';
import { registerHtmlDiagnostics } from './diagnostics/htmlDiagnostics';
import { registerFindingCodeActions } from './diagnostics/codeActions';
import { RuleDocs, registerRuleDocCommand } from './ruleDocs';
import { registerPreview, type PreviewController } from './preview/registerPreview';
import { registerItRequests, type ItRequestApi } from './itRequest/itRequestCommands';
import { keepDiagnosticsSettings, readPersonalConfig } from './settings';
import { ProjectConfigs } from './config/projectConfigs';
import { mergeConfigs } from '../core';
import { registerFixCommands } from './diagnostics/fixCommands';
import { registerFixAll } from './diagnostics/fixAll';
import { registerLargeFileStatus } from './diagnostics/largeFileStatus';
import { SiteGenerators } from './site/siteGenerators';
import { MarkdownlintConfigs } from './config/markdownlintConfigs';
import { registerSiteStatus } from './site/siteStatus';
import { createRuleFailureLog, outputChannelName } from './diagnostics/ruleFailureLog';
import { registerInsertCommand } from './inserts/insertCommand';
import { registerPlacedCompletions } from './inserts/completions';
import { answerRefused, questionShown, type RefusedAnswer } from './inserts/prompts';
import { registerHovers } from './hovers/hoverProvider';
import { registerProblemStatus, type ProblemStatusView } from './diagnostics/problemStatus';
import { registerWalkthrough } from './firstRun/walkthrough';
import { usePrompts, type UserPrompts } from './userPrompts';
import { BackgroundChecker } from './worker/backgroundChecker';
import { isCheckedInBackground } from './diagnostics/htmlDiagnostics';
import { registerWholeSite, type WholeSiteApi } from './site/wholeSiteCommands';

/** What the extension offers other extensions (and its own integration tests). */
export interface ContentBridgeApi {
  readonly preview: PreviewController;
  readonly itRequest: ItRequestApi;
  /** Fires with each guided insert question as it shows (for the integration tests, which answer it). */
  readonly onDidShowInsertQuestion: vscode.Event<string>;
  /** Fires when a guided insert refuses an answer at Enter, with the reason shown under the box (integration tests). */
  readonly onDidRefuseInsertAnswer: vscode.Event<RefusedAnswer>;
  /** What the page's problem count in the status bar shows. */
  readonly problemStatus: () => ProblemStatusView;
  /** Replaces the confirmations and notes of team-wide actions and fix-all (integration tests; undefined restores). */
  readonly usePrompts: (prompts: UserPrompts | undefined) => void;
  /** The whole-site check and the site report (integration tests). */
  readonly site: WholeSiteApi;
}

export function activate(context: vscode.ExtensionContext): ContentBridgeApi {
  // First, so every later listener for setting changes reads the new values.
  context.subscriptions.push(keepDiagnosticsSettings());
  const ruleDocs = new RuleDocs(context.extensionUri);
  const projectConfigs = new ProjectConfigs();
  // Personal VS Code settings win over the project's shared file, rule by rule.
  const sites = new SiteGenerators(projectConfigs);
  const markdownlintConfigs = new MarkdownlintConfigs();
  const output = vscode.window.createOutputChannel(outputChannelName, { log: true });
  const ruleFailureLog = createRuleFailureLog(output);
  // Large pages and the whole site are checked off the extension host's main thread.
  const checker = new BackgroundChecker(context.extensionUri, output);
  const cache = new FindingsCache(
    (document) => mergeConfigs(projectConfigs.configFor(document.uri), readPersonalConfig(document.uri)),
    (document) => markdownlintConfigs.configFor(document.uri),
    (document) => sites.checkOptionsFor(document),
    { checker, isLarge: isCheckedInBackground },
    ruleFailureLog.onRuleFailure,
  );
  const wholeSite = registerWholeSite(context, { cache, checker, ruleDocs, projectConfigs, sites, markdownlintConfigs, output });
  const preview = registerPreview(context.extensionUri, sites, context.workspaceState);
  const itRequests = registerItRequests(context);
  const problemStatus = registerProblemStatus();
  context.subscriptions.push(
    output,
    checker,
    projectConfigs,
    sites,
    markdownlintConfigs,
    registerHtmlDiagnostics(cache, ruleDocs, projectConfigs, sites, markdownlintConfigs),
    registerSiteStatus(sites, projectConfigs),
    registerFindingCodeActions(cache),
    registerFixAll(cache),
    registerFixCommands(),
    registerLargeFileStatus(),
    problemStatus.disposable,
    registerWalkthrough(context),
    registerRuleDocCommand(ruleDocs),
    preview,
    itRequests.disposable,
    registerInsertCommand(),
    registerPlacedCompletions(),
    registerHovers(ruleDocs),
    questionShown,
    answerRefused,
    wholeSite.disposable,
  );
  return {
    preview,
    itRequest: itRequests.api,
    onDidShowInsertQuestion: questionShown.event,
    onDidRefuseInsertAnswer: answerRefused.event,
    problemStatus: problemStatus.view,
    usePrompts,
    site: wholeSite.api,
  };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
