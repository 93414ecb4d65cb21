import { checkDocument } from '../core/checkDocument';
import { pageFacts } from '../core/site/siteCheck';
import { isWorkerRequest, packFindings, type CheckRequest, type WorkerResponse } from '../shared/checkWorkerProtocol';

/** What the checking worker does with one message: the same checks the editor runs, and the page's facts if asked. */
export function handleWorkerMessage(message: unknown): WorkerResponse | undefined {
  if (!isWorkerRequest(message)) return undefined;
  return handleCheckRequest(message);
}

/** Runs a check request, on whichever thread calls it (the worker, or the main thread when no worker can start). */
export function handleCheckRequest(request: CheckRequest): WorkerResponse {
  const started = performance.now();
  try {
    const findings = request.wantFindings ? packFindings(checkDocument(request.text, request.options)) : packFindings([]);
    const facts = request.wantFacts ? pageFacts(request.text, { ...request.options, path: request.options.path ?? '' }) : undefined;
    return { type: 'checked', id: request.id, uri: request.uri, version: request.version, findings, facts, elapsedMs: performance.now() - started };
  } catch (error) {
    // check() turns a rule's failure into a note; anything that still escapes is answered, never left waiting.
    return { type: 'failed', id: request.id, uri: request.uri, version: request.version, message: error instanceof Error ? error.message : String(error) };
  }
}
