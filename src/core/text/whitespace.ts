/** Runs of whitespace as one space, trimmed: how text reads once a browser lays it out. */
export function collapseWhitespace(text: string): string {
  // Text whose only whitespace is single plain spaces needs no replace; skipping it saves a copy on hot paths.
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
