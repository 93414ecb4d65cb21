import type * as vscode from 'vscode';
import { checkDocument, type CheckConfig, type CheckOptions, type Finding } from '../../core';

interface Entry {
  readonly version: number;
  readonly findings: readonly Finding[];
}

/**
 * The latest findings per document, tagged with the document version they
 * were computed from. Fixes are offsets into that exact text, so a stale
 * entry is never used: it is recomputed instead.
 */
export class FindingsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly configFor: (document: vscode.TextDocument) => CheckConfig,
    /** The folder's markdownlint settings, for Markdown documents (undefined: Content Bridge's choice of its rules). */
    private readonly markdownlintFor: (document: vscode.TextDocument) => CheckOptions['markdownlint'],
    /** The document's path inside its site and the site generator, which decide page or layout. */
    private readonly siteFor: (document: vscode.TextDocument) => Pick<CheckOptions, 'path' | 'generator'> = () => ({}),
    /** Told when a rule throws (the page only gets a short note): logs the stack for a bug report. */
    private readonly onRuleFailure?: CheckOptions['onRuleFailure'],
  ) {}

  findingsFor(document: vscode.TextDocument): readonly Finding[] {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.findings;
    const kind = kindOf(document);
    const findings = checkDocument(document.getText(), {
      kind,
      config: this.configFor(document),
      ...this.siteFor(document),
      ...(this.onRuleFailure ? { onRuleFailure: this.onRuleFailure } : {}),
      ...(kind === 'markdown' ? { markdownlint: this.markdownlintFor(document) } : {}),
    });
    this.entries.set(key, { version: document.version, findings });
    return findings;
  }

  forget(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Markdown documents are read as Markdown; every other checked language as HTML. */
export function kindOf(document: vscode.TextDocument): 'html' | 'markdown' {
  return document.languageId === 'markdown' ? 'markdown' : 'html';
}
