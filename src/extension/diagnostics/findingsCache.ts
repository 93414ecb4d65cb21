import type * as vscode from 'vscode';
import { checkDocument, type CheckConfig, type CheckOptions, type Finding } from '../../core';
import type { WorkerCheckOptions } from '../../shared/checkWorkerProtocol';
import type { BackgroundChecker } from '../worker/backgroundChecker';

/** What the settings of a file depend on: where it is. */
export interface FileRef {
  readonly uri: vscode.Uri;
}

interface Entry {
  readonly version: number;
  readonly findings: readonly Finding[];
}

interface InFlight {
  readonly version: number;
  readonly findings: Promise<readonly Finding[] | undefined>;
}

/** Large pages go to the background checker; `isLarge` says which (see contentBridge.checking.largePageSize). */
export interface BackgroundChecking {
  readonly checker: BackgroundChecker;
  readonly isLarge: (document: vscode.TextDocument) => boolean;
}

/**
 * The latest findings per document, tagged with the document version they
 * were computed from. Fixes are offsets into that exact text, so a stale
 * entry is never used: it is recomputed instead. Large pages are checked in the
 * background checker, and an answer for a version that is no longer current is dropped.
 */
export class FindingsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, InFlight>();
  /** Bumped when every entry is dropped (settings changed), so an answer to an older question is not kept. */
  private generation = 0;

  constructor(
    private readonly configFor: (file: FileRef) => CheckConfig,
    /** The folder's markdownlint settings, for Markdown documents (undefined: Content Bridge's choice of its rules). */
    private readonly markdownlintFor: (file: FileRef) => CheckOptions['markdownlint'],
    /** The document's path inside its site and the site generator, which decide page or layout. */
    private readonly siteFor: (file: FileRef) => Pick<CheckOptions, 'path' | 'generator'> = () => ({}),
    private readonly background?: BackgroundChecking,
    /** Told when a rule throws (the page only gets a short note): logs the stack for a bug report. */
    private readonly onRuleFailure?: CheckOptions['onRuleFailure'],
  ) {}

  /** The findings, checked here and now (on this thread) when not already known for this version. */
  findingsFor(document: vscode.TextDocument): readonly Finding[] {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.findings;
    const findings = checkDocument(document.getText(), {
      ...this.optionsFor(document),
      ...(this.onRuleFailure ? { onRuleFailure: this.onRuleFailure } : {}),
    });
    this.entries.set(key, { version: document.version, findings });
    return findings;
  }

  /** The findings already known for the document's current version, without checking. */
  peek(document: vscode.TextDocument): readonly Finding[] | undefined {
    const cached = this.entries.get(document.uri.toString());
    return cached && cached.version === document.version ? cached.findings : undefined;
  }

  /**
   * The findings for the document's current version, checked in the background for a large page. Undefined when the
   * document changed (or closed) while it was being checked: that answer is stale, and a newer check is on its way.
   */
  async findingsForLatest(document: vscode.TextDocument): Promise<readonly Finding[] | undefined> {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.findings;
    if (!this.background?.isLarge(document)) return this.findingsFor(document);
    const version = document.version;
    const generation = this.generation;
    const running = this.inFlight.get(key);
    if (running && running.version === version) return running.findings;
    const findings = this.background.checker
      .check({ uri: key, version, text: document.getText(), options: this.optionsFor(document), wantFacts: false })
      .then((result) => {
        if (this.inFlight.get(key)?.version === version) this.inFlight.delete(key);
        if (document.isClosed || document.version !== version || generation !== this.generation) return undefined;
        this.entries.set(key, { version, findings: result.findings });
        return result.findings;
      });
    this.inFlight.set(key, { version, findings });
    return findings;
  }

  /** What `checkDocument` is given for this document, as plain data a worker can receive. */
  optionsFor(document: vscode.TextDocument): WorkerCheckOptions {
    return this.optionsForFile(document.uri, kindOf(document));
  }

  /** The same for a file that is not open (the whole-site check reads it from disk). */
  optionsForFile(uri: vscode.Uri, kind: 'html' | 'markdown'): WorkerCheckOptions {
    const file = { uri };
    return {
      kind,
      config: this.configFor(file),
      ...this.siteFor(file),
      ...(kind === 'markdown' ? { markdownlint: this.markdownlintFor(file) } : {}),
    };
  }

  forget(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
    this.inFlight.delete(document.uri.toString());
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.inFlight.clear();
  }
}

/** Markdown documents are read as Markdown; every other checked language as HTML. */
export function kindOf(document: vscode.TextDocument): 'html' | 'markdown' {
  return document.languageId === 'markdown' ? 'markdown' : 'html';
}
