/**
 * Cheap scans of a Markdown page's text for the characters some markdownlint rules need before they can report (see
 * silentRules.ts). Each answers "might", never "does": a yes only keeps a rule on. Every scan is linear: each loop
 * moves forward, and the runs it skips stop at the next `]`, `#` or line break that starts the following step.
 */

/** JavaScript's `\s` (and what `trim` removes); markdownlint tests link text and addresses with both. */
const whitespace = /\s/;

function isWhitespace(text: string, at: number): boolean {
  return at < text.length && whitespace.test(text[at]!);
}

/** Where link addresses could start: after `](` (a link or image) or `]:` (a reference definition). */
export interface AddressSigns {
  /** Some address could be empty, `#` or in `< >`: markdownlint's empty-link rule (MD042) needs one. */
  readonly emptyOrHash: boolean;
  /** Some address could start with `#` once unescaped: the link-fragment rule (MD051) needs one. */
  readonly fragment: boolean;
}

/**
 * markdownlint reads an address from micromark's destination token: after `(` or `:` come spaces, tabs, a line break
 * with the next line's `>` marks or indent, or a `<`; MD051 then drops character references (`&amp;`) and unescapes
 * `\#`, MD042 trims with `trim` (so a no-break space counts as a space). Skipping all of those and finding no `#`,
 * `)` or end of text after any `](` or `]:` proves neither rule can report.
 */
export function addressSigns(text: string, from: number): AddressSigns {
  let emptyOrHash = false;
  let fragment = false;
  for (let bracket = text.indexOf(']', from); bracket !== -1 && !(emptyOrHash && fragment); bracket = text.indexOf(']', bracket + 1)) {
    const opener = text[bracket + 1];
    if (opener !== '(' && opener !== ':') continue;
    let at = bracket + 2;
    let angle = false;
    while (at < text.length && (isWhitespace(text, at) || text[at] === '>' || text[at] === '<')) {
      if (text[at] === '<') angle = true;
      at++;
    }
    if (at >= text.length || angle || text[at] === ')' || text[at] === '#') emptyOrHash = true;
    at = afterCharacterReferences(text, at);
    if (text[at] === '\\') at++;
    if (text[at] === '#') fragment = true;
  }
  return { emptyOrHash, fragment };
}

/** Past any `&name;`, `&#123;` or `&#x1F;` (and anything shaped like one) at `at`. */
function afterCharacterReferences(text: string, at: number): number {
  while (text[at] === '&') {
    let end = at + 1;
    if (text[end] === '#') end++;
    const nameStart = end;
    while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
    if (end === nameStart || text[end] !== ';') return at;
    at = end + 1;
  }
  return at;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Lines starting with `#` and what follows, for the rules about spaces in `#` headings (MD018, MD020, MD023). */
export interface HashSigns {
  /** A line starts with `#` followed by something other than `#`, a space or a tab (MD018's line pattern). */
  readonly noSpaceAfter: boolean;
  /** A line starts with `#` and ends with `#` and white space only (MD020's line pattern). */
  readonly closed: boolean;
  /** A `#` right after a space or a tab: a heading could be indented (MD023). */
  readonly afterSpace: boolean;
}

export function hashSigns(text: string, from: number): HashSigns {
  let noSpaceAfter = false;
  let closed = false;
  let afterSpace = false;
  for (let hash = text.indexOf('#', from); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    const before = text[hash - 1];
    if (hash > from && (before === ' ' || before === '\t')) afterSpace = true;
    if (hash > from && before !== '\n' && before !== '\r') continue;
    let end = hash;
    while (text[end] === '#') end++;
    const next = text[end];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r') noSpaceAfter = true;
    let lineEnd = end;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    let last = lineEnd - 1;
    while (last >= end && isWhitespace(text, last)) last--;
    if (last >= end && text[last] === '#') closed = true;
    hash = end - 1;
  }
  return { noSpaceAfter, closed, afterSpace };
}

/**
 * A line that could underline a heading (`===` or `---`): after spaces, tabs and `>` marks, a run of one of those
 * characters and nothing but spaces and tabs to the end of the line. A setext heading needs one.
 */
export function hasUnderlineLine(text: string, from: number): boolean {
  for (let start = from; start < text.length;) {
    let at = start;
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '>') at++;
    const mark = text[at];
    if (mark === '=' || mark === '-') {
      while (text[at] === mark) at++;
      while (text[at] === ' ' || text[at] === '\t') at++;
      if (at >= text.length || text[at] === '\n' || text[at] === '\r') return true;
    }
    start = nextLineStart(text, at);
  }
  return false;
}

/** The start of the line after the one holding `at` (lines end at `\n`, `\r` or `\r\n`, as micromark reads them). */
function nextLineStart(text: string, at: number): number {
  let newline = text.indexOf('\n', at);
  if (newline === -1) newline = text.length;
  // A `\r` alone ends a line too; look for one only up to the next `\n`, so the scan stays linear.
  for (let i = at; i < newline; i++) if (text.charCodeAt(i) === 13) return text[i + 1] === '\n' ? i + 2 : i + 1;
  return newline + 1;
}

/** Link text could start or end with white space: a `[` followed by it, or a `]` after it (MD039). */
export function hasSpaceInsideBrackets(text: string, from: number): boolean {
  for (let open = text.indexOf('[', from); open !== -1; open = text.indexOf('[', open + 1)) if (isWhitespace(text, open + 1)) return true;
  for (let close = text.indexOf(']', from); close !== -1; close = text.indexOf(']', close + 1)) if (close > from && isWhitespace(text, close - 1)) return true;
  return false;
}
