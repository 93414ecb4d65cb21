import type { PageFacts } from '../core/site/siteCheck';
import type { CheckConfig, Finding } from '../core/types';
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

/** One file's outcome, in the order of the request. */
export interface WorkerFileResult {
  readonly unreadable?: string;
  readonly findings?: readonly Finding[];
  readonly text?: string;
  readonly sitePath?: string;
  readonly facts?: PageFacts;
}

export interface ChunkDone {
  readonly kind: 'chunk';
  readonly chunk: number;
  readonly results: readonly WorkerFileResult[];
}

export interface WorkerNote {
  readonly kind: 'note';
  readonly message: string;
}

export type WorkerMessage = ChunkDone | WorkerNote;
