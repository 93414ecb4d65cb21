/**
 * The one message protocol between the "Site report" webview and the extension. Both sides import these types;
 * the extension checks every incoming message with `parseSiteReportMessage` before acting on it.
 */
import type { SiteReport } from '../core/site/reportModel';

export type ExportFormat = 'markdown' | 'html';
export type ExportDestination = 'file' | 'clipboard';

/** Extension → webview. */
export type ExtensionToSiteReportMessage =
  | { readonly type: 'report'; readonly report: SiteReport }
  /** The site is being checked: the report will follow. */
  | { readonly type: 'checking'; readonly checked: number; readonly total: number }
  | { readonly type: 'status'; readonly tone: 'info' | 'error'; readonly text: string };

/** Webview → extension. */
export type SiteReportToExtensionMessage =
  | { readonly type: 'ready' }
  /** Open a page at a problem (1-based line and column, as the report shows them). */
  | { readonly type: 'open'; readonly path: string; readonly line: number; readonly column: number }
  | { readonly type: 'export'; readonly format: ExportFormat; readonly destination: ExportDestination }
  | { readonly type: 'recheck' }
  /** What the webview shows after drawing a report: the page at the top of the list and how many are listed. */
  | { readonly type: 'rendered'; readonly worstPage: string; readonly pagesShown: number };

/** The message if it is one the webview may send, else undefined (a webview's messages are never trusted blindly). */
export function parseSiteReportMessage(value: unknown): SiteReportToExtensionMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'recheck':
      return { type: message.type };
    case 'open':
      if (typeof message.path !== 'string' || message.path.length > 4096) return undefined;
      if (!isPositiveInteger(message.line) || !isPositiveInteger(message.column)) return undefined;
      return { type: 'open', path: message.path, line: message.line, column: message.column };
    case 'export':
      if ((message.format !== 'markdown' && message.format !== 'html') || (message.destination !== 'file' && message.destination !== 'clipboard'))
        return undefined;
      return { type: 'export', format: message.format, destination: message.destination };
    case 'rendered':
      if (typeof message.worstPage !== 'string' || typeof message.pagesShown !== 'number') return undefined;
      return { type: 'rendered', worstPage: message.worstPage.slice(0, 4096), pagesShown: message.pagesShown };
    default:
      return undefined;
  }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10_000_000;
}
