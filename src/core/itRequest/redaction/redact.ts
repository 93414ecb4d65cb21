import { hiddenMarkerStart, secretRules, type SecretMatch } from './secretRules';

/** One thing hidden from a text: what it looked like and on which line (1-based) of that text. */
export interface HiddenSecret {
  readonly what: string;
  readonly line: number;
}

export interface RedactedText {
  readonly text: string;
  readonly hidden: readonly HiddenSecret[];
}

/** Hides everything that looks like a secret, replacing it with `[hidden: what it was]`. */
export function redactSecrets(text: string): RedactedText {
  const found: SecretMatch[] = secretRules.flatMap((rule) => rule.find(text));
  if (found.length === 0) return { text, hidden: [] };
  // Earliest first, the longest of those starting together; a match inside an earlier one is already hidden.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  const hidden: HiddenSecret[] = [];
  let copiedUpTo = 0;
  let line = 1;
  let lineCountedUpTo = 0;
  for (const match of found) {
    if (match.start < copiedUpTo || match.end <= match.start) continue;
    line += countNewlines(text, lineCountedUpTo, match.start);
    lineCountedUpTo = match.start;
    parts.push(text.slice(copiedUpTo, match.start), `${hiddenMarkerStart} ${match.what}]`);
    hidden.push({ what: match.what, line });
    copiedUpTo = match.end;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), hidden };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index >= 0 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
