import { spliceBetween, textHashAfter, type HashedText } from '../../core/preview/textSplice';
import type { DocumentVersion, RenderPageMessage, RenderPatchMessage } from '../../shared/previewProtocol';

/**
 * Decides, for each version of the page sent to one preview, whether it goes in full or as the change from the
 * version before. A change is sent only when the webview said it showed exactly the last version sent (its
 * 'rendered' answer): then it holds that HTML. Anything else — the first version, another page, a version not yet
 * answered for, a reloaded webview, a webview that could not apply a change — goes in full.
 */
export class PageVersionSender {
  /** With the hash of its HTML when it went as a change: the next change's hash goes on from the part both share. */
  private lastSent: (DocumentVersion & { readonly html: string; readonly hashed?: HashedText }) | undefined;
  private confirmed: DocumentVersion | undefined;

  /** The message to post for this version, remembered as the last one sent. */
  next(page: RenderPageMessage): RenderPageMessage | RenderPatchMessage {
    const base = this.lastSent;
    this.lastSent = { documentUri: page.documentUri, version: page.version, html: page.html };
    if (!base || !this.confirmed || !sameVersion(base, this.confirmed) || base.documentUri !== page.documentUri) return page;
    const { html, ...fields } = page;
    const splice = spliceBetween(base.html, html);
    const hashed = textHashAfter(html, base.hashed, splice.start);
    this.lastSent = { ...this.lastSent, hashed };
    return { ...fields, type: 'renderPatch', baseVersion: base.version, ...splice, length: html.length, hash: hashed.hash };
  }

  /** The webview showed this version (its 'rendered' answer). */
  shown(version: DocumentVersion): void {
    this.confirmed = version;
  }

  /** The webview holds no page we know of (it was reloaded, or a change did not apply): the next version goes in full. */
  forget(): void {
    this.lastSent = undefined;
    this.confirmed = undefined;
  }
}

function sameVersion(one: DocumentVersion, other: DocumentVersion): boolean {
  return one.documentUri === other.documentUri && one.version === other.version;
}
