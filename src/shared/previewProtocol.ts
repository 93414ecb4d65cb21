/**
 * The one message protocol between the preview webview and the extension.
 * Both sides import these types, so a message changed on one side fails to
 * compile on the other.
 */

/** Extension → webview. */
export type ExtensionToPreviewMessage = {
  readonly type: 'render';
  /** The page to show, already made safe for the preview (no scripts, no redirects, no <base> of its own). */
  readonly html: string;
  /** The page's folder as the webview reaches it: the preview's one <base>, so relative addresses load. */
  readonly baseHref: string;
  /** Which document this is: the reader's scroll position is kept while it stays the same. */
  readonly documentUri: string;
  /** The document version this HTML came from, echoed back in `rendered`. */
  readonly version: number;
};

/** Webview → extension. */
export type PreviewToExtensionMessage =
  | { readonly type: 'ready' }
  | {
      readonly type: 'rendered';
      readonly version: number;
      /** What a reader sees: the page's title and its first heading. */
      readonly title: string;
      readonly firstHeading: string;
    }
  | { readonly type: 'openLink'; readonly href: string };

/** What the webview keeps with `setState`, so a preview hidden and shown again returns to the same place. */
export interface PreviewState {
  readonly documentUri: string;
  readonly scrollY: number;
}

export function isPreviewToExtensionMessage(value: unknown): value is PreviewToExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown };
  return message.type === 'ready' || message.type === 'rendered' || message.type === 'openLink';
}
