import '../shared/l10n';
import * as l10n from '@vscode/l10n';
import {
  pageFrameChannelMessage,
  parseExtensionMessage,
  parsePageFrameAnswer,
  parsePreviewView,
  type PreviewToPageFrameMessage,
  type DocumentVersion,
  type ExtensionToPreviewMessage,
  type PageProblem,
  type PreviewState,
  type PreviewToExtensionMessage,
  type PreviewView,
} from '../../src/shared/previewProtocol';
import { blockNavigation } from './navigation';
import { sanitizePage } from './sanitizePage';
import { elementAt, offsetAtTop, positionedAncestor, setLineStarts } from './sourcePositions';
import { frontMatterCard } from './card';
import { installProblemTooltip, overlayStyle, showProblems } from './overlay';
import { createToolbar, defaultView } from './toolbar';
import { createSharingView } from './sharingViews';
import { siteOriginOf } from '../../src/core/trust/restrictedMode';
import { scriptedPageSource } from './scriptedPage';
import { updateBody, updateHead } from './updatePage';
import { HeldPage } from './pagePatch';
import { differenceFromWhole, measureParts, parseInParts, partsOnShow, updateParts, type PageChange, type ShownParts } from './pageParts';

const remoteDirectives = new Set(['img-src', 'media-src', 'font-src', 'style-src', 'style-src-elem', 'style-src-attr']);

interface VsCodeApi {
  postMessage(message: PreviewToExtensionMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
type RenderMessage = Extract<ExtensionToPreviewMessage, { type: 'render' }>;
type ShowBuiltMessage = Extract<ExtensionToPreviewMessage, { type: 'showBuilt' }>;
type PatchMessage = Extract<ExtensionToPreviewMessage, { type: 'renderPatch' }>;

const vscode = acquireVsCodeApi();
/** Set by the shell in a folder VS Code does not trust: its policy then loads nothing from the web. */
const restricted = document.body.dataset.restricted === 'true';
/** Set by the shell when the user allowed the shown page's scripts: the nonce the policy lets them run with. */
const pageScriptNonce = document.body.dataset.pageScripts;
/** The note in the corner saying whether the page's scripts run. */
const badgeNote = document.createElement('div');
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
/** The last file page shown, drawn again when the page's frame has to be filled anew. */
let lastPage: RenderMessage | undefined;
/** Until then, scroll events are the preview following the editor, not the reader: they are not sent back. */
let followingEditorUntil = 0;
let cursorOffset: number | undefined;
/** The last page version received, to which the next version's change is applied. */
const heldPage = new HeldPage();
/** The parts of the page on show and the version and card they are for: a change to a few parts reads only those. */
let shownParts: { readonly about: DocumentVersion; readonly card: string; readonly parts: ShownParts } | undefined;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseExtensionMessage(event.data);
  if (!message) return; // Not one of ours, or malformed: ignored.
  switch (message.type) {
    case 'render':
      // Same page, older version than on show: a late message.
      if (shown?.documentUri === message.documentUri && message.version < shown.version) return;
      heldPage.hold(message);
      render(message, Date.now());
      return;
    case 'renderPatch': {
      if (shown?.documentUri === message.documentUri && message.version < shown.version) return;
      const receivedAt = Date.now();
      const page = heldPage.rebuild(message);
      // The change does not fit the page held here: the page on show stays until the full text arrives.
      if (page) render(page, receivedAt, message);
      else vscode.postMessage({ type: 'needFullText', documentUri: message.documentUri, version: message.version });
      return;
    }
    case 'showBuilt':
      showBuilt(message);
      return;
    case 'options':
      scrollSyncSetting = message.scrollSync;
      return;
    case 'mode':
      builtMode = message.built;
      toolbar.setMode(message.label, message.built, message.detail, message.showsBuiltPage, message.restart);
      saveState({});
      return;
    case 'scriptsNote':
      toolbar.setScriptsNote(message.text);
      return;
    case 'checkPage': {
      // Only the page drawn here from the file can be checked (not the built page, nor the page with its scripts).
      if (!isCurrent(message) || !page || !lastPage || scriptsFrame || showingBuiltPage) return;
      const difference = differenceFromWhole(new DOMParser(), page.document.body, lastPage.html);
      vscode.postMessage({ ...message, type: 'pageChecked', same: difference === '', difference });
      return;
    }
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
  if (scriptsFrame) {
    sendProblemsToScriptsFrame();
    return;
  }
  // A built page is in a frame from the server: the file's problems cannot be outlined on it (the toolbar says so).
  if (!problems || !shown || !page || problems.about.documentUri !== shown.documentUri || showingBuiltPage) return;
  const outlined = showProblems(page.document, problems.list, view.overlay && problems.about.version === shown.version);
  setProblemsNote(problems.list.length, outlined);
}

function setProblemsNote(count: number, outlined: number): void {
  toolbar.setNote(
    count === 0
      ? l10n.t('No problems found')
      : !view.overlay
        ? count === 1
          ? l10n.t('1 problem (outlines hidden)')
          : l10n.t('{0} problems (outlines hidden)', count)
        : count === 1
          ? l10n.t('1 problem, {0} outlined', outlined)
          : l10n.t('{0} problems, {1} outlined', count, outlined),
  );
}

function isCurrent(message: DocumentVersion): boolean {
  return shown?.documentUri === message.documentUri && shown.version === message.version;
}

/**
 * The page is shown in a frame of its own, sized to the chosen width, so the page's media queries see that width
 * (a phone's 375 pixels) as a phone's browser would. The frame loads this webview's own (empty) address: VS Code's
 * webview serves the page's images and stylesheets only to documents at that address. It is sandboxed without
 * scripts and has the same origin, so this script fills it in, and it gets this webview's Content-Security-Policy
 * before anything of the page enters it; nothing in it can run.
 */
const frame = document.createElement('iframe');
frame.dataset.cbPage = '';
frame.title = l10n.t('The page');
frame.setAttribute('sandbox', 'allow-same-origin');
/** VS Code's empty page at this webview's address (its service worker finds the webview by the `id`). */
const emptyPageAddress = (() => {
  const address = new URL('fake.html', location.href);
  address.search = new URLSearchParams({ id: new URLSearchParams(location.search).get('id') ?? '' }).toString();
  return address.href;
})();
frame.src = emptyPageAddress;
const shellPolicy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? "default-src 'none'";
/** The frame's document once it has loaded. */
let page: { readonly document: Document; readonly window: Window } | undefined;
/** A page that arrived before the frame had loaded. */
let pending: RenderMessage | undefined;
frame.addEventListener('load', () => {
  let loaded: Document | null = null;
  try {
    loaded = frame.contentDocument;
  } catch {
    // Another origin: not ours.
  }
  const loadedWindow = frame.contentWindow;
  if (!loaded || !loadedWindow || loaded.URL !== emptyPageAddress) {
    // Never expected (links, forms and redirects are stopped): back to the empty page, filled in again.
    page = undefined;
    frame.src = emptyPageAddress;
    return;
  }
  const policy = loaded.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = shellPolicy;
  loaded.head.prepend(policy);
  loaded.body.replaceChildren();
  page = { document: loaded, window: loadedWindow };
  shownHead = undefined;
  watchPage(loaded, loadedWindow);
  applyView();
  const next = pending ?? (showingBuiltPage ? undefined : lastPage);
  pending = undefined;
  if (next) render(next);
});

/** Built pages mode shows the development server's page in a frame of its own, in place of the page's frame. */
let builtFrame: HTMLIFrameElement | undefined;

/**
 * Shows the page in the frame. The page arrives without scripts, is cleaned again in the tree the browser built
 * from it (before any node joins the frame's document), and the Content-Security-Policy still stands, so nothing
 * on the page can run or take the preview elsewhere.
 */
function render(message: RenderMessage, receivedAt?: number, change?: PatchMessage): void {
  const partsBefore = shownParts;
  shownParts = undefined;
  toolbar.setScripts(message.scripts === true && pageScriptNonce !== undefined, message.kind === 'html' && !restricted);
  setBadge(message.scripts === true && pageScriptNonce !== undefined);
  if (message.scripts && pageScriptNonce) {
    void renderWithScripts(message, pageScriptNonce);
    return;
  }
  if (!page) {
    pending = message;
    return;
  }
  if (builtFrame) {
    builtFrame.remove();
    builtFrame = undefined;
  }
  if (scriptsFrame) {
    scriptsFrame.remove();
    scriptsFrame = undefined;
  }
  frame.hidden = false;
  const { document: pageDocument, window: pageWindow } = page;
  const phases = new PhaseClock();
  // Same page: stay where the reader is (after a reload of the webview, where they were). Another page: the top.
  const previous = vscode.getState();
  const samePage = previous?.documentUri === message.documentUri;
  const scrollY = !samePage ? 0 : shownHead === undefined ? previous.scrollY : pageWindow.scrollY;
  const card = JSON.stringify(message.card ?? null);
  const inParts = change && partsBefore ? renderChangedParts(partsBefore, change, message, card, pageDocument, phases) : undefined;
  if (inParts) {
    shownParts = { about: { documentUri: message.documentUri, version: message.version }, card, parts: inParts };
    phases.spent.parts = 1;
  } else {
    shownParts = renderWhole(message, card, pageDocument, phases);
  }
  setLineStarts(message.lines);
  phases.mark('update');
  shown = { documentUri: message.documentUri, version: message.version };
  showingBuiltPage = false;
  lastRender = message;
  lastPage = message;
  if (!samePage) {
    blockedSites = new Set();
    toolbar.setBlocked([]);
    cursorOffset = undefined;
    problems = undefined;
    toolbar.setNote('');
  }
  sharing.show(view.tab, message.search, message.social, message.baseHref);
  // The page was changed in place, so the reader's position is kept; a new page (or a reloaded frame) is placed.
  if (pageWindow.scrollY !== scrollY) {
    followingEditorUntil = Date.now() + 200;
    pageWindow.scrollTo(0, scrollY);
  }
  vscode.setState({ documentUri: message.documentUri, scrollY, view, built: builtMode });
  phases.mark('rest');
  const token = ++renderCount;
  void painted().then(() => {
    if (token !== renderCount) return; // A newer version is already showing.
    const shownAt = Date.now();
    phases.mark('paint');
    // The outlines and the cursor mark follow the painted page (the update took the old ones off with the old text).
    drawProblems();
    if (cursorOffset !== undefined) markCursor(cursorOffset);
    phases.mark('marks');
    vscode.postMessage({
      type: 'rendered',
      documentUri: message.documentUri,
      version: message.version,
      title: pageDocument.title,
      firstHeading: pageDocument.body.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '',
      shownAt,
      ...(receivedAt !== undefined ? { receivedAt, phases: phases.spent } : {}),
    });
  });
}

/**
 * Shows the page parsed whole (with its parts proven when it has them, see pageParts.ts): the parts on show, if any.
 * Marks the 'parse' and 'clean' steps.
 */
function renderWhole(message: RenderMessage, card: string, pageDocument: Document, phases: PhaseClock): typeof shownParts {
  const inParts = message.parts ? parseInParts(new DOMParser(), message.html, message.parts) : undefined;
  const parsed = inParts?.document ?? new DOMParser().parseFromString(message.html, 'text/html');
  phases.mark('parse');
  if (message.card) parsed.body.prepend(frontMatterCard(message.card));
  // Parts equal to the page on show (cleaned when they arrived) are not cleaned again: typing cleans the edited part.
  sanitizePage(parsed, { cleanedBefore: pageDocument.documentElement });
  const measured = inParts ? measureParts(inParts) : undefined;
  phases.mark('clean');
  copyAttributes(parsed.documentElement, pageDocument.documentElement);
  const headHtml = `${message.baseHref}\n${parsed.head.innerHTML}`;
  if (headHtml !== shownHead) {
    // Copied first: childNodes is live, and moving a node takes it out of the list.
    const nodes = Array.from(parsed.head.childNodes);
    updateHead(pageDocument.head, [baseOf(pageDocument, message.baseHref), browserDefaults(pageDocument), ...nodes]);
    shownHead = headHtml;
  }
  // Only what changed is touched: typing redraws the edited part, not the whole page.
  updateBody(pageDocument.body, parsed.body);
  const parts = measured ? partsOnShow(measured, pageDocument.body) : undefined;
  return parts ? { about: { documentUri: message.documentUri, version: message.version }, card, parts } : undefined;
}

/**
 * Shows a change by reading again only the parts it touched, when the page on show is the change's base with the
 * same card and proven parts; undefined when that cannot be done (nothing on show was touched then).
 */
function renderChangedParts(
  before: NonNullable<typeof shownParts>,
  change: PatchMessage,
  message: RenderMessage,
  card: string,
  pageDocument: Document,
  phases: PhaseClock,
): ShownParts | undefined {
  if (!message.parts || before.card !== card || before.about.documentUri !== change.documentUri || before.about.version !== change.baseVersion)
    return undefined;
  if (before.parts.container.ownerDocument !== pageDocument || shownHead === undefined) return undefined;
  const splice: PageChange = { start: change.start, removed: change.removed, inserted: change.inserted };
  try {
    return updateParts(new DOMParser(), before.parts, splice, message.html, message.parts, (step) => phases.mark(step));
  } catch (error) {
    // Never expected; the whole page is then shown, which puts right anything changed on the way.
    console.error('Content Bridge could not update the changed parts of the preview', error);
    return undefined;
  }
}

/** How long each step of showing a version took (milliseconds), for the speed benchmark. */
class PhaseClock {
  readonly spent: Record<string, number> = {};
  private last = performance.now();
  mark(phase: string): void {
    const now = performance.now();
    this.spent[phase] = Math.round((now - this.last) * 10) / 10;
    this.last = now;
  }
}

/** The page with its scripts running, when the user allowed them (see scriptedPage.ts). */
let scriptsFrame: HTMLIFrameElement | undefined;

async function renderWithScripts(message: RenderMessage, nonce: string): Promise<void> {
  const token = ++renderCount;
  const source = await scriptedPageSource(message.html, message.baseHref, nonce, await pageAgentSource());
  if (token !== renderCount) return; // A newer version is already on its way.
  builtFrame?.remove();
  builtFrame = undefined;
  const next = document.createElement('iframe');
  next.title = l10n.t('The page, with its scripts');
  // Scripts, but not this webview's origin: they cannot reach the preview, VS Code or the editor.
  next.setAttribute('sandbox', 'allow-scripts');
  next.addEventListener(
    'load',
    () => {
      if (token !== renderCount) return;
      openScriptsFrameChannel(next, message);
      vscode.postMessage({
        type: 'rendered',
        documentUri: message.documentUri,
        version: message.version,
        ...whatReadersSee(message.html),
        shownAt: Date.now(),
      });
    },
    { once: true },
  );
  next.srcdoc = source;
  frame.hidden = true;
  if (scriptsFrame) scriptsFrame.replaceWith(next);
  else stage.append(next);
  scriptsFrame = next;
  applyView();
  if (shown?.documentUri !== message.documentUri) {
    cursorOffset = undefined;
    scriptsPageTop = undefined;
  }
  shown = { documentUri: message.documentUri, version: message.version };
  lastRender = message;
  lastPage = message;
  problems = undefined;
  scriptsChannel?.close();
  scriptsChannel = undefined;
  toolbar.setNote('');
  showingBuiltPage = false;
  sharing.show(view.tab, message.search, message.social, message.baseHref);
  vscode.setState({ documentUri: message.documentUri, scrollY: 0, view, built: builtMode });
}

/** The preview's end of the channel to its script in the frame where the page's scripts run (pageAgent.ts). */
let scriptsChannel: MessagePort | undefined;

/** The preview's script for that frame, read once from the webview's own files (the frame cannot load it itself). */
const pageAgentAddress = new URL('previewPageAgent.js', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href).href;
let pageAgent: Promise<string | undefined> | undefined;
function pageAgentSource(): Promise<string | undefined> {
  pageAgent ??= fetch(pageAgentAddress)
    .then((response) => (response.ok ? response.text() : undefined))
    .catch(() => undefined);
  return pageAgent;
}

/**
 * Hands the frame's script its end of a new channel, with the page and version it shows. Only that script receives
 * it (it takes the message before the page's scripts can), and the preview listens to nothing else from the frame.
 */
function openScriptsFrameChannel(target: HTMLIFrameElement, message: RenderMessage): void {
  const channel = new MessageChannel();
  scriptsChannel?.close();
  scriptsChannel = channel.port1;
  const about: DocumentVersion = { documentUri: message.documentUri, version: message.version };
  channel.port1.onmessage = (event: MessageEvent<unknown>) => {
    const answer = parsePageFrameAnswer(event.data);
    if (!answer || target !== scriptsFrame || !isCurrent(answer)) return;
    switch (answer.type) {
      case 'openLink':
        vscode.postMessage({ type: 'openLink', ...about, href: answer.href });
        return;
      case 'selectSource':
        vscode.postMessage({ type: 'selectSource', ...about, start: answer.start, end: answer.end });
        return;
      case 'outlined':
        if (problems && problems.about.version === answer.version) setProblemsNote(problems.list.length, answer.count);
        return;
      case 'scrolled':
        scriptsPageTop = answer.offset;
        if (scrollSyncOn()) vscode.postMessage({ type: 'scrolled', ...about, offset: answer.offset });
        return;
    }
  };
  target.contentWindow?.postMessage({ type: pageFrameChannelMessage, ...about }, '*', [channel.port2]);
  drawProblems();
  // Each version is a new frame, which starts at the top: the reader is put back where they were.
  if (scriptsPageTop !== undefined) sendToScriptsFrame({ type: 'scrollTo', ...about, offset: scriptsPageTop });
  if (cursorOffset !== undefined) sendToScriptsFrame({ type: 'cursor', ...about, offset: cursorOffset, reveal: false, colour: cursorColour() });
}

/** Where the page in the scripts frame was last scrolled to (by the reader or the editor): the source offset at its top. */
let scriptsPageTop: number | undefined;

function sendToScriptsFrame(message: PreviewToPageFrameMessage): void {
  scriptsChannel?.postMessage(message);
}

/** The colour of the cursor mark, as the normal preview's style picks it (that frame cannot read VS Code's theme). */
function cursorColour(): string {
  const theme = getComputedStyle(document.documentElement);
  return theme.getPropertyValue('--vscode-editor-lineHighlightBorder').trim() || theme.getPropertyValue('--vscode-focusBorder').trim() || '#0078d4';
}

/** The page's problems to the frame where its scripts run; its script outlines them and says how many. */
function sendProblemsToScriptsFrame(): void {
  if (!scriptsChannel || !problems || !shown || problems.about.documentUri !== shown.documentUri) return;
  const theme = getComputedStyle(document.documentElement);
  const colour = (name: string, fallback: string) => theme.getPropertyValue(name).trim() || fallback;
  const message: PreviewToPageFrameMessage = {
    type: 'problems',
    ...shown,
    problems: problems.list,
    show: view.overlay && problems.about.version === shown.version,
    colours: {
      error: colour('--vscode-editorError-foreground', '#e51400'),
      warning: colour('--vscode-editorWarning-foreground', '#bf8803'),
      info: colour('--vscode-editorInfo-foreground', '#1a85ff'),
    },
  };
  sendToScriptsFrame(message);
}

/** The title and first heading of the page as written (its scripts may change them once it runs). */
function whatReadersSee(html: string): { readonly title: string; readonly firstHeading: string } {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return { title: parsed.title, firstHeading: parsed.body.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '' };
}

/**
 * Resolves once the new page has been painted (the frame after the next animation frame), which is when a reader
 * sees it; images may still be loading, as in a browser. A hidden panel paints nothing: it answers at once.
 */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * Built pages mode: the page as the development server serves it, in a frame (the policy allows frames from that
 * local server only in this mode). The frame is sandboxed: the page's scripts stay off, as in the file's preview.
 */
function showBuilt(message: ShowBuiltMessage): void {
  shownParts = undefined;
  scriptsFrame?.remove();
  scriptsFrame = undefined;
  builtFrame?.remove();
  builtFrame = document.createElement('iframe');
  builtFrame.title = message.label;
  builtFrame.setAttribute('sandbox', '');
  builtFrame.addEventListener(
    'load',
    () => vscode.postMessage({ type: 'builtShown', documentUri: message.documentUri, version: message.version, address: message.address }),
    { once: true },
  );
  builtFrame.src = message.address;
  frame.hidden = true;
  stage.append(builtFrame);
  applyView();
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
  if (scriptsFrame) {
    scriptsPageTop = offset;
    if (shown) sendToScriptsFrame({ type: 'scrollTo', ...shown, offset });
    return;
  }
  if (!page) return;
  const element = elementAt(page.document, offset);
  if (!element) return;
  followingEditorUntil = Date.now() + 300;
  page.window.scrollTo(0, Math.max(0, page.window.scrollY + element.getBoundingClientRect().top));
}

/** The element around the editor's cursor gets a quiet mark, so people see where they are typing. */
function markCursor(offset: number, reveal = false): void {
  cursorOffset = offset;
  if (scriptsFrame) {
    if (shown) sendToScriptsFrame({ type: 'cursor', ...shown, offset, reveal, colour: cursorColour() });
    return;
  }
  if (!page) return;
  for (const marked of Array.from(page.document.querySelectorAll('[data-cb-cursor]'))) marked.removeAttribute('data-cb-cursor');
  const element = elementAt(page.document, offset);
  element?.setAttribute('data-cb-cursor', '');
  // The cursor is on a problem (chosen in the Problems panel, say): bring it into view on the page.
  if (element && reveal) {
    followingEditorUntil = Date.now() + 300;
    element.scrollIntoView({ block: 'center' });
  }
}

function copyAttributes(from: Element, to: Element): void {
  for (const name of to.getAttributeNames()) if (!from.hasAttribute(name) && name !== 'style') to.removeAttribute(name);
  for (const name of from.getAttributeNames())
    if (name !== 'style' && to.getAttribute(name) !== from.getAttribute(name)) to.setAttribute(name, from.getAttribute(name) ?? '');
  // VS Code's theme colours (for the outlines and the cursor mark) live in the style attribute of the webview's <html>.
  // Set only when it differs: setting the same style again would make the browser restyle the whole page.
  const style = `${document.documentElement.getAttribute('style') ?? ''};${from.getAttribute('style') ?? ''}`;
  if (to.getAttribute('style') !== style) to.setAttribute('style', style);
}

/** The only <base> in the page: the page's folder, so relative images and stylesheets load. */
function baseOf(pageDocument: Document, href: string): HTMLBaseElement {
  const base = pageDocument.createElement('base');
  base.href = href;
  return base;
}

/**
 * A browser shows an unstyled page black on white; the webview would otherwise use the editor's theme.
 * The cursor mark uses the editor's own colour for the line the cursor is on.
 */
function browserDefaults(pageDocument: Document): HTMLStyleElement {
  const style = pageDocument.createElement('style');
  style.dataset.contentBridge = 'defaults';
  style.textContent =
    'html { background: #fff; color: #000; color-scheme: light; }\n' +
    '[data-cb-cursor] { outline: 2px solid var(--vscode-editor-lineHighlightBorder, var(--vscode-focusBorder, #0078d4)) !important; outline-offset: 2px; }\n' +
    overlayStyle;
  return style;
}

/** The webview's own layout: the toolbar on top, the page's frame below it at the chosen width, centred. */
const stage = document.createElement('div');
stage.id = 'stage';
const shellStyle = document.createElement('style');
shellStyle.textContent =
  'html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; }\n' +
  '#stage { position: fixed; left: 0; right: 0; bottom: 0; top: var(--cb-top, 40px); overflow: auto; background: var(--vscode-editorWidget-background, #f3f3f3); }\n' +
  '#stage > iframe { display: block; box-sizing: content-box; height: 100%; width: 100%; margin: 0 auto; border: 0; background: #fff; }\n' +
  '#stage > iframe[hidden] { display: none; }\n' +
  '#stage.narrow > iframe { box-shadow: 0 0 0 1px #c8c8c8; }';
/** The chosen zoom, inside the page's document (it survives each render: it sits outside <head> and <body>). */
let pageViewStyle: HTMLStyleElement | undefined;

function applyView(): void {
  const top = toolbar.height();
  sharing.setTop(top);
  stage.style.setProperty('--cb-top', `${top}px`);
  document.documentElement.style.setProperty('--cb-top', `${top}px`);
  const width = view.width > 0 ? `${view.width}px` : '100%';
  frame.style.width = width;
  if (builtFrame) builtFrame.style.width = width;
  if (scriptsFrame) scriptsFrame.style.width = width;
  stage.classList.toggle('narrow', view.width > 0);
  if (!page) return;
  if (!pageViewStyle || pageViewStyle.ownerDocument !== page.document) pageViewStyle = page.document.createElement('style');
  pageViewStyle.textContent = view.zoom !== 100 ? `body { zoom: ${view.zoom / 100}; }` : '';
  if (!pageViewStyle.isConnected) page.document.documentElement.append(pageViewStyle);
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
    pageScripts: (on) => vscode.postMessage({ type: 'pageScripts', on }),
  },
);

/** Sites whose images, fonts or styles the policy refused on this page (not in Restricted Mode: nothing loads there). */
let blockedSites = new Set<string>();
function noteBlocked(event: SecurityPolicyViolationEvent): void {
  if (restricted || !remoteDirectives.has(event.effectiveDirective)) return;
  const site = siteOriginOf(event.blockedURI);
  if (!site || blockedSites.has(site)) return;
  blockedSites.add(site);
  toolbar.setBlocked([...blockedSites]);
}
document.addEventListener('securitypolicyviolation', noteBlocked);
const sharing = createSharingView();
document.head.append(shellStyle);
stage.append(frame);
document.body.replaceChildren(stage, scriptsOffBadge());
document.documentElement.append(toolbar.host, sharing.host);
applyView();

/** A small note, isolated from the page's styles, so people know why interactive parts do nothing (or do). */
function scriptsOffBadge(): HTMLElement {
  const host = document.createElement('content-bridge-note');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent =
    'div { position: fixed; right: 8px; bottom: 8px; z-index: 2147483647; padding: 2px 8px; border-radius: 10px; font: 11px system-ui, sans-serif; background: rgba(0,0,0,.65); color: #fff; opacity: .75; pointer-events: auto; }';
  shadow.append(style, badgeNote);
  setBadge(false);
  return host;
}

function setBadge(scriptsOn: boolean): void {
  if (scriptsOn) {
    badgeNote.textContent = l10n.t('Preview · scripts on');
    badgeNote.title = l10n.t("You allowed this page's own scripts: they run in the preview, apart from VS Code and your files. Turn them off in the toolbar.");
    return;
  }
  badgeNote.textContent = restricted ? l10n.t('Preview · scripts off · web content off') : l10n.t('Preview · scripts off');
  badgeNote.title = restricted
    ? l10n.t(
        "The page's own scripts do not run in the preview, and because this folder is not trusted (Restricted Mode), images, fonts and styles from the web are not loaded.",
      )
    : l10n.t("The page's own scripts do not run in the preview, so nothing on it can act on your computer.");
}

/** What the reader does in the page's frame: links, clicks, scrolling, hovering an outline, refused loads. */
function watchPage(pageDocument: Document, pageWindow: Window): void {
  // Links open in the editor (or the browser) rather than navigating the frame away from the page.
  blockNavigation(pageWindow, (href) => {
    if (shown) vscode.postMessage({ type: 'openLink', ...shown, href });
  });
  // A click anywhere else on the page shows and selects its source in the editor (links never get here).
  pageDocument.addEventListener('click', (event) => {
    if (!shown || event.button !== 0 || pageWindow.getSelection()?.isCollapsed === false) return; // Selecting text is not a jump.
    const target = positionedAncestor(event.target);
    if (target) vscode.postMessage({ type: 'selectSource', ...shown, start: target.span.start, end: target.span.end });
  });
  let scrollReport: ReturnType<typeof setTimeout> | undefined;
  pageWindow.addEventListener('scroll', () => {
    const state = vscode.getState();
    if (state) vscode.setState({ ...state, scrollY: pageWindow.scrollY });
    if (!scrollSyncOn() || Date.now() < followingEditorUntil) return;
    // Reported once the scrolling pauses briefly: the editor follows without chasing every frame.
    if (scrollReport !== undefined) clearTimeout(scrollReport);
    scrollReport = setTimeout(() => {
      const offset = offsetAtTop(pageDocument, 0);
      if (shown && offset !== undefined) vscode.postMessage({ type: 'scrolled', ...shown, offset });
    }, 80);
  });
  pageDocument.addEventListener('securitypolicyviolation', noteBlocked);
  installProblemTooltip(pageWindow);
}

vscode.postMessage({ type: 'ready' });
