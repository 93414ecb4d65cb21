/** The shared shapes of an IT request: the draft the communicator fills in and what happened when it was sent. */
import type { Severity } from '../types';
import type { TrackerIssueRef } from './trackers/types';

export type { TrackerIssueRef } from './trackers/types';

/** The kind of support asked for; each becomes a label in the tracker. */
export type SupportKind = 'content' | 'broken-page' | 'publishing-access' | 'forms-data' | 'analytics' | 'other';

/** Which parts of the editor context go into the request. */
export interface ContextChoices {
  fileAndSelection: boolean;
  problems: boolean;
  git: boolean;
  linkToLines: boolean;
  environment: boolean;
}

export interface ItRequestDraft {
  id: string;
  kind: SupportKind;
  title: string;
  need: string;
  tried: string;
  /** YYYY-MM-DD; absent means no deadline. */
  neededBy?: string;
  include: ContextChoices;
  templateName?: string;
  createdAt: string;
  updatedAt: string;
  sent?: SentRecord;
}

export type DestinationKind = 'github' | 'gitlab' | 'jira' | 'email' | 'new-issue-page' | 'clipboard' | 'file';

export interface SentRecord {
  destination: DestinationKind;
  sentAt: string;
  /** The exact text that was sent, kept so the request is never lost. */
  text: string;
  issue?: TrackerIssueRef;
}

/** Words a communicator reads for each kind of support. */
export const supportKindLabels: Readonly<Record<SupportKind, string>> = {
  content: 'Website content or layout',
  'broken-page': 'A broken page',
  'publishing-access': 'Publishing and access',
  'forms-data': 'Forms and data',
  analytics: 'Analytics',
  other: 'Something else',
};

/** The tracker label for each kind of support. */
export const supportKindTrackerLabels: Readonly<Record<SupportKind, string>> = {
  content: 'content',
  'broken-page': 'broken-page',
  'publishing-access': 'publishing-access',
  'forms-data': 'forms-data',
  analytics: 'analytics',
  other: 'other',
};

export const supportKinds: readonly SupportKind[] = ['content', 'broken-page', 'publishing-access', 'forms-data', 'analytics', 'other'];

export const defaultContextChoices: Readonly<ContextChoices> = {
  fileAndSelection: true,
  problems: true,
  git: true,
  linkToLines: true,
  environment: true,
};

/** One secret hidden from the request text. */
export interface Redaction {
  /** What was hidden, in plain words, such as "a GitHub token". */
  what: string;
  /** Where, in plain words, such as "selected text, line 12". */
  where: string;
  /** 1-based line within the text that was scanned. */
  line: number;
}

/** The request as it will be shown and sent. */
export interface ComposedItRequest {
  title: string;
  /** Markdown. */
  body: string;
  labels: string[];
  redactions: Redaction[];
  /** The body's parts in order (without the closing line), so an issue template can place each where it belongs. */
  sections: ComposedSection[];
  /** The line that ends the body ("Prepared with Content Bridge …"). */
  closing: string;
}

export type ComposedSectionRole = 'kind' | 'need' | 'tried' | 'needed-by' | 'context' | 'hidden';

export interface ComposedSection {
  role: ComposedSectionRole;
  heading: string;
  content: string;
}

/** A problem found in the file, as the request lists it. */
export interface ItRequestProblem {
  /** 1-based, as people read line numbers. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity | 'hint';
  /** The rule or tool that found it, such as `image-alt`. */
  readonly code?: string;
  /** Who reported it, such as "Content Bridge" or another extension. */
  readonly source?: string;
  readonly message: string;
}
