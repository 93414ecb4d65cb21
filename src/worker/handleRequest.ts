import { checkDocument } from '../core/checkDocument';
import { checkWithFacts } from '../core/site/checkWithFacts';
import { pageFacts } from '../core/site/siteCheck';
import {
  isCrossPageRequest,
  isWorkerRequest,
  packFindings,
  type CheckRequest,
  type CrossPageResponse,
  type WorkerResponse,
} from '../shared/checkWorkerProtocol';
import { SiteFactsStore } from './siteFactsStore';

/** The facts of the sites' pages, kept on the thread that checks them (the worker, or the main thread without one). */
const siteFacts = new SiteFactsStore();

/** What the checking worker does with one message: the same checks the editor runs, and the page's facts if asked. */
export function handleWorkerMessage(message: unknown): WorkerResponse | CrossPageResponse | undefined {
  if (isCrossPageRequest(message)) return siteFacts.crossPage(message);
  if (!isWorkerRequest(message)) return undefined;
  return handleCheckRequest(message);
}

/** Runs a check request, on whichever thread calls it (the worker, or the main thread when no worker can start). */
export function handleCheckRequest(request: CheckRequest): WorkerResponse {
  const started = performance.now();
  try {
    const options = { ...request.options, path: request.options.path ?? '' };
    let findings = packFindings([]);
    let facts;
    if (request.wantFacts && request.wantFindings && request.options.path !== undefined) {
      // One parse for both (see checkWithFacts).
      const checked = checkWithFacts(request.text, { ...request.options, path: request.options.path });
      findings = packFindings(checked.findings);
      facts = checked.facts;
    } else {
      if (request.wantFindings) findings = packFindings(checkDocument(request.text, request.options));
      if (request.wantFacts) facts = pageFacts(request.text, options);
    }
    if (facts && request.site !== undefined) siteFacts.keep(request.site, facts);
    return { type: 'checked', id: request.id, uri: request.uri, version: request.version, findings, facts, elapsedMs: performance.now() - started };
  } catch (error) {
    // check() turns a rule's failure into a note; anything that still escapes is answered, never left waiting.
    return { type: 'failed', id: request.id, uri: request.uri, version: request.version, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs the checks across pages on the calling thread (no worker could start). */
export function handleCrossPageRequest(message: unknown): CrossPageResponse | undefined {
  return isCrossPageRequest(message) ? siteFacts.crossPage(message) : undefined;
}
