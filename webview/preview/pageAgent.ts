/**
 * The preview's own small script inside the frame a page runs its scripts in (the user allowed them). That frame
 * has no origin of its own and cannot reach the preview, so this script, which runs before any of the page's, gives
 * it what the normal preview has: problem outlines with their messages, a click on the page selecting its source,
 * links opening in the editor instead of the frame leaving the page, scrolling in step with the editor, and a mark
 * on the element the editor's cursor is in.
 *
 * It talks to the preview over a message channel handed to it alone: the first message with the channel is taken
 * before the page's own listeners can see it, and the browser functions used with it are kept from the start, so
 * the page's scripts can neither read nor forge what goes over it. Only what a person did (trusted events) is sent.
 */
import {
  pageFrameChannelMessage,
  parsePageFrameMessage,
  type DocumentVersion,
  type PageFrameToPreviewMessage,
  type PreviewToPageFrameMessage,
  type ProblemSeverity,
} from '../../src/shared/previewProtocol';
import { blockNavigation } from './navigation';
import { installProblemTooltip, overlayStyle, showProblems } from './overlay';
import { elementAt, offsetAtTop, positionedAncestor } from './sourcePositions';

// Kept before the page's scripts run: they could replace these afterwards.
const apply = Reflect.apply;
const getter = (prototype: object, name: string) => Object.getOwnPropertyDescriptor(prototype, name)?.get as (this: unknown) => unknown;
const messageData = getter(MessageEvent.prototype, 'data');
const messageSource = getter(MessageEvent.prototype, 'source');
const messagePorts = getter(MessageEvent.prototype, 'ports');
const postOnPort = MessagePort.prototype.postMessage;
const startPort = MessagePort.prototype.start;
const listen = EventTarget.prototype.addEventListener;
const stopImmediately = Event.prototype.stopImmediatePropagation;

const themeColours: Readonly<Record<ProblemSeverity, string>> = {
  error: '--vscode-editorError-foreground',
  warning: '--vscode-editorWarning-foreground',
  info: '--vscode-editorInfo-foreground',
};

let port: MessagePort | undefined;
/** The page and version this frame shows, as the preview said when it handed over the channel. */
let about: DocumentVersion | undefined;

function send(message: PageFrameToPreviewMessage): void {
  if (port) apply(postOnPort, port, [message]);
}

apply(listen, window, [
  'message',
  (event: MessageEvent) => {
    if (port || apply(messageSource, event, []) !== window.parent) return;
    const data = apply(messageData, event, []) as { type?: unknown; documentUri?: unknown; version?: unknown } | null;
    const ports = apply(messagePorts, event, []) as readonly MessagePort[];
    if (typeof data !== 'object' || data === null || data.type !== pageFrameChannelMessage || ports.length !== 1) return;
    if (typeof data.documentUri !== 'string' || typeof data.version !== 'number') return;
    apply(stopImmediately, event, []); // The page's own listeners never see the channel.
    port = ports[0];
    about = { documentUri: data.documentUri, version: data.version };
    apply(listen, port, ['message', (answer: MessageEvent) => received(apply(messageData, answer, []))]);
    apply(startPort, port, []);
  },
  true,
]);

/** A message from the preview about the version this frame shows. */
function received(data: unknown): void {
  const message = parsePageFrameMessage(data);
  if (!message || !about || message.documentUri !== about.documentUri || message.version !== about.version) return;
  switch (message.type) {
    case 'problems':
      outline(message);
      return;
    case 'scrollTo':
      scrollToSource(message.offset);
      return;
    case 'cursor':
      markCursor(message.offset, message.reveal, message.colour);
      return;
  }
}

/** The page's problems are outlined as in the normal preview, and the count goes back. */
function outline(message: Extract<PreviewToPageFrameMessage, { type: 'problems' }>): void {
  if (!about) return;
  const root = document.documentElement;
  for (const severity of Object.keys(themeColours) as ProblemSeverity[]) {
    const colour = message.colours[severity];
    if (CSS.supports('color', colour)) root.style.setProperty(themeColours[severity], colour);
  }
  if (!overlay.isConnected) (document.head ?? root).append(overlay);
  const count = showProblems(document, message.problems, message.show);
  send({ type: 'outlined', ...about, count });
}

const overlay = document.createElement('style');
overlay.textContent = overlayStyle + '\n[data-cb-cursor] { outline: 2px solid var(--cb-cursor-colour, #0078d4) !important; outline-offset: 2px; }';

/** Until then, scroll events are the page following the editor, not the reader: they are not sent back. */
let followingEditorUntil = 0;

/** The editor scrolled: the element written at `offset` goes to the top of the page. */
function scrollToSource(offset: number): void {
  const element = elementAt(document, offset);
  if (!element) return;
  followingEditorUntil = Date.now() + 300;
  window.scrollTo(0, Math.max(0, window.scrollY + element.getBoundingClientRect().top));
}

/** The element around the editor's cursor gets the same quiet mark as in the normal preview. */
function markCursor(offset: number, reveal: boolean, colour: string): void {
  const root = document.documentElement;
  if (CSS.supports('color', colour)) root.style.setProperty('--cb-cursor-colour', colour);
  if (!overlay.isConnected) (document.head ?? root).append(overlay);
  for (const marked of Array.from(document.querySelectorAll('[data-cb-cursor]'))) marked.removeAttribute('data-cb-cursor');
  const element = elementAt(document, offset);
  element?.setAttribute('data-cb-cursor', '');
  // The cursor is on a problem (chosen in the Problems panel, say): bring it into view.
  if (element && reveal) {
    followingEditorUntil = Date.now() + 300;
    element.scrollIntoView({ block: 'center' });
  }
}

// The reader scrolled the page: the editor follows, once the scrolling pauses briefly (not on every frame).
let scrollReport: ReturnType<typeof setTimeout> | undefined;
apply(listen, window, [
  'scroll',
  (event: Event) => {
    if (!about || !event.isTrusted || Date.now() < followingEditorUntil) return;
    if (scrollReport !== undefined) clearTimeout(scrollReport);
    scrollReport = setTimeout(() => {
      const offset = offsetAtTop(document, 0);
      if (about && offset !== undefined) send({ type: 'scrolled', ...about, offset });
    }, 80);
  },
]);

blockNavigation(window, (href) => {
  if (about) send({ type: 'openLink', ...about, href });
});

// A click on the page (links never get here) shows and selects its source in the editor, as in the normal preview.
apply(listen, document, [
  'click',
  (event: MouseEvent) => {
    if (!about || !event.isTrusted || event.button !== 0 || window.getSelection()?.isCollapsed === false) return;
    const target = positionedAncestor(event.target);
    if (target) send({ type: 'selectSource', ...about, start: target.span.start, end: target.span.end });
  },
]);

installProblemTooltip(window);
