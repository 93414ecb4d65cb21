import morphdom from 'morphdom';
import { isKeptAcrossUpdates } from './previewNodes';

/**
 * Brings the page on show up to date with a new version of it, touching only what changed. Re-creating the whole
 * page on every keystroke made the browser parse, style and lay out a long page anew each time; changing it in
 * place keeps the elements that did not change (their images, their layout, the reader's scroll position), so
 * only the edited part is drawn again. The new page has already been cleaned (sanitizePage.ts) before it gets here.
 */

/** The element holding a Markdown page's settings card: its content lives in a shadow root morphing cannot see. */
export const cardElementName = 'content-bridge-card';

/** Changes the live `<body>` into `next` (a cleaned body from another document), in place. */
export function updateBody(live: HTMLElement, next: HTMLElement): void {
  morphdom(live, next, bodyOptions);
}

/**
 * Changes one node of the page on show into `next` (a cleaned node of the same kind and name from another
 * document), in place, as `updateBody` changes the body: used when only a few of the page's parts changed.
 */
export function updateNode(live: Node, next: Node): void {
  if (live.nodeType === live.ELEMENT_NODE) morphdom(live, next, bodyOptions);
  else if (live.nodeValue !== next.nodeValue) live.nodeValue = next.nodeValue;
}

const bodyOptions = {
  onBeforeElUpdated: (from: HTMLElement, to: HTMLElement): boolean => {
    if (from.localName === cardElementName) {
      updateCard(from, to);
      return false;
    }
    // Unchanged parts (most of the page after a keystroke) are left as they are, without walking into them.
    // (A <template>'s content is not compared: it is never shown, and no script runs here to use it.)
    return !from.isEqualNode(to);
  },
  onBeforeNodeDiscarded: (node: Node): boolean => !isKeptAcrossUpdates(node),
};

/** Changes the live `<head>` to hold `nodes`, in place: unchanged stylesheets stay loaded (no flash of an unstyled page). */
export function updateHead(live: HTMLHeadElement, nodes: readonly Node[]): void {
  const next = live.ownerDocument.createElement('head');
  next.append(...nodes);
  morphdom(live, next, {
    childrenOnly: true,
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
    onBeforeNodeDiscarded: (node) => !isKeptAcrossUpdates(node),
  });
}

/** The card says what it shows in `data-cb-card`; when that changed, its shadow content is swapped for the new one. */
function updateCard(from: HTMLElement, to: HTMLElement): void {
  if (from.dataset.cbCard === to.dataset.cbCard || !from.shadowRoot || !to.shadowRoot) return;
  from.dataset.cbCard = to.dataset.cbCard ?? '';
  from.shadowRoot.replaceChildren(...Array.from(to.shadowRoot.childNodes));
}
