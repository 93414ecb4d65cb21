import { TrackerError, type Http, type HttpRequest, type HttpResponse } from './types';

/** What the user was doing when the call failed, so the message can say what is kept. */
export type TrackerAction = 'send' | 'comment' | 'read' | 'search';

export interface CallContext {
  /** The tracker's name as the user knows it: "GitHub", "GitHub Enterprise", "GitLab", "Jira". */
  readonly trackerName: string;
  /** The place on the tracker, such as `council/website` or the Jira project key. */
  readonly place: string;
  readonly action: TrackerAction;
}

/** Calls the tracker and reads its JSON answer; every failure becomes a TrackerError with plain words. */
export async function callJson<T>(http: Http, request: HttpRequest, context: CallContext): Promise<T> {
  const response = await send(http, request, context);
  if (response.status === 204 || response.body.trim() === '') return undefined as T;
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new TrackerError('server', `${context.trackerName} sent an answer Content Bridge could not read. Try again in a few minutes${kept(context.action)}`, {
      status: response.status,
      detail: 'response is not JSON',
    });
  }
}

async function send(http: Http, request: HttpRequest, context: CallContext): Promise<HttpResponse> {
  let response: HttpResponse;
  try {
    response = await http(request);
  } catch (error) {
    throw networkError(error, context);
  }
  if (response.status >= 200 && response.status < 300) return response;
  throw statusError(response, context);
}

function networkError(error: unknown, context: CallContext): TrackerError {
  // fetch's AbortSignal.timeout() rejects with a DOMException, which is not an Error in every host.
  const name = error && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new TrackerError('timeout', `${context.trackerName} took too long to answer. Try again in a moment${kept(context.action)}`, {
      detail: String(error),
    });
  }
  return new TrackerError(
    'offline',
    `Content Bridge could not reach ${context.trackerName}. Check your internet connection (and VPN, if your organisation uses one), then try again${kept(context.action)}`,
    { detail: String(error) },
  );
}

/** Maps a refused call to what happened and what to do. */
export function statusError(response: HttpResponse, context: CallContext): TrackerError {
  const { status } = response;
  const name = context.trackerName;
  const detail = trackerMessage(response.body);
  const options = { status, detail: detail ?? `HTTP ${status}` };
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (response.headers['x-ratelimit-remaining'] === '0' || response.headers['retry-after'] !== undefined || /rate limit/i.test(detail ?? '')));
  if (rateLimited) {
    return new TrackerError(
      'rate-limited',
      `${name} is limiting how many requests can be sent just now. ${waitAdvice(response)}${kept(context.action)}`,
      options,
    );
  }
  switch (status) {
    case 401:
      return new TrackerError(
        'signed-out',
        `Your sign-in to ${name} has expired or is not valid. Sign in again and ${retryVerb(context.action)}${kept(context.action)}`,
        options,
      );
    case 403:
      return new TrackerError(
        'forbidden',
        `Your ${name} account is not allowed to ${actionWords(context.action)} in ${context.place}. Ask IT to give you access, or choose another way to send${kept(context.action)}`,
        options,
      );
    case 404:
    case 410:
      return new TrackerError(
        'not-found',
        `${name} could not find ${context.place}, or your account cannot see it. Check the IT team's issue tracker setting, or ask IT for the right address${kept(context.action)}`,
        options,
      );
    case 400:
    case 409:
    case 422:
      return new TrackerError(
        'invalid',
        `${name} did not accept the request${detail ? ` (it said: “${detail}”)` : ''}. Check the title and the IT team's issue tracker setting, then try again${kept(context.action)}`,
        options,
      );
    default:
      if (status >= 500)
        return new TrackerError('server', `${name} is having trouble right now (error ${status}). Try again in a few minutes${kept(context.action)}`, options);
      return new TrackerError('server', `${name} gave an unexpected answer (error ${status}). Try again in a few minutes${kept(context.action)}`, options);
  }
}

function kept(action: TrackerAction): string {
  if (action === 'send') return ' — your request is kept.';
  if (action === 'comment') return ' — your comment is kept.';
  return '.';
}

function retryVerb(action: TrackerAction): string {
  return action === 'send' ? 'send' : action === 'comment' ? 'post it' : 'try again';
}

function actionWords(action: TrackerAction): string {
  switch (action) {
    case 'send':
      return 'create issues';
    case 'comment':
      return 'comment on issues';
    default:
      return 'see issues';
  }
}

function waitAdvice(response: HttpResponse): string {
  const retryAfter = Number(response.headers['retry-after']);
  const resetAt = Number(response.headers['x-ratelimit-reset']);
  const seconds =
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : Number.isFinite(resetAt) && resetAt > 0 ? resetAt - Date.now() / 1000 : undefined;
  if (seconds === undefined || seconds <= 60) return 'Try again in a minute';
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minutes`;
}

/** The tracker's own short explanation, when it sends one (GitHub `message`, GitLab `message`/`error`, Jira `errorMessages`/`errors`). */
function trackerMessage(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof record.message === 'string') parts.push(record.message);
  else if (record.message && typeof record.message === 'object')
    parts.push(
      ...Object.entries(record.message as Record<string, unknown>).map(([key, value]) => `${key} ${Array.isArray(value) ? value.join(', ') : String(value)}`),
    );
  if (typeof record.error === 'string') parts.push(record.error);
  if (Array.isArray(record.errorMessages)) parts.push(...record.errorMessages.filter((item): item is string => typeof item === 'string'));
  if (record.errors && typeof record.errors === 'object' && !Array.isArray(record.errors))
    parts.push(...Object.values(record.errors as Record<string, unknown>).filter((item): item is string => typeof item === 'string'));
  if (Array.isArray(record.errors))
    for (const item of record.errors)
      if (item && typeof item === 'object' && typeof (item as { message?: unknown }).message === 'string') parts.push((item as { message: string }).message);
  const text = parts.join('; ').trim();
  return text ? text.slice(0, 300) : undefined;
}

/** An Http that gives up after `milliseconds`, rejecting with an error named TimeoutError. */
export function withTimeout(http: Http, milliseconds: number): Http {
  return (request) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = new Error(`No answer after ${milliseconds} ms`);
        error.name = 'TimeoutError';
        reject(error);
      }, milliseconds);
      http(request).then(
        (response) => {
          clearTimeout(timer);
          resolve(response);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
}

/** Words of a title worth searching for: letters and digits only, longest first, so no query syntax leaks in. */
export function searchWords(title: string, limit: number): string[] {
  const stopWords = new Set([
    'the',
    'and',
    'for',
    'with',
    'from',
    'this',
    'that',
    'our',
    'please',
    'page',
    'help',
    'need',
    'needed',
    'can',
    'not',
    'does',
    'are',
    'was',
    'have',
    'has',
  ]);
  const words = (title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 2 && !stopWords.has(word));
  const unique = [...new Set(words)];
  return unique.sort((a, b) => b.length - a.length).slice(0, limit);
}

export function joinUrl(base: string, path: string): string {
  // A loop, not /\/+$/: that pattern retries at every slash of a long run and turns quadratic.
  let end = base.length;
  while (end > 0 && base[end - 1] === '/') end--;
  return `${base.slice(0, end)}${path}`;
}
