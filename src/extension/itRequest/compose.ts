import { composeItRequest, type ComposedItRequest } from '../../core';
import type { StoredRequest } from './draftStore';

/** The exact text a request will be sent as: the saved draft and the editor context taken when it was started. */
export function composeRequest(request: StoredRequest, today: Date = new Date()): ComposedItRequest {
  return composeItRequest(request, { ...request.context, today: calendarDay(today) });
}

/** The request as one text: what the clipboard, email and file destinations carry. */
export function asText(composed: Pick<ComposedItRequest, 'title' | 'body'>): string {
  return `# ${composed.title}\n\n${composed.body}`;
}

/** `YYYY-MM-DD` of the user's own calendar day. */
export function calendarDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
