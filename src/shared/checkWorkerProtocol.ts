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
import type { CheckConfig, Finding } from '../core/types';

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
}

export type WorkerRequest = CheckRequest;

export type WorkerResponse =
  | {
      readonly type: 'checked';
      readonly id: number;
      readonly uri: string;
      readonly version: number;
      readonly findings: readonly Finding[];
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
  if (message.type === 'checked') return Array.isArray(message.findings) && typeof message.elapsedMs === 'number';
  return message.type === 'failed' && typeof message.message === 'string';
}

/** Checks what arrives in the worker before it is checked. */
export function isWorkerRequest(value: unknown): value is WorkerRequest {
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
    typeof options === 'object' &&
    options !== null &&
    (options.kind === 'html' || options.kind === 'markdown')
  );
}
