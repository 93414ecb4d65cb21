/**
 * The one message protocol between the IT request form (a webview) and the extension.
 * Both sides import these types, so a message changed on one side fails to compile on the other;
 * the extension checks every incoming message with `parseFormMessage` before acting on it.
 */
import type { ContextChoices, DestinationKind, Redaction, SupportKind } from '../core/itRequest/model';

/** What the communicator has typed and chosen: everything the form edits. */
export interface FormFields {
  readonly kind: SupportKind;
  readonly title: string;
  readonly need: string;
  readonly tried: string;
  /** YYYY-MM-DD, or empty for "no deadline". */
  readonly neededBy: string;
  readonly include: ContextChoices;
  /** The tracker's issue template chosen, or empty for none. */
  readonly templateName: string;
  readonly destination: DestinationKind;
}

/** A way to send the request, as the form lists it. */
export interface DestinationOption {
  readonly kind: DestinationKind;
  readonly label: string;
  /** False when it needs setting up first: choosing it leads to the setup. */
  readonly ready: boolean;
  /** Plain words: where it goes, or what setting it up involves. */
  readonly detail: string;
}

export interface TemplateOption {
  readonly name: string;
  readonly label: string;
}

/** Extension → form. */
export type ExtensionToFormMessage =
  | {
      readonly type: 'load';
      readonly draftId: string;
      readonly fields: FormFields;
      readonly destinations: readonly DestinationOption[];
      readonly templates: readonly TemplateOption[];
      /** Set once the request has gone: the form is shown read-only with what was sent. */
      readonly sentNote?: string;
    }
  | {
      readonly type: 'preview';
      /** The exact text that will be sent: title line, then the body. */
      readonly title: string;
      readonly body: string;
      readonly labels: readonly string[];
      readonly redactions: readonly Redaction[];
      /** A gentle note about the date, when it is sooner than IT can usually plan for. */
      readonly deadlineNote?: string;
    }
  | { readonly type: 'status'; readonly tone: 'info' | 'error'; readonly text: string }
  | { readonly type: 'destinations'; readonly destinations: readonly DestinationOption[]; readonly selected: DestinationKind };

/** Form → extension. */
export type FormToExtensionMessage =
  | { readonly type: 'ready' }
  /** Sent as the user types: the draft is saved and the preview recomposed. `draftId` is the draft the form showed. */
  | { readonly type: 'edit'; readonly draftId: string; readonly fields: FormFields }
  | { readonly type: 'send' }
  | { readonly type: 'setUpDestination'; readonly destination: DestinationKind };

const supportKindValues: readonly SupportKind[] = ['content', 'broken-page', 'publishing-access', 'forms-data', 'analytics', 'other'];
const destinationValues: readonly DestinationKind[] = ['github', 'gitlab', 'jira', 'email', 'new-issue-page', 'clipboard', 'file'];
const contextKeys: readonly (keyof ContextChoices)[] = ['fileAndSelection', 'problems', 'git', 'linkToLines', 'environment'];
/** Far beyond any real request; a bigger message is not from our form. */
const maxFieldLength = 100_000;

/** The message, if it is one the form may send; undefined for anything else (never throws). */
export function parseFormMessage(value: unknown): FormToExtensionMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
    case 'send':
      return { type: value.type };
    case 'setUpDestination':
      return isOneOf(value.destination, destinationValues) ? { type: 'setUpDestination', destination: value.destination } : undefined;
    case 'edit': {
      const fields = parseFields(value.fields);
      return fields && typeof value.draftId === 'string' ? { type: 'edit', draftId: value.draftId, fields } : undefined;
    }
    default:
      return undefined;
  }
}

export function parseFields(value: unknown): FormFields | undefined {
  if (!isRecord(value) || !isRecord(value.include)) return undefined;
  const { kind, title, need, tried, neededBy, templateName, destination, include } = value;
  if (!isOneOf(kind, supportKindValues) || !isOneOf(destination, destinationValues)) return undefined;
  if (![title, need, tried, neededBy, templateName].every(isText)) return undefined;
  if (typeof neededBy === 'string' && neededBy !== '' && !isIsoDate(neededBy)) return undefined;
  const choices = {} as Record<keyof ContextChoices, boolean>;
  for (const key of contextKeys) {
    if (typeof include[key] !== 'boolean') return undefined;
    choices[key] = include[key] as boolean;
  }
  return {
    kind,
    title: title as string,
    need: need as string,
    tried: tried as string,
    neededBy: neededBy as string,
    templateName: templateName as string,
    destination,
    include: choices,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxFieldLength;
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
