import type { ExtensionToPreviewMessage, PreviewState, PreviewToExtensionMessage } from '../../src/shared/previewProtocol';

interface VsCodeApi {
  postMessage(message: PreviewToExtensionMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const label = document.getElementById('cb-label') as HTMLElement;
const frames = [document.getElementById('cb-page-a'), document.getElementById('cb-page-b')] as HTMLIFrameElement[];
let visible = 0;
let latestRender = 0;

window.addEventListener('message', (event: MessageEvent<ExtensionToPreviewMessage>) => {
  const message = event.data;
  if (message?.type === 'render') render(message);
});

/** Loads the page into the hidden frame and swaps it in once loaded, keeping the reader's scroll position. */
function render(message: ExtensionToPreviewMessage): void {
  const token = ++latestRender;
  const shown = frames[visible];
  const next = frames[1 - visible];
  const scrollY = shown.contentWindow?.scrollY ?? vscode.getState()?.scrollY ?? 0;
  label.textContent = message.label;
  next.onload = () => {
    if (token !== latestRender) return; // A newer edit is already on its way.
    const page = next.contentDocument;
    next.contentWindow?.scrollTo(0, scrollY);
    next.hidden = false;
    shown.hidden = true;
    visible = 1 - visible;
    if (page) watchPage(page);
    vscode.setState({ documentUri: message.label, scrollY });
    vscode.postMessage({
      type: 'rendered',
      version: message.version,
      title: page?.title ?? '',
      firstHeading: page?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '',
    });
  };
  next.srcdoc = message.html;
}

/** Links open in the editor (or the browser) rather than navigating the preview away from the page. */
function watchPage(page: Document): void {
  page.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link) return;
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) return; // In-page jumps work as they do in a browser.
    event.preventDefault();
    vscode.postMessage({ type: 'openLink', href });
  });
  page.defaultView?.addEventListener('scroll', () => {
    const state = vscode.getState();
    vscode.setState({ documentUri: state?.documentUri ?? '', scrollY: page.defaultView?.scrollY ?? 0 });
  });
}

vscode.postMessage({ type: 'ready' });
