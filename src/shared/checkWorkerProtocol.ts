/**
 * The one message protocol between the extension and its checking worker (a `worker_threads` Worker on the
 * desktop, a Web Worker in VS Code for the Web). Everything in it is plain data, so it crosses the boundary by
 * structured clone. Each request names the document and the version its text was read at, so the extension can
 * drop an answer that arrives after the document changed again.
 */
import type { DocumentKind } from '../core/checkDocument';
import type { FileRole } from '../core/site/fileRole';
import type { SiteGenerator } from '../core/site/generator';
import type { PageFacts } from '../core/site/siteCheck';
import type { SiteSettings } from '../core/site/siteSettings';
import type { Range } from '../core/text/lineIndex';
import type { CheckConfig, Finding, Fix, Severity } from '../core/types';

/** What `checkDocument` needs, without anything that cannot be copied to a worker (such as rule objects). */
export interface WorkerCheckOptions {
  readonly kind: DocumentKind;
  readonly config?: CheckConfig;
  /** Site-relative path with forward slashes. */
  readonly path?: string;
  readonly generator?: SiteGenerator;
  readonly role?: FileRole;
  readonly markdownlint?: Readonly<Record<string, unknown>>;
}

export interface CheckRequest {
  readonly type: 'check';
  readonly id: number;
  /** The document's URI as a string: only echoed back. */
  readonly uri: string;
  /** The document version the text was read at (-1 for a file read from disk). */
  readonly version: number;
  readonly text: string;
  readonly options: WorkerCheckOptions;
  /** Also gather what the cross-page checks need from this page. */
  readonly wantFacts: boolean;
  /** False when only the facts are needed (a page open in an editor has its findings from the editor's own check). */
  readonly wantFindings: boolean;
  /** With `wantFacts`: the site (its folder's URI) whose cross-page checks the worker keeps these facts for. */
  readonly site?: string;
}

/**
 * The checks across pages of one site, run where the pages' facts are kept (the worker), so the extension host's
 * main thread stays free. `pages` lists the site's pages now (facts of others are forgotten); `facts` brings the
 * facts of pages the worker does not have (after it was restarted), when it answered with `missing`.
 */
export interface CrossPageRequest {
  readonly type: 'crossPage';
  readonly id: number;
  readonly site: string;
  readonly pages: readonly string[];
  readonly files: readonly string[];
  readonly generator: SiteGenerator;
  readonly config?: CheckConfig;
  readonly siteUrl?: string;
  /** The generator's address settings (permalink patterns, languages), read from its configuration files. */
  readonly settings?: SiteSettings;
  readonly facts?: readonly PageFacts[];
}

export type WorkerRequest = CheckRequest | CrossPageRequest;

export type CrossPageResponse =
  /** Findings by site-relative path, each list packed. */
  | {
      readonly type: 'crossPageChecked';
      readonly id: number;
      readonly paths: readonly string[];
      readonly findings: readonly PackedFindings[];
      readonly elapsedMs: number;
    }
  /** The worker lacks these pages' facts: ask again with them. */
  | { readonly type: 'crossPageMissing'; readonly id: number; readonly missing: readonly string[] }
  | { readonly type: 'crossPageFailed'; readonly id: number; readonly message: string };

/** Checks what arrives from a worker about the checks across pages. */
export function isCrossPageResponse(value: unknown): value is CrossPageResponse {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (typeof message.id !== 'number') return false;
  switch (message.type) {
    case 'crossPageChecked':
      return (
        Array.isArray(message.paths) &&
        Array.isArray(message.findings) &&
        message.paths.length === message.findings.length &&
        message.findings.every(isPackedFindings) &&
        typeof message.elapsedMs === 'number'
      );
    case 'crossPageMissing':
      return Array.isArray(message.missing) && message.missing.every((path) => typeof path === 'string');
    case 'crossPageFailed':
      return typeof message.message === 'string';
    default:
      return false;
  }
}

/** Checks a cross-page request before the worker runs it. */
export function isCrossPageRequest(value: unknown): value is CrossPageRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message.type === 'crossPage' &&
    typeof message.id === 'number' &&
    typeof message.site === 'string' &&
    typeof message.generator === 'string' &&
    Array.isArray(message.pages) &&
    message.pages.every((path) => typeof path === 'string') &&
    Array.isArray(message.files) &&
    message.files.every((path) => typeof path === 'string') &&
    (message.facts === undefined || Array.isArray(message.facts)) &&
    (message.settings === undefined || (typeof message.settings === 'object' && message.settings !== null))
  );
}

export type WorkerResponse =
  | {
      readonly type: 'checked';
      readonly id: number;
      readonly uri: string;
      readonly version: number;
      /** The findings, packed by `packFindings` (a large page has thousands, mostly repeating the same words). */
      readonly findings: PackedFindings;
      readonly facts?: PageFacts;
      /** How long the check took inside the worker, in milliseconds. */
      readonly elapsedMs: number;
    }
  | { readonly type: 'failed'; readonly id: number; readonly uri: string; readonly version: number; readonly message: string };

/** Checks what arrives from a worker before the extension relies on it. */
export function isWorkerResponse(value: unknown): value is WorkerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (typeof message.id !== 'number' || typeof message.uri !== 'string' || typeof message.version !== 'number') return false;
  if (message.type === 'checked') return isPackedFindings(message.findings) && typeof message.elapsedMs === 'number';
  return message.type === 'failed' && typeof message.message === 'string';
}

/** Checks what arrives in the worker before it is checked. */
export function isWorkerRequest(value: unknown): value is CheckRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  const options = message.options as Record<string, unknown> | undefined;
  return (
    message.type === 'check' &&
    typeof message.id === 'number' &&
    typeof message.uri === 'string' &&
    typeof message.version === 'number' &&
    typeof message.text === 'string' &&
    typeof message.wantFacts === 'boolean' &&
    typeof message.wantFindings === 'boolean' &&
    typeof options === 'object' &&
    options !== null &&
    (options.kind === 'html' || options.kind === 'markdown')
  );
}

/** The words and numbers of findings packed for the trip between threads, without their fixes. */
export interface PackedFindingFields {
  readonly strings: readonly string[];
  /** Per finding: rule id, severity and message (indexes into `strings`), start and end offsets, range (4 numbers). */
  readonly numbers: Int32Array;
}

/**
 * Findings packed for the trip between threads. Copying 5,000 findings as objects took 200–300 ms on the receiving
 * side here, on the extension host's main thread. Packed, the numbers travel as one typed array, each repeated word
 * (rule id, severity, message) once in a table, and each finding's fixes as a JSON text parsed only when a fix is
 * asked for (a quick fix or fix-all): unpacking is a few milliseconds.
 */
export interface PackedFindings extends PackedFindingFields {
  /** Per finding: its fixes as JSON, or '' for none. */
  readonly fixes: readonly string[];
}

const fieldsPerFinding = 9;

/** Packs findings' words and numbers (the command line's threads send only these: no output format prints fixes). */
export function packFindingFields(findings: readonly Finding[]): PackedFindingFields {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (value: string) => {
    let at = index.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      index.set(value, at);
    }
    return at;
  };
  const numbers = new Int32Array(findings.length * fieldsPerFinding);
  let at = 0;
  for (const finding of findings) {
    const { start, end } = finding.range;
    numbers[at++] = intern(finding.ruleId);
    numbers[at++] = intern(finding.severity);
    numbers[at++] = intern(finding.message);
    numbers[at++] = finding.startOffset;
    numbers[at++] = finding.endOffset;
    numbers[at++] = start.line;
    numbers[at++] = start.character;
    numbers[at++] = end.line;
    numbers[at++] = end.character;
  }
  return { strings, numbers };
}

/** Finding number `i` of packed fields, without its fixes. */
export function findingFieldsAt(packed: PackedFindingFields, i: number): Omit<Finding, 'fixes'> {
  const { strings, numbers } = packed;
  const at = i * fieldsPerFinding;
  return {
    ruleId: strings[numbers[at]],
    severity: strings[numbers[at + 1]] as Severity,
    message: strings[numbers[at + 2]],
    startOffset: numbers[at + 3],
    endOffset: numbers[at + 4],
    range: { start: { line: numbers[at + 5], character: numbers[at + 6] }, end: { line: numbers[at + 7], character: numbers[at + 8] } },
  };
}

export function packFindings(findings: readonly Finding[]): PackedFindings {
  return { ...packFindingFields(findings), fixes: findings.map((finding) => (finding.fixes.length === 0 ? '' : JSON.stringify(finding.fixes))) };
}

export function unpackFindings(packed: PackedFindings): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < packed.fixes.length; i++) {
    const { ruleId, severity, message, startOffset, endOffset, range } = findingFieldsAt(packed, i);
    findings.push(new UnpackedFinding(ruleId, severity, message, startOffset, endOffset, range, packed.fixes[i]));
  }
  return findings;
}

/** A finding whose fixes are parsed the first time they are read (a quick fix or fix-all), once. */
class UnpackedFinding implements Finding {
  private parsedFixes: readonly Fix[] | undefined;

  constructor(
    readonly ruleId: string,
    readonly severity: Severity,
    readonly message: string,
    readonly startOffset: number,
    readonly endOffset: number,
    readonly range: Range,
    private readonly fixesJson: string,
  ) {}

  get fixes(): readonly Fix[] {
    this.parsedFixes ??= this.fixesJson === '' ? [] : (JSON.parse(this.fixesJson) as Fix[]);
    return this.parsedFixes;
  }

  toJSON(): Finding {
    return {
      ruleId: this.ruleId,
      severity: this.severity,
      message: this.message,
      startOffset: this.startOffset,
      endOffset: this.endOffset,
      range: this.range,
      fixes: this.fixes,
    };
  }
}

function isPackedFindings(value: unknown): value is PackedFindings {
  if (typeof value !== 'object' || value === null) return false;
  const packed = value as Record<string, unknown>;
  return (
    Array.isArray(packed.strings) &&
    Array.isArray(packed.fixes) &&
    packed.numbers instanceof Int32Array &&
    packed.numbers.length === packed.fixes.length * fieldsPerFinding
  );
}
