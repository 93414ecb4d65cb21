import * as vscode from 'vscode';
import {
  documentKindOf,
  mergeConfigs,
  siteUrlConfigFiles,
  siteUrlFromConfig,
  siteSetupFilesOf,
  type Finding,
  type PageFacts,
  type SiteSetup,
} from '../../core';
import { toDiagnostic } from '../diagnostics/convert';
import { isChecked } from '../diagnostics/htmlDiagnostics';
import type { FindingsCache } from '../diagnostics/findingsCache';
import type { ProjectConfigs } from '../config/projectConfigs';
import type { MarkdownlintConfigs } from '../config/markdownlintConfigs';
import type { RuleDocs } from '../ruleDocs';
import { readDiagnosticsSettings, readPersonalConfig } from '../settings';
import type { BackgroundChecker, CrossPageCheck } from '../worker/backgroundChecker';
import { readGeneratorSetups } from './generatorSetups';
import { listSite, pageGlob, readPage, type SiteListing } from './sitePages';
import { TimeSlices } from './timeSlices';
import { relativePath, type SiteGenerators } from './siteGenerators';

interface PageState {
  readonly uri: vscode.Uri;
  readonly folder: vscode.WorkspaceFolder;
  /** Site-relative path with forward slashes. */
  readonly path: string;
  readonly findings: readonly Finding[];
  readonly facts?: PageFacts;
}

export interface WholeSiteResult {
  readonly cancelled: boolean;
  /** Pages checked in this run (all of them unless cancelled). */
  readonly checked: number;
  readonly total: number;
  readonly problems: number;
  readonly elapsedMs: number;
  readonly ranIn: 'worker' | 'main thread';
}

export interface WholeSiteProgress {
  report(checked: number, total: number): void;
}

export interface WholeSiteDependencies {
  readonly cache: FindingsCache;
  readonly checker: BackgroundChecker;
  readonly ruleDocs: RuleDocs;
  readonly projectConfigs: ProjectConfigs;
  readonly sites: SiteGenerators;
  readonly markdownlintConfigs: MarkdownlintConfigs;
  readonly output: vscode.LogOutputChannel;
}

/** Pages checked at once: enough to keep the worker busy, few enough that cancelling stops promptly. */
const pagesInFlight = 4;
/** Pages whose problems are handed to VS Code in one call at most, so one call stays short. */
const maxPagesPerBatch = 200;
/** After an edit or a change on disk, wait this long for more before checking again. */
const settleMs = 400;

/**
 * The whole-site check: every page of every workspace folder checked (in the background checker), the cross-page
 * checks run over all pages' facts, and the results in the Problems panel through a collection of its own. A page
 * open in an editor keeps its live results (htmlDiagnostics); here it shows only its cross-page findings. Once the
 * site has been checked, a change on disk or an edit re-checks that one page and the cross-page checks.
 */
export class WholeSiteCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('content-bridge-site');
  private pages = new Map<string, PageState>();
  private listings = new Map<string, SiteListing>();
  private crossPage = new Map<string, readonly Finding[]>();
  /** Each folder's own web address, so links written with it count as links inside the site. */
  private siteUrls = new Map<string, string>();
  /** Each folder's address settings and menus from its generator's files, read at each full run. */
  private setups = new Map<string, SiteSetup>();
  private readonly updated = new vscode.EventEmitter<void>();
  private readonly completed = new vscode.EventEmitter<WholeSiteResult>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly pendingFiles = new Map<string, ReturnType<typeof setTimeout>>();
  private crossPageTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly addedFiles = new Map<string, Set<string>>();
  /** The run under way, so refreshes wait for it rather than race it. */
  private running: Promise<WholeSiteResult> | undefined;
  private checkedAt: string | undefined;
  /** Settings changed during a run: it read the old ones, so run again when it ends. */
  private runAgain = false;
  /** Cross-page runs started, so an older one finishing late does not overwrite a newer one's results. */
  private crossPageRuns = 0;

  /** Fires after results changed (a run finished, or a page was re-checked). */
  readonly onDidUpdate = this.updated.event;
  /** Fires after a run that checked every page (not after a cancelled one, nor a single page's re-check). */
  readonly onDidComplete = this.completed.event;

  constructor(private readonly deps: WholeSiteDependencies) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.subscriptions.push(
      this.collection,
      this.updated,
      this.completed,
      watcher,
      watcher.onDidCreate((uri) => this.fileChanged(uri)),
      watcher.onDidChange((uri) => this.fileChanged(uri)),
      watcher.onDidDelete((uri) => this.fileDeleted(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.pages.has(event.document.uri.toString())) this.recheckSoon(event.document.uri);
      }),
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        // An opened page shows its live results instead; a closed one shows the whole-site results again, checked
        // from disk (an unsaved edit was dropped with the tab).
        for (const tab of event.opened) {
          const uri = tabUri(tab);
          if (uri && this.pages.has(uri.toString())) this.publish(uri.toString());
        }
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          if (uri && this.pages.has(uri.toString()) && !isShownInATab(uri)) this.recheckSoon(uri);
        }
      }),
      deps.projectConfigs.onDidChange(() => this.rerunIfChecked()),
      deps.markdownlintConfigs.onDidChange(() => this.rerunIfChecked()),
      deps.sites.onDidChange(() => this.rerunIfChecked()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (
          event.affectsConfiguration('contentBridge.rules') ||
          event.affectsConfiguration('contentBridge.diagnostics.enabled') ||
          event.affectsConfiguration('files.exclude')
        ) {
          this.rerunIfChecked();
        }
      }),
      { dispose: () => this.stopTimers() },
    );
  }

  /** True once the whole site has been checked in this session. */
  get hasRun(): boolean {
    return this.checkedAt !== undefined;
  }

  /** When the last complete run finished (ISO 8601). */
  get lastCheckedAt(): string | undefined {
    return this.checkedAt;
  }

  /** Checks every page of the site. A second call while one runs waits for it. */
  run(progress?: WholeSiteProgress, token?: vscode.CancellationToken): Promise<WholeSiteResult> {
    if (this.running) return this.running;
    this.running = this.runOnce(progress, token).finally(() => {
      this.running = undefined;
      if (this.runAgain) {
        this.runAgain = false;
        this.rerunIfChecked();
      }
    });
    return this.running;
  }

  /** Every checked page with its page and cross-page findings, for the site report. */
  results(): { readonly uri: vscode.Uri; readonly path: string; readonly findings: readonly Finding[]; readonly role?: 'page' | 'layout' }[] {
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    return [...this.pages.values()].map((page) => {
      // An open page's own findings are the editor's, as last checked.
      const document = isLive(page.uri) ? findDocument(page.uri) : undefined;
      const own = (document && this.deps.cache.peek(document)) ?? page.findings;
      return {
        uri: page.uri,
        path: multiRoot ? `${page.folder.name}/${page.path}` : page.path,
        findings: [...own, ...(this.crossPage.get(page.uri.toString()) ?? [])],
        // Layouts and partials are listed in the report, but not counted as pages.
        ...(page.facts?.role === 'layout' ? { role: 'layout' as const } : {}),
      };
    });
  }

  /** Forgets every result and clears them from the Problems panel. */
  clear(): void {
    this.stopTimers();
    this.crossPageRuns++;
    this.pages.clear();
    this.listings.clear();
    this.addedFiles.clear();
    this.crossPage.clear();
    this.collection.clear();
    this.checkedAt = undefined;
    this.updated.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async runOnce(progress: WholeSiteProgress | undefined, token: vscode.CancellationToken | undefined): Promise<WholeSiteResult> {
    const started = Date.now();
    const { projectConfigs, sites, markdownlintConfigs } = this.deps;
    await Promise.all([projectConfigs.ready, sites.ready, markdownlintConfigs.ready]);
    const folders = vscode.workspace.workspaceFolders ?? [];
    const listings = await Promise.all(folders.map((folder) => listSite(folder, projectConfigs.wholeSiteFor(folder.uri).ignore ?? [], token)));
    const queue = listings.flatMap((listing) => listing.pages.map((uri) => ({ listing, uri })));
    const fresh = new Map<string, PageState>();
    let checked = 0;
    let next = 0;
    progress?.report(0, queue.length);
    const work = async () => {
      while (next < queue.length && !token?.isCancellationRequested) {
        const { listing, uri } = queue[next++];
        const page = await this.checkPage(listing.folder, uri);
        if (page) fresh.set(uri.toString(), page);
        checked++;
        progress?.report(checked, queue.length);
      }
    };
    await Promise.all(Array.from({ length: pagesInFlight }, work));
    const cancelled = token?.isCancellationRequested === true && checked < queue.length;
    if (cancelled) {
      // What was checked is shown; the rest keeps its earlier results, and cross-page results wait for a full run.
      for (const [key, page] of fresh) this.pages.set(key, page);
      await this.publishEach(fresh.keys());
    } else {
      this.pages = fresh;
      this.listings = new Map(listings.map((listing) => [listing.folder.uri.toString(), listing]));
      this.addedFiles.clear();
      this.siteUrls = await this.readSiteUrls(listings);
      this.setups = await readGeneratorSetups(listings, this.deps.sites);
      this.checkedAt = new Date().toISOString();
      await this.runCrossPage();
      await this.publishAll();
    }
    const elapsedMs = Date.now() - started;
    const problems = this.results().reduce((sum, page) => sum + page.findings.length, 0);
    const ranIn = this.deps.checker.mode;
    this.deps.output.info(timingNote(cancelled, ranIn, checked, queue.length, (elapsedMs / 1000).toFixed(1)));
    const result = { cancelled, checked, total: queue.length, problems, elapsedMs, ranIn };
    this.updated.fire();
    if (!cancelled) this.completed.fire(result);
    return result;
  }

  private async checkPage(folder: vscode.WorkspaceFolder, uri: vscode.Uri): Promise<PageState | undefined> {
    const path = relativePath(folder.uri, uri);
    const kind = path === undefined ? undefined : documentKindOf(path);
    if (path === undefined || !kind) return undefined;
    // An open page is checked as it is in the editor, unsaved changes included.
    const document = findDocument(uri);
    const text = document ? document.getText() : await readPage(uri);
    if (text === undefined) return undefined;
    const result = await this.deps.checker.check({
      uri: uri.toString(),
      version: document?.version ?? -1,
      text,
      options: this.deps.cache.optionsForFile(uri, document?.languageId === 'markdown' ? 'markdown' : kind),
      wantFacts: true,
      // A page open in an editor is checked there as it is typed: only its facts are needed here (its findings are
      // read again from disk when its tab closes).
      wantFindings: !isLive(uri),
      // The checker keeps the facts for the checks across pages, which run where it runs (off the main thread).
      site: folder.uri.toString(),
    });
    return { uri, folder, path, findings: result.findings, facts: result.facts };
  }

  /**
   * Runs the cross-page checks in the background checker (where the pages' facts are kept), so the editor stays
   * responsive on a large site; answers the pages whose cross-page findings may have changed (before or after), or
   * undefined when a later run has started meanwhile (its results are the ones to show).
   */
  private async runCrossPage(): Promise<Set<string> | undefined> {
    const run = ++this.crossPageRuns;
    this.mergeAddedFiles();
    const found = new Map<string, readonly Finding[]>();
    for (const listing of [...this.listings.values()]) {
      const folder = listing.folder;
      const facts = [...this.pages.values()].filter((page) => page.folder === folder && page.facts).map((page) => page.facts as PageFacts);
      const siteUrl = this.siteUrls.get(folder.uri.toString());
      // Menus and data files with links are read here, not checked as pages in the checker: they go with every request.
      const setup = this.setups.get(folder.uri.toString());
      const menus = setup?.menus ?? [];
      const check: CrossPageCheck = {
        site: folder.uri.toString(),
        pages: [...facts.map((page) => page.path), ...menus.map((menu) => menu.path)],
        files: listing.files,
        generator: this.deps.sites.siteFor(folder.uri).generator,
        config: mergeConfigs(this.deps.projectConfigs.configFor(folder.uri), readPersonalConfig(folder.uri)),
        ...(siteUrl ? { siteUrl } : {}),
        ...(setup ? { settings: setup.settings } : {}),
        ...(menus.length > 0 ? { facts: menus } : {}),
      };
      try {
        let result = await this.deps.checker.crossPage(check);
        if ('missing' in result) {
          // The checker was restarted and lost what it kept: it gets those pages' facts from here.
          const lacking = new Set(result.missing);
          result = await this.deps.checker.crossPage({ ...check, facts: [...facts.filter((page) => lacking.has(page.path)), ...menus] });
        }
        if ('findings' in result) {
          for (const [path, pageFindings] of result.findings) found.set(vscode.Uri.joinPath(folder.uri, path).toString(), pageFindings);
        } else {
          const reason = 'failed' in result ? result.failed : vscode.l10n.t('the facts of {0} pages were missing', result.missing.length);
          this.deps.output.error(vscode.l10n.t('The checks across pages failed on {0}: {1}', folder.name, reason));
        }
      } catch (error) {
        this.deps.output.error(
          vscode.l10n.t('The checks across pages failed on {0}: {1}', folder.name, error instanceof Error ? (error.stack ?? error.message) : String(error)),
        );
      }
    }
    if (run !== this.crossPageRuns) return undefined;
    const touched = new Set([...this.crossPage.keys(), ...found.keys()]);
    this.crossPage = found;
    return touched;
  }

  /** `"siteUrl"` in .contentbridge.json, else the address in the site generator's configuration file. */
  private async readSiteUrls(listings: readonly SiteListing[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const { folder, files } of listings) {
      let siteUrl = this.deps.projectConfigs.wholeSiteFor(folder.uri).siteUrl;
      const configFile = siteUrl ? undefined : siteUrlConfigFiles.find((name) => files.includes(name));
      if (configFile) {
        const text = await readPage(vscode.Uri.joinPath(folder.uri, configFile));
        siteUrl = text === undefined ? undefined : siteUrlFromConfig(configFile, text);
      }
      if (siteUrl) found.set(folder.uri.toString(), siteUrl);
    }
    return found;
  }

  private async publishAll(): Promise<void> {
    this.collection.clear();
    await this.publishEach(new Set([...this.pages.keys(), ...this.crossPage.keys()]));
  }

  /**
   * Publishes pages' results a slice at a time: on a large site this is the longest work the whole-site check does
   * on the extension host's main thread. Each page is published from the results as they are when its turn comes.
   */
  private async publishEach(keys: Iterable<string>): Promise<void> {
    const slices = new TimeSlices();
    // Whether checking is on is a folder's setting: read once per folder, not once per page.
    const enabled = new Map<string, boolean>();
    // Handing problems to VS Code costs most per call, not per problem: a slice's pages go in one call.
    let batch: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    const flush = () => {
      if (batch.length > 0) this.collection.set(batch);
      batch = [];
    };
    for (const key of [...keys]) {
      if (slices.due || batch.length >= maxPagesPerBatch) {
        flush();
        await slices.pause();
      }
      batch.push(this.diagnosticsOf(key, enabled));
    }
    flush();
  }

  private publish(key: string): void {
    const [uri, diagnostics] = this.diagnosticsOf(key);
    if (diagnostics) this.collection.set(uri, diagnostics);
    else this.collection.delete(uri);
  }

  /** A page's problems as the Problems panel shows them: undefined for none (or checking is off there). */
  private diagnosticsOf(key: string, enabledByFolder?: Map<string, boolean>): [vscode.Uri, vscode.Diagnostic[] | undefined] {
    const page = this.pages.get(key);
    const uri = page?.uri ?? vscode.Uri.parse(key);
    if (!isEnabled(uri, page?.folder, enabledByFolder)) return [uri, undefined];
    const cross = this.crossPage.get(key) ?? [];
    // A page open in an editor has its live results from htmlDiagnostics: only the cross-page ones are added here.
    const findings = isLive(uri) ? cross : [...(page?.findings ?? []), ...cross];
    if (findings.length === 0) return [uri, undefined];
    return [uri, findings.map((finding) => toDiagnostic(finding, (ruleId) => this.deps.ruleDocs.uriFor(ruleId)))];
  }

  /** Files created since the listing was read, merged into it in one sort. */
  private mergeAddedFiles(): void {
    for (const [key, added] of this.addedFiles) {
      const listing = this.listings.get(key);
      if (listing && added.size > 0) this.listings.set(key, { ...listing, files: [...listing.files, ...added].sort() });
    }
    this.addedFiles.clear();
  }

  private fileChanged(uri: vscode.Uri): void {
    if (!this.hasRun) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const path = folder && relativePath(folder.uri, uri);
    if (!folder || path === undefined) return;
    const name = path.slice(path.lastIndexOf('/') + 1);
    // What is left out, or how the site is read, changed: check everything again.
    if (name === '.gitignore') return this.rerunIfChecked();
    const listing = this.listings.get(folder.uri.toString());
    if (!listing || listing.ignore.ignores(path)) return;
    if (!holdsSorted(listing.files, path)) {
      // Merged into the sorted listing once, before the next checks across pages: a checkout that adds thousands of
      // files must not sort the whole listing again for each one.
      const added = this.addedFiles.get(folder.uri.toString()) ?? new Set<string>();
      this.addedFiles.set(folder.uri.toString(), added.add(path));
      this.crossPageSoon();
    }
    if (this.isSetupFile(folder, path)) void this.rereadSetup(folder);
    if (documentKindOf(path)) this.recheckSoon(uri);
    else void this.folderCreated(uri);
  }

  /** True for a file the generator's address settings or menus are read from (`_config.yml`, `_data/menu.yml`). */
  private isSetupFile(folder: vscode.WorkspaceFolder, path: string): boolean {
    return siteSetupFilesOf([path], this.deps.sites.siteFor(folder.uri).generator).length > 0;
  }

  /** A settings, menu or data file changed: the folder's setup is read again, then the cross-page checks run. */
  private async rereadSetup(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const listing = this.listings.get(key);
    if (!listing) return;
    const setup = (await readGeneratorSetups([listing], this.deps.sites)).get(key);
    if (setup) this.setups.set(key, setup);
    this.crossPageSoon();
  }

  /** A folder created with files in it can arrive as one event for the folder: its pages are looked for. */
  private async folderCreated(uri: vscode.Uri): Promise<void> {
    try {
      if (((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) === 0) return;
      for (const page of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, pageGlob))) this.fileChanged(page);
    } catch {
      // Gone again already.
    }
  }

  private fileDeleted(uri: vscode.Uri): void {
    if (!this.hasRun) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const path = folder && relativePath(folder.uri, uri);
    if (!folder || path === undefined) return;
    if (path.endsWith('.gitignore')) return this.rerunIfChecked();
    // A deleted folder arrives as one event: everything under it has gone.
    const prefix = `${uri.toString()}/`;
    for (const key of [...this.pages.keys()]) {
      if (key === uri.toString() || key.startsWith(prefix)) {
        this.pages.delete(key);
        this.collection.delete(vscode.Uri.parse(key));
      }
    }
    const added = this.addedFiles.get(folder.uri.toString());
    if (added) for (const file of [...added]) if (file === path || file.startsWith(`${path}/`)) added.delete(file);
    const listing = this.listings.get(folder.uri.toString());
    if (listing) {
      const files = listing.files.filter((file) => file !== path && !file.startsWith(`${path}/`));
      this.listings.set(folder.uri.toString(), { ...listing, files });
    }
    if (this.isSetupFile(folder, path)) void this.rereadSetup(folder);
    this.crossPageSoon();
  }

  private recheckSoon(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.pendingFiles.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.pendingFiles.set(
      key,
      setTimeout(() => {
        this.pendingFiles.delete(key);
        void this.recheck(uri);
      }, settleMs),
    );
  }

  private async recheck(uri: vscode.Uri): Promise<void> {
    await this.running;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !this.hasRun) return;
    const page = await this.checkPage(folder, uri);
    const key = uri.toString();
    if (page) this.pages.set(key, page);
    else this.pages.delete(key);
    this.publish(key);
    this.crossPageSoon();
  }

  private crossPageSoon(): void {
    if (this.crossPageTimer !== undefined) clearTimeout(this.crossPageTimer);
    this.crossPageTimer = setTimeout(() => {
      this.crossPageTimer = undefined;
      // Page re-checks that are still waiting will call this again when they land. Only pages whose cross-page
      // findings may have changed are published again.
      void this.runCrossPage().then((touched) => {
        if (!touched) return;
        for (const key of touched) this.publish(key);
        this.updated.fire();
      });
    }, settleMs);
  }

  private rerunIfChecked(): void {
    if (this.running) {
      this.runAgain = true;
      return;
    }
    if (!this.hasRun) return;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Content Bridge: checking the whole site') }, () =>
      this.run(),
    );
  }

  private stopTimers(): void {
    this.pendingFiles.forEach((timer) => clearTimeout(timer));
    this.pendingFiles.clear();
    if (this.crossPageTimer !== undefined) clearTimeout(this.crossPageTimer);
    this.crossPageTimer = undefined;
  }
}

/** Whether checking is on for the page, read once per folder when `byFolder` keeps what was read. */
function isEnabled(uri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined, byFolder: Map<string, boolean> | undefined): boolean {
  if (!byFolder || !folder) return readDiagnosticsSettings(uri).enabled;
  const key = folder.uri.toString();
  let enabled = byFolder.get(key);
  if (enabled === undefined) byFolder.set(key, (enabled = readDiagnosticsSettings(folder.uri).enabled));
  return enabled;
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function isShownInATab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key && !document.isClosed);
}

/** True when htmlDiagnostics shows this page's results as it is edited. */
function isLive(uri: vscode.Uri): boolean {
  const document = findDocument(uri);
  return document !== undefined && isChecked(document) && isShownInATab(uri);
}

/** The output's note on a whole-site check: how far it got, how long it took and where it ran. */
function timingNote(cancelled: boolean, ranIn: WholeSiteResult['ranIn'], checked: number, total: number, seconds: string): string {
  if (cancelled) {
    return ranIn === 'worker'
      ? vscode.l10n.t('Stopped checking the whole site: {0} of {1} pages in {2} s (in a background worker).', checked, total, seconds)
      : vscode.l10n.t('Stopped checking the whole site: {0} of {1} pages in {2} s (on the main thread, between other work).', checked, total, seconds);
  }
  return ranIn === 'worker'
    ? vscode.l10n.t('Checked the whole site: {0} of {1} pages in {2} s (in a background worker).', checked, total, seconds)
    : vscode.l10n.t('Checked the whole site: {0} of {1} pages in {2} s (on the main thread, between other work).', checked, total, seconds);
}

/** Whether a sorted list holds `value` (a binary search: the listing of a large site has thousands of files). */
export function holdsSorted(sorted: readonly string[], value: string): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
