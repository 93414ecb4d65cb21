import { applySplice, textHash } from '../../src/core/preview/textSplice';
import type { DocumentVersion, RenderPageMessage, RenderPatchMessage } from '../../src/shared/previewProtocol';

/**
 * The last page version received in full or rebuilt, kept in memory only (a reloaded preview starts empty and is
 * sent the full text). A change from the extension is applied to it only if it names this very version, and the
 * result is used only if its length and hash are the ones sent: a wrong page is never shown.
 */
export class HeldPage {
  private held: (DocumentVersion & { readonly html: string }) | undefined;

  /** A version received in full: the base for the next change. */
  hold(page: RenderPageMessage): void {
    this.held = { documentUri: page.documentUri, version: page.version, html: page.html };
  }

  /** The full version the change makes, held as the next base; undefined when it does not apply (ask for the full text). */
  rebuild(patch: RenderPatchMessage): RenderPageMessage | undefined {
    const base = this.held;
    this.held = undefined;
    if (!base || base.documentUri !== patch.documentUri || base.version !== patch.baseVersion) return undefined;
    const html = applySplice(base.html, patch);
    if (html === undefined || html.length !== patch.length || textHash(html) !== patch.hash) return undefined;
    const { documentUri, version, baseHref, kind, card, search, social, scripts, lines, parts } = patch;
    const page: RenderPageMessage = {
      type: 'render',
      documentUri,
      version,
      html,
      baseHref,
      kind,
      search,
      social,
      ...(card ? { card } : {}),
      ...(scripts ? { scripts } : {}),
      ...(lines ? { lines } : {}),
      ...(parts ? { parts } : {}),
    };
    this.hold(page);
    return page;
  }
}
