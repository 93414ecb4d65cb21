import { buildItRequest } from '../../core';
import { supportKindLabels, supportKindTrackerLabels, type ComposedItRequest } from '../../core/itRequest/model';
import type { StoredRequest } from './draftStore';

/** The exact text a request will be sent as, from the saved draft and the editor context taken when it was started. */
export function composeRequest(request: StoredRequest): ComposedItRequest {
  const { include, context } = request;
  const built = buildItRequest({
    title: request.title,
    need: `${supportKindLabels[request.kind]}.\n\n${request.need}`,
    neededBy: request.neededBy,
    alreadyTried: request.tried,
    file: include.fileAndSelection ? context.file : undefined,
    selection: include.fileAndSelection ? context.selection : undefined,
    problems: include.problems ? context.problems : [],
    git: include.git ? context.git : undefined,
    environment: context.environment,
  });
  return { title: built.title, body: built.body, labels: [supportKindTrackerLabels[request.kind]], redactions: [] };
}

/** The request as one text: what the clipboard, email and file destinations carry. */
export function asText(composed: Pick<ComposedItRequest, 'title' | 'body'>): string {
  return `# ${composed.title}\n\n${composed.body}`;
}
