/**
 * The lines of a text joined by single spaces, each trimmed, blank ones left out: a multi-line message on one line.
 * Split rather than a `\s*\n\s*` pattern, which is retried at every space of a long run.
 */
export function joinLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Runs of whitespace as one space, trimmed: how text reads once a browser lays it out. */
export function collapseWhitespace(text: string): string {
  // Text whose only whitespace is single plain spaces needs no replace; skipping it saves a copy on hot paths.
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Trimmed value, or '' when absent. */
export function trimmed(value: string | undefined): string {
  return value?.trim() ?? '';
}
