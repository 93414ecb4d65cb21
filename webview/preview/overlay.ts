import type { PageProblem, ProblemSeverity } from '../../src/shared/previewProtocol';
import { spanOf } from './sourcePositions';
import { keepAcrossUpdates } from './previewNodes';

/**
 * Problems drawn on the page: each element a problem is about gets `data-cb-problem` (its worst severity), which
 * the preview's own style outlines in the editor theme's error, warning and information colours; hovering it shows
 * the messages in a tooltip kept apart from the page's styles.
 */

const rank: Readonly<Record<ProblemSeverity, number>> = { error: 3, warning: 2, info: 1 };
let messages = new WeakMap<Element, string[]>();

export const overlayStyle =
  '[data-cb-problem] { outline-offset: 1px !important; }\n' +
  '[data-cb-problem="error"] { outline: 2px solid var(--vscode-editorError-foreground, #e51400) !important; }\n' +
  '[data-cb-problem="warning"] { outline: 2px solid var(--vscode-editorWarning-foreground, #bf8803) !important; }\n' +
  '[data-cb-problem="info"] { outline: 2px dotted var(--vscode-editorInfo-foreground, #1a85ff) !important; }';

interface Positioned {
  readonly element: Element;
  readonly start: number;
  readonly end: number;
}

/** Every shown element that knows where it was written, read once per drawing (not once per problem). */
function positionedElements(document: Document): Positioned[] {
  const found: Positioned[] = [];
  for (const element of Array.from(document.body?.querySelectorAll('[data-cb-src]') ?? [])) {
    const span = spanOf(element);
    if (span) found.push({ element, ...span });
  }
  return found;
}

/** The smallest shown element written around [start, end): the one the problem is about. */
function elementFor(positioned: readonly Positioned[], start: number, end: number): Element | undefined {
  let best: Positioned | undefined;
  for (const candidate of positioned) {
    if (candidate.start > start || end > candidate.end) continue;
    if (!best || candidate.end - candidate.start <= best.end - best.start) best = candidate;
  }
  return best?.element;
}

/** Outlines the problems' elements (or clears them all when `shown` is false). Returns how many were outlined. */
export function showProblems(document: Document, problems: readonly PageProblem[], shown: boolean): number {
  for (const element of Array.from(document.querySelectorAll('[data-cb-problem]'))) element.removeAttribute('data-cb-problem');
  messages = new WeakMap();
  if (!shown) return 0;
  let outlined = 0;
  const positioned = positionedElements(document);
  for (const problem of problems) {
    const element = elementFor(positioned, problem.start, problem.end);
    if (!element) continue; // About something not shown on the page (the title, a setting): the Problems panel has it.
    const current = element.getAttribute('data-cb-problem') as ProblemSeverity | null;
    if (!current) outlined++;
    if (!current || rank[problem.severity] > rank[current]) element.setAttribute('data-cb-problem', problem.severity);
    messages.set(element, [...(messages.get(element) ?? []), problem.message]);
  }
  return outlined;
}

/** A tooltip with the messages of the outlined element under the pointer. */
export function installProblemTooltip(window: Window): void {
  const host = window.document.createElement('content-bridge-tooltip');
  keepAcrossUpdates(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = window.document.createElement('style');
  style.textContent =
    'div { position: fixed; z-index: 2147483647; max-width: 360px; padding: 4px 8px; font: 12px/1.4 system-ui, sans-serif; ' +
    'background: var(--vscode-editorHoverWidget-background, #f3f3f3); color: var(--vscode-editorHoverWidget-foreground, #222); ' +
    'border: 1px solid var(--vscode-editorHoverWidget-border, #c8c8c8); border-radius: 3px; pointer-events: none; white-space: pre-line; }';
  const box = window.document.createElement('div');
  box.hidden = true;
  shadow.append(style, box);
  window.document.addEventListener('mouseover', (event) => {
    const start = event.target as Element | null;
    const outlined = start?.closest?.('[data-cb-problem]');
    const text = outlined ? messages.get(outlined) : undefined;
    if (!outlined || !text) {
      box.hidden = true;
      return;
    }
    if (!host.isConnected) window.document.body.append(host);
    box.textContent = text.join('\n');
    const rect = outlined.getBoundingClientRect();
    box.style.left = `${Math.max(4, rect.left)}px`;
    box.style.top = `${Math.min(window.innerHeight - 40, rect.bottom + 4)}px`;
    box.hidden = false;
  });
}
