import type { PageFacts } from '../core/site/siteCheck';
import type { CheckConfig, Finding } from '../core/types';
import { findingFieldsAt, packFindingFields, type PackedFindingFields } from '../shared/checkWorkerProtocol';
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
 * copied), each repeated word (rule id, severity, message) once in a table, as the editor's worker packs them. Fixes
 * stay behind: no output format prints them, and copying them cost more than the rest of a finding.
 */
export type PackedFindings = PackedFindingFields;

export const packFindings = packFindingFields;

const noFixes: Finding['fixes'] = [];

/** `count` findings from `first` on, as the output formats read them (without their fixes). */
export function unpackFindings(packed: PackedFindings, first: number, count: number): Finding[] {
  const findings: Finding[] = [];
  for (let i = first; i < first + count; i++) findings.push({ ...findingFieldsAt(packed, i), fixes: noFixes });
  return findings;
}
