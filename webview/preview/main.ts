import type { ExtensionToPreviewMessage, PreviewState, PreviewToExtensionMessage } from '../../src/shared/previewProtocol';
import { blockNavigation } from './navigation';
import { sanitizePage } from './sanitizePage';

interface VsCodeApi {
  postMessage(message: PreviewToExtensionMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
/** Set by the shell in a folder VS Code does not trust: its policy then loads nothing from the web. */
const restricted = document.body.dataset.restricted === 'true';
/** The head last shown (with its base): typing usually changes only the body, and re-adding stylesheets would flash. */
let shownHead: string | undefined;
let renderCount = 0;

window.addEventListener('message', (event: MessageEvent<ExtensionToPreviewMessage>) => {
  const message = event.data;
  if (message?.type === 'render') render(message);
});

/**
 * Shows the page in this webview's own document. (An iframe would be tidier, but
 * VS Code's webview only serves local images and stylesheets to its own document.)
 * The page arrives without scripts, is cleaned again in the tree the browser built from it
 * (before any node joins this document), and the Content-Security-Policy set when this
 * webview loaded still stands, so nothing on the page can run or take the preview elsewhere.
 */
function render(message: ExtensionToPreviewMessage): void {
  const page = new DOMParser().parseFromString(message.html, 'text/html');
  sanitizePage(page);
  // Same page: stay where the reader is (after a reload of the webview, where they were). Another page: the top.
  const previous = vscode.getState();
  const samePage = previous?.documentUri === message.documentUri;
  const scrollY = !samePage ? 0 : shownHead === undefined ? previous.scrollY : window.scrollY;
  copyAttributes(page.documentElement, document.documentElement);
  const headHtml = `${message.baseHref}\n${page.head.innerHTML}`;
  if (headHtml !== shownHead) {
    // Copied before adopting: childNodes is live, and adopting a node takes it out of the list.
    const nodes = Array.from(page.head.childNodes).map((node) => document.adoptNode(node));
    document.head.replaceChildren(baseOf(message.baseHref), browserDefaults(), ...nodes);
    shownHead = headHtml;
  }
  document.body.replaceWith(document.adoptNode(page.body));
  document.body.append(scriptsOffBadge());
  window.scrollTo(0, scrollY);
  vscode.setState({ documentUri: message.documentUri, scrollY });
  const token = ++renderCount;
  void imagesSettled().then(() => {
    if (token !== renderCount) return; // A newer version is already showing.
    vscode.postMessage({
      type: 'rendered',
      version: message.version,
      title: document.title,
      firstHeading: document.body.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '',
    });
  });
}

/** Waits until every image has loaded or failed (at most a few seconds), so `rendered` reports the settled page. */
function imagesSettled(): Promise<unknown> {
  const pending = Array.from(document.images).filter((image) => !image.complete);
  const settled = pending.map((image) => new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
  }));
  return Promise.race([Promise.all(settled), new Promise((resolve) => setTimeout(resolve, 3000))]);
}

function copyAttributes(from: Element, to: Element): void {
  for (const name of to.getAttributeNames()) if (!from.hasAttribute(name)) to.removeAttribute(name);
  for (const name of from.getAttributeNames()) to.setAttribute(name, from.getAttribute(name) ?? '');
}

/** The only <base> in the document: the page's folder, so relative images and stylesheets load. */
function baseOf(href: string): HTMLBaseElement {
  const base = document.createElement('base');
  base.href = href;
  return base;
}

/** A browser shows an unstyled page black on white; the webview would otherwise use the editor's theme. */
function browserDefaults(): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.contentBridge = 'defaults';
  style.textContent = 'html { background: #fff; color: #000; color-scheme: light; }';
  return style;
}

/** A small note, isolated from the page's styles, so people know why interactive parts do nothing. */
function scriptsOffBadge(): HTMLElement {
  const host = document.createElement('content-bridge-note');
  const shadow = host.attachShadow({ mode: 'closed' });
  const note = document.createElement('div');
  note.textContent = restricted ? 'Preview · scripts off · web content off' : 'Preview · scripts off';
  note.title = restricted
    ? "The page's own scripts do not run in the preview, and because this folder is not trusted (Restricted Mode), images, fonts and styles from the web are not loaded."
    : "The page's own scripts do not run in the preview, so nothing on it can act on your computer.";
  const style = document.createElement('style');
  style.textContent =
    'div { position: fixed; right: 8px; bottom: 8px; z-index: 2147483647; padding: 2px 8px; border-radius: 10px; font: 11px system-ui, sans-serif; background: rgba(0,0,0,.65); color: #fff; opacity: .75; pointer-events: auto; }';
  shadow.append(style, note);
  return host;
}

/** Links open in the editor (or the browser) rather than navigating the preview away from the page. */
blockNavigation(window, (href) => vscode.postMessage({ type: 'openLink', href }));

window.addEventListener('scroll', () => {
  const state = vscode.getState();
  if (state) vscode.setState({ ...state, scrollY: window.scrollY });
});

vscode.postMessage({ type: 'ready' });
