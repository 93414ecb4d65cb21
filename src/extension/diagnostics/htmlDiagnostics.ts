import * as vscode from 'vscode';
import { readDiagnosticsSettings, settingsSection } from '../settings';
import { toDiagnostic } from './convert';
import type { FindingsCache } from './findingsCache';
import type { Finding } from '../../core';
import type { RuleDocs } from '../ruleDocs';
import type { ProjectConfigs } from '../config/projectConfigs';
import type { SiteGenerators } from '../site/siteGenerators';
import type { MarkdownlintConfigs } from '../config/markdownlintConfigs';

/** Languages whose documents are checked (.njk and .liquid files open as HTML; Handlebars has its own language). */
export const checkedLanguages: readonly string[] = ['html', 'handlebars', 'markdown'];

export function isChecked(document: vscode.TextDocument): boolean {
  if (!checkedLanguages.includes(document.languageId) || document.uri.scheme === 'git' || document.uri.scheme === 'output') return false;
  // An unsaved Markdown document is a note or an IT request draft, not a page of the site.
  return !(document.languageId === 'markdown' && document.uri.scheme === 'untitled');
}

/** True when the document is too long to check on every pause in typing (see `contentBridge.checking.largestPageWhileTyping`). */
export function isCheckedOnSaveOnly(document: vscode.TextDocument): boolean {
  // The offset of the end is the length, without copying a 10 MB text on every keystroke.
  return documentLength(document) > readDiagnosticsSettings(document.uri).maxCharactersWhileTyping;
}

/** True when the document is large enough to be checked in the background (see `contentBridge.checking.largePageSize`). */
export function isCheckedInBackground(document: vscode.TextDocument): boolean {
  return documentLength(document) > readDiagnosticsSettings(document.uri).minCharactersInBackground;
}

function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * Keeps the Problems panel in step with open HTML and Markdown documents: checks on open,
 * again shortly after typing stops (on save only for very large files), and
 * clears a document's problems when it closes.
 */
export function registerHtmlDiagnostics(
  cache: FindingsCache,
  ruleDocs: RuleDocs,
  projectConfigs: ProjectConfigs,
  sites?: SiteGenerators,
  markdownlintConfigs?: MarkdownlintConfigs,
): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('content-bridge');
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const cancelPending = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    const timer = pending.get(key);
    if (timer !== undefined) clearTimeout(timer);
    pending.delete(key);
  };

  const refresh = (document: vscode.TextDocument) => {
    cancelPending(document);
    if (document.isClosed || !isChecked(document)) return;
    if (!readDiagnosticsSettings(document.uri).enabled) {
      collection.delete(document.uri);
      return;
    }
    const show = (findings: readonly Finding[] | undefined) => {
      // Undefined: the page changed while it was checked; the check of its latest text publishes instead.
      if (!findings || document.isClosed) return;
      collection.set(
        document.uri,
        findings.map((finding) => toDiagnostic(finding, (ruleId) => ruleDocs.uriFor(ruleId))),
      );
    };
    const check = (): Promise<void> | void =>
      isCheckedInBackground(document) ? cache.findingsForLatest(document).then(show) : show(cache.findingsFor(document));
    if (!isCheckedOnSaveOnly(document)) return void check();
    // A very large page takes seconds: say so in the status bar first, then check once the spinner is showing.
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Content Bridge: checking {0}', vscode.workspace.asRelativePath(document.uri)) },
      () => new Promise<void>((resolve) => setTimeout(() => resolve(check() ?? undefined), 0)),
    );
  };

  const refreshSoon = (document: vscode.TextDocument) => {
    if (!isChecked(document) || isCheckedOnSaveOnly(document)) return;
    cancelPending(document);
    const { delayMs } = readDiagnosticsSettings(document.uri);
    // Only the last change in a burst of typing is checked; earlier timers are dropped, so stale results never land.
    pending.set(
      document.uri.toString(),
      setTimeout(() => refresh(document), delayMs),
    );
  };

  const refreshAll = () => {
    cache.clear();
    for (const document of vscode.workspace.textDocuments) refresh(document);
  };

  // The first check waits for the project's .contentbridge.json and its markdownlint settings, so no one sees results
  // they would change. A site generator found in the folder's files re-checks open pages once (see SiteGenerators).
  void Promise.all([projectConfigs.ready, markdownlintConfigs?.ready]).then(refreshAll);
  return vscode.Disposable.from(
    collection,
    projectConfigs.onDidChange(refreshAll),
    sites?.onDidChange(refreshAll) ?? { dispose: () => undefined },
    markdownlintConfigs?.onDidChange(refreshAll) ?? { dispose: () => undefined },
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (isCheckedOnSaveOnly(document)) refresh(document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) refreshSoon(event.document);
    }),
    // VS Code keeps a document open for minutes after its last tab closes, so closing the tab is what clears it.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of event.closed) {
        const uri = textTabUri(tab);
        const document = uri && findDocument(uri);
        if (uri && !isShownInATab(uri)) {
          if (document) cancelPending(document);
          collection.delete(uri);
        }
      }
      for (const tab of event.opened) {
        const uri = textTabUri(tab);
        const document = uri && findDocument(uri);
        if (document && !collection.has(document.uri)) refresh(document);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancelPending(document);
      cache.forget(document);
      collection.delete(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(settingsSection)) refreshAll();
    }),
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
  );
}

function textTabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function isShownInATab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => textTabUri(tab)?.toString() === key));
}

function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}
