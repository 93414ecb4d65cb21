import type { PageFacts } from '../core/site/siteCheck';
import type { CheckConfig, Finding, Severity } from '../core/types';
import type { SiteContext } from './checkFiles';
import type { HtmlFile } from './files';

/** What every checking thread is started with. */
export interface WorkerSetup {
  readonly config: CheckConfig;
  readonly site: SiteContext;
  readonly cwd: string;
  readonly wantText: boolean;
}

/** Files to check, numbered so results can be printed in the files' order; `sitePath` when the page's facts are wanted. */
export interface ChunkRequest {
  readonly chunk: number;
  readonly files: readonly (HtmlFile & { readonly sitePath?: string })[];
}

/** One file's outcome, in the order of the request; its findings are in the chunk's `findings`, `findingCount` of them. */
export interface WorkerFileResult {
  readonly unreadable?: string;
  readonly findingCount?: number;
  readonly text?: string;
  readonly sitePath?: string;
  readonly facts?: PageFacts;
}

export interface ChunkDone {
  readonly kind: 'chunk';
  readonly chunk: number;
  readonly results: readonly WorkerFileResult[];
  /** Every file's findings, one after another, packed (see packFindings). */
  readonly findings: PackedFindings;
}

export interface WorkerNote {
  readonly kind: 'note';
  readonly message: string;
}

export type WorkerMessage = ChunkDone | WorkerNote;

/**
 * Findings packed for the trip between threads: the numbers of every finding in one typed array (moved, not
 * copied), each repeated word (rule id, severity, message) once in a table. Fixes stay behind: no output format
 * prints them, and copying them cost more than the rest of a finding.
 */
export interface PackedFindings {
  readonly strings: readonly string[];
  /** Per finding: rule id, severity and message (indexes into `strings`), start and end offsets, range (4 numbers). */
  readonly numbers: Int32Array;
}

const fieldsPerFinding = 9;

export function packFindings(findings: readonly Finding[]): PackedFindings {
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

const noFixes: Finding['fixes'] = [];

/** `count` findings from `first` on, as the output formats read them (without their fixes). */
export function unpackFindings(packed: PackedFindings, first: number, count: number): Finding[] {
  const { strings, numbers } = packed;
  const findings: Finding[] = [];
  for (let i = first; i < first + count; i++) {
    const at = i * fieldsPerFinding;
    findings.push({
      ruleId: strings[numbers[at]!]!,
      severity: strings[numbers[at + 1]!]! as Severity,
      message: strings[numbers[at + 2]!]!,
      startOffset: numbers[at + 3]!,
      endOffset: numbers[at + 4]!,
      range: { start: { line: numbers[at + 5]!, character: numbers[at + 6]! }, end: { line: numbers[at + 7]!, character: numbers[at + 8]! } },
      fixes: noFixes,
    });
  }
  return findings;
}
