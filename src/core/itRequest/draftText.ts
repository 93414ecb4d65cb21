/** A request as text: its title and its Markdown body, ready for an issue tracker. */
export interface ItRequest {
  readonly title: string;
  readonly body: string;
}

/** The request as one Markdown document the user reviews and edits: the title is the first `# ` heading. */
export function formatDraft(request: ItRequest): string {
  return `# ${request.title}\n\n${request.body}`;
}

/** Reads a (possibly edited) draft back; a missing heading keeps the fallback title. */
export function parseDraft(text: string, fallbackTitle: string): ItRequest {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\s+/, '');
  const heading = /^#\s+(.+)\n?/.exec(normalized);
  if (!heading) return { title: fallbackTitle, body: normalized };
  return { title: heading[1].trim(), body: normalized.slice(heading[0].length).replace(/^\n+/, '') };
}
