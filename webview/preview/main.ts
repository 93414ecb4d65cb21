import {
  parseExtensionMessage,
  parsePreviewView,
  type DocumentVersion,
  type ExtensionToPreviewMessage,
  type PageProblem,
  type PreviewState,
  type PreviewToExtensionMessage,
  type PreviewView,
} from '../../src/shared/previewProtocol';
import { blockNavigation } from './navigation';
import { sanitizePage } from './sanitizePage';
import { elementAt, offsetAtTop, positionedAncestor } from './sourcePositions';
import { frontMatterCard } from './card';
import { installProblemTooltip, overlayStyle, showProblems } from './overlay';
import { createToolbar, defaultView } from './toolbar';
import { createSharingView } from './sharingViews';
import { siteOriginOf } from '../../src/core/trust/restrictedMode';

const remoteDirectives = new Set(['img-src', 'media-src', 'font-src', 'style-src', 'style-src-elem', 'style-src-attr']);

interface VsCodeApi {
  postMessage(message: PreviewToExtensionMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
type RenderMessage = Extract<ExtensionToPreviewMessage, { type: 'render' }>;
type ShowBuiltMessage = Extract<ExtensionToPreviewMessage, { type: 'showBuilt' }>;

const vscode = acquireVsCodeApi();
/** Set by the shell in a folder VS Code does not trust: its policy then loads nothing from the web. */
const restricted = document.body.dataset.restricted === 'true';
/** VS Code's theme colours live in the style attribute of <html>; the page's own attributes must not wipe them. */
const themeStyle = document.documentElement.getAttribute('style') ?? '';
/** The head last shown (with its base): typing usually changes only the body, and re-adding stylesheets would flash. */
let shownHead: string | undefined;
let renderCount = 0;
/** The page and version on show: messages about any other are stale. */
let shown: DocumentVersion | undefined;
/** The toolbar's choices; a restored preview looks as it did (a panel brought back without its state gets them from the shell). */
let view: PreviewView = { ...defaultView, ...(vscode.getState()?.view ?? restoredView()) };
/** Built pages mode, as the extension last said: kept with the state, so a reload comes back to it. */
let builtMode = vscode.getState()?.built === true;
/** Whether the page on show is the server's built page (in a frame) rather than the file. */
let showingBuiltPage = false;
/** The extension's setting: scrolling together can be turned off for good there, and for now in the toolbar. */
let scrollSyncSetting = true;
let problems: { readonly about: DocumentVersion; readonly list: readonly PageProblem[] } | undefined;
/** What the Search result and Social card tabs show: the file's page, or the built page. */
let lastRender: Pick<RenderMessage, 'search' | 'social' | 'baseHref'> | undefined;
/** Until then, scroll events are the preview following the editor, not the reader: they are not sent back. */
let followingEditorUntil = 0;
let cursorOffset: number | undefined;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseExtensionMessage(event.data);
  if (!message) return; // Not one of ours, or malformed: ignored.
  switch (message.type) {
    case 'render':
      // Same page, older version than on show: a late message.
      if (shown?.documentUri === message.documentUri && message.version < shown.version) return;
      render(message);
      return;
    case 'showBuilt':
      showBuilt(message);
      return;
    case 'options':
      scrollSyncSetting = message.scrollSync;
      return;
    case 'mode':
      builtMode = message.built;
      toolbar.setMode(message.label, message.built, message.detail, message.showsBuiltPage);
      saveState({});
      return;
    case 'scrollTo':
      if (isCurrent(message) && scrollSyncOn()) scrollToSource(message.offset);
      return;
    case 'problems':
      if (shown?.documentUri !== message.documentUri) return;
      problems = { about: message, list: message.problems };
      drawProblems();
      return;
    case 'cursor':
      // Typing moves the cursor before the new version is shown: remembered, and marked when that version renders.
      if (shown?.documentUri !== message.documentUri) return;
      cursorOffset = message.offset;
      if (isCurrent(message)) markCursor(message.offset, message.reveal === true);
      return;
  }
});

function scrollSyncOn(): boolean {
  return scrollSyncSetting && view.scrollSync;
}

/** Problems computed for the version on show are drawn; others wait for theirs (or the next answer). */
function drawProblems(): void {
  // A built page is in a frame from the server: the file's problems cannot be outlined on it (the toolbar says so).
  if (!problems || !shown || problems.about.documentUri !== shown.documentUri || showingBuiltPage) return;
  const outlined = showProblems(document, problems.list, view.overlay && problems.about.version === shown.version);
  const count = problems.list.length;
  toolbar.setNote(
    count === 0 ? 'No problems found' : !view.overlay ? `${count} problem${count === 1 ? '' : 's'} (outlines hidden)` : `${count} problem${count === 1 ? '' : 's'}, ${outlined} outlined`,
  );
}

function isCurrent(message: DocumentVersion): boolean {
  return shown?.documentUri === message.documentUri && shown.version === message.version;
}

/**
 * Shows the page in this webview's own document. (An iframe would be tidier, but
 * VS Code's webview only serves local images and stylesheets to its own document.)
 * The page arrives without scripts, is cleaned again in the tree the browser built from it
 * (before any node joins this document), and the Content-Security-Policy set when this
 * webview loaded still stands, so nothing on the page can run or take the preview elsewhere.
 */
function render(message: RenderMessage): void {
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
  if (message.card) document.body.prepend(frontMatterCard(message.card));
  document.body.append(scriptsOffBadge());
  shown = { documentUri: message.documentUri, version: message.version };
  showingBuiltPage = false;
  lastRender = message;
  if (!samePage) {
    blockedSites = new Set();
    toolbar.setBlocked([]);
    cursorOffset = undefined;
    problems = undefined;
    toolbar.setNote('');
  }
  drawProblems();
  sharing.show(view.tab, message.search, message.social, message.baseHref);
  if (cursorOffset !== undefined) markCursor(cursorOffset);
  followingEditorUntil = Date.now() + 200;
  window.scrollTo(0, scrollY);
  vscode.setState({ documentUri: message.documentUri, scrollY, view, built: builtMode });
  const token = ++renderCount;
  void imagesSettled().then(() => {
    if (token !== renderCount) return; // A newer version is already showing.
    vscode.postMessage({
      type: 'rendered',
      documentUri: message.documentUri,
      version: message.version,
      title: document.title,
      firstHeading: document.body.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '',
    });
  });
}

/**
 * Built pages mode: the page as the development server serves it, in a frame (the policy allows frames from that
 * local server only in this mode). The frame is sandboxed: the page's scripts stay off, as in the file's preview.
 */
function showBuilt(message: ShowBuiltMessage): void {
  const body = document.createElement('body');
  body.style.margin = '0';
  const frame = document.createElement('iframe');
  frame.title = message.label;
  frame.setAttribute('sandbox', '');
  frame.style.cssText = `display: block; border: 0; width: 100%; height: calc(100vh - ${toolbar.height()}px);`;
  frame.addEventListener('load', () => vscode.postMessage({ type: 'builtShown', documentUri: message.documentUri, version: message.version, address: message.address }), { once: true });
  frame.src = message.address;
  body.append(frame);
  document.body.replaceWith(body);
  shownHead = undefined; // The next file render brings its head back.
  shown = { documentUri: message.documentUri, version: message.version };
  problems = undefined;
  showingBuiltPage = true;
  toolbar.setNote('');
  // The tabs read the built page (when the server's page could not be read, they show nothing rather than another page).
  lastRender = message.search && message.social ? { search: message.search, social: message.social, baseHref: message.address } : undefined;
  sharing.show(view.tab, lastRender?.search, lastRender?.social, lastRender?.baseHref);
  builtMode = true;
  vscode.setState({ documentUri: message.documentUri, scrollY: 0, view, built: true });
}

/** Keeps the state as it is, with these parts changed. */
function saveState(change: Partial<PreviewState>): void {
  const state = vscode.getState();
  if (state) vscode.setState({ ...state, view, built: builtMode, ...change });
}

/** The toolbar's choices the extension wrote into the shell when it brought a panel back after a reload. */
function restoredView(): PreviewView | undefined {
  const written = document.body.dataset.view;
  if (!written) return undefined;
  try {
    return parsePreviewView(JSON.parse(written));
  } catch {
    return undefined;
  }
}

/** The editor scrolled: the element written at `offset` goes to the top of the page. */
function scrollToSource(offset: number): void {
  const element = elementAt(document, offset);
  if (!element) return;
  followingEditorUntil = Date.now() + 300;
  window.scrollTo(0, Math.max(0, window.scrollY + element.getBoundingClientRect().top - toolbar.height()));
}

/** The element around the editor's cursor gets a quiet mark, so people see where they are typing. */
function markCursor(offset: number, reveal = false): void {
  cursorOffset = offset;
  for (const marked of Array.from(document.querySelectorAll('[data-cb-cursor]'))) marked.removeAttribute('data-cb-cursor');
  const element = elementAt(document, offset);
  element?.setAttribute('data-cb-cursor', '');
  // The cursor is on a problem (chosen in the Problems panel, say): bring it into view on the page.
  if (element && reveal) {
    followingEditorUntil = Date.now() + 300;
    element.scrollIntoView({ block: 'center' });
  }
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
  to.setAttribute('style', `${themeStyle};${from.getAttribute('style') ?? ''}`);
  // The toolbar and the tabs live beside <body>, which each render replaces.
  if (!toolbar.host.isConnected) to.append(toolbar.host, sharing.host);
}

/** The only <base> in the document: the page's folder, so relative images and stylesheets load. */
function baseOf(href: string): HTMLBaseElement {
  const base = document.createElement('base');
  base.href = href;
  return base;
}

/**
 * A browser shows an unstyled page black on white; the webview would otherwise use the editor's theme.
 * The cursor mark uses the editor's own colour for the line the cursor is on.
 */
function browserDefaults(): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.contentBridge = 'defaults';
  style.textContent =
    'html { background: #fff; color: #000; color-scheme: light; }\n' +
    '[data-cb-cursor] { outline: 2px solid var(--vscode-editor-lineHighlightBorder, var(--vscode-focusBorder, #0078d4)) !important; outline-offset: 2px; }\n' +
    overlayStyle;
  return style;
}

/** The chosen width and zoom, applied to <body> (the page's own media queries still follow the panel's width). */
const viewStyle = document.createElement('style');
function applyView(): void {
  const top = toolbar.height();
  sharing.setTop(top);
  viewStyle.textContent =
    // Room for the toolbar above the page.
    `html { padding-top: ${top}px !important; scroll-padding-top: ${top}px; }\n` +
    (view.width > 0 ? `body { width: ${view.width}px !important; max-width: none !important; margin-left: auto !important; margin-right: auto !important; box-sizing: border-box; box-shadow: 0 0 0 1px #c8c8c8; }\n` : '') +
    (view.zoom !== 100 ? `body { zoom: ${view.zoom / 100}; }` : '');
  if (!viewStyle.isConnected) document.documentElement.append(viewStyle);
}

const toolbar = createToolbar(
  view,
  (next) => {
    const overlayChanged = next.overlay !== view.overlay;
    view = next;
    applyView();
    if (overlayChanged) drawProblems();
    sharing.show(view.tab, lastRender?.search, lastRender?.social, lastRender?.baseHref);
    saveState({});
  },
  {
    refresh: () => vscode.postMessage({ type: 'refresh' }),
    openInBrowser: () => vscode.postMessage({ type: 'openInBrowser' }),
    resized: () => applyView(),
    allow: (sites) => vscode.postMessage({ type: 'allowSites', sites }),
    builtPages: (on) => vscode.postMessage({ type: 'builtPages', on }),
  },
);

/** Sites whose images, fonts or styles the policy refused on this page (not in Restricted Mode: nothing loads there). */
let blockedSites = new Set<string>();
document.addEventListener('securitypolicyviolation', (event) => {
  if (restricted || !remoteDirectives.has(event.effectiveDirective)) return;
  const site = siteOriginOf(event.blockedURI);
  if (!site || blockedSites.has(site)) return;
  blockedSites.add(site);
  toolbar.setBlocked([...blockedSites]);
});
const sharing = createSharingView();
document.documentElement.append(toolbar.host, sharing.host);
applyView();
installProblemTooltip(window);

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
blockNavigation(window, (href) => {
  if (shown) vscode.postMessage({ type: 'openLink', ...shown, href });
});

/** A click anywhere else on the page shows and selects its source in the editor (links never get here). */
document.addEventListener('click', (event) => {
  if (!shown || event.button !== 0 || window.getSelection()?.isCollapsed === false) return; // Selecting text is not a jump.
  const target = positionedAncestor(event.target);
  if (target) vscode.postMessage({ type: 'selectSource', ...shown, start: target.span.start, end: target.span.end });
});

let scrollReport: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  const state = vscode.getState();
  if (state) vscode.setState({ ...state, scrollY: window.scrollY });
  if (!scrollSyncOn() || Date.now() < followingEditorUntil) return;
  // Reported once the scrolling pauses briefly: the editor follows without chasing every frame.
  if (scrollReport !== undefined) clearTimeout(scrollReport);
  scrollReport = setTimeout(() => {
    const offset = offsetAtTop(document, toolbar.height());
    if (shown && offset !== undefined) vscode.postMessage({ type: 'scrolled', ...shown, offset });
  }, 80);
});

vscode.postMessage({ type: 'ready' });
