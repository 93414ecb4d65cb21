/**
 * The preview document must never be replaced by another one: a followed link, a submitted form or a
 * redirect would load a page the extension has not made safe, with its scripts. Links are handed to the
 * extension instead (it opens the file in the editor, or asks before opening the browser), and links
 * to a part of the same page scroll there, as in a browser.
 */

export type LinkAction =
  { readonly kind: 'scroll'; readonly fragment: string } | { readonly kind: 'open'; readonly href: string } | { readonly kind: 'ignore' };

const xlinkNamespace = 'http://www.w3.org/1999/xlink';

/** What a click on a link with this `href` should do. */
export function linkAction(href: string | null): LinkAction {
  const trimmed = (href ?? '').trim();
  if (trimmed === '') return { kind: 'ignore' };
  if (trimmed.startsWith('#')) return { kind: 'scroll', fragment: decodeFragment(trimmed.slice(1)) };
  return { kind: 'open', href: trimmed };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The link a click landed in (HTML `<a>`, image map `<area>` or SVG `<a>`), with its address. */
export function linkOf(target: EventTarget | null): { readonly element: Element; readonly href: string | null } | undefined {
  const node = target as Node | null;
  const start = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  const element = start?.closest('a, area');
  if (!element) return undefined;
  const href = element.getAttribute('href') ?? element.getAttributeNS(xlinkNamespace, 'href');
  return { element, href };
}

/** The element an in-page link points at: by id, then by `<a name>`; the top of the page for "#" and "#top". */
export function scrollTargetOf(document: Document, fragment: string): Element | 'top' | undefined {
  if (fragment !== '') {
    const byId = document.getElementById(fragment);
    if (byId) return byId;
    const byName = Array.from(document.getElementsByName(fragment)).find((element) => element.localName === 'a');
    if (byName) return byName;
  }
  return fragment === '' || fragment.toLowerCase() === 'top' ? 'top' : undefined;
}

/**
 * Intercepts, before the page's own elements see them, every click on a link (primary, middle or with a
 * modifier key) and every form submission.
 */
export function blockNavigation(window: Window, openLink: (href: string) => void): void {
  const onClick = (event: MouseEvent) => {
    const link = linkOf(event.target);
    if (!link) return;
    // preventDefault alone is not enough: VS Code's own click handling in the webview would still see the event
    // and open the link's resolved address in a browser tab.
    event.preventDefault();
    event.stopImmediatePropagation();
    // A middle click opens nothing; nor does a click a page's own script made (when the user let its scripts run).
    if (event.type !== 'click' || !event.isTrusted) return;
    const action = linkAction(link.href);
    if (action.kind === 'open') openLink(action.href);
    if (action.kind === 'scroll') {
      const target = scrollTargetOf(window.document, action.fragment);
      if (target === 'top') window.scrollTo(0, 0);
      else target?.scrollIntoView();
    }
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('auxclick', onClick, true);
  window.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );
}
