import type { Http } from '../../core/itRequest/trackers/types';

/** A tracker that has not answered by then is treated as unreachable; the draft is kept. */
const timeoutMs = 20_000;

/**
 * The trackers' `Http`, on the platform's fetch (Node's in the desktop extension host, the browser's in
 * VS Code for the Web). Network failures reject with fetch's TypeError, a timeout with a TimeoutError.
 */
export const fetchHttp: Http = async (request) => {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { status: response.status, headers, body: await response.text() };
};
