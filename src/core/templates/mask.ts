/**
 * Template code (Liquid, Nunjucks/Jinja, Go templates and Hugo shortcodes, Handlebars/Mustache, ERB/EJS, PHP) is
 * never page content. maskTemplates replaces it, character for character, so the HTML parser and the rules see
 * the page around it with every offset unchanged:
 * - output (`{{ x }}`, `{% include %}`, `<%= %>`, `<?= ?>`) becomes templateMarker followed by spaces: content
 *   that is present but unknown (a link whose text is `{{ .Title }}` has a name; `lang="{{ x }}"` has a value
 *   nobody can judge);
 * - statements and comments (`{% if %}`, `{{ end }}`, `{# #}`, `<% %>`) become spaces.
 * Line breaks are kept, so line numbers stay the same too.
 *
 * Closing delimiters are found by one forward scan per delimiter, so a page full of unclosed openers stays linear.
 * Quoted strings inside template code are not parsed: a closing delimiter inside a string ends the code early
 * (rare in real templates; the rest of the string then reads as page text).
 */

import { holdsPair } from '../text/pairs';

/** Stands for output whose value is only known when the site is built (a private-use character). */
export const templateMarker = '\uE000';

export interface TemplateSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: 'output' | 'statement' | 'comment';
}

export interface MaskedText {
  readonly text: string;
  readonly spans: readonly TemplateSpan[];
}

type Kind = TemplateSpan['kind'];

/** Same length as the input, line breaks kept; see the file comment. Linear time. */
export function maskTemplates(text: string): MaskedText {
  if (!mayHoldTemplates(text)) return { text, spans: [] };
  const spans = findTemplateSpans(text);
  if (spans.length === 0) return { text, spans };
  return { text: blank(text, spans), spans };
}

/**
 * True when [start, end) lies within one template span. An empty range counts only strictly inside one: a note at
 * the very start of template code (a file note at offset 0) is not inside it.
 */
export function insideTemplate(spans: readonly TemplateSpan[], start: number, end: number): boolean {
  const span = spanAt(spans, start);
  if (!span) return false;
  return start === end ? start > span.start : end <= span.end;
}

/** The span holding this offset, if any (binary search: spans are sorted and never overlap). */
export function spanAt(spans: readonly TemplateSpan[], offset: number): TemplateSpan | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}

/** True when an edit of [start, end) would change template code: it overlaps it, or inserts strictly inside it. */
export function touchesTemplate(spans: readonly TemplateSpan[], start: number, end: number): boolean {
  if (spans.length === 0) return false;
  const at = spanAt(spans, start);
  if (at && (start > at.start || start < end)) return true;
  // Otherwise only a span that starts inside (start, end) can be touched.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  const next = spans[low];
  return next !== undefined && next.start < end;
}

/** Fast path: a page without `{{`, `{%`, `{#`, `<%` or `<?` has no template code. */
function mayHoldTemplates(text: string): boolean {
  // `<%` and `<?` are looked for by their rare second character: searching by `<` stops at every tag.
  return text.includes('{{') || text.includes('{%') || text.includes('{#') || holdsPair(text, '<', '%') || holdsPair(text, '<', '?');
}

/**
 * Finds closing delimiters. Each delimiter's occurrences are collected by one forward scan, shared by every search,
 * so a page full of unclosed openers costs one pass per delimiter, not one per opener.
 */
class CloserSearch {
  private readonly found = new Map<string, { positions: number[]; scanned: number; done: boolean }>();

  constructor(private readonly text: string) {}

  /** Index of `closer` at or after `from`, or -1. */
  find(closer: string, from: number): number {
    let state = this.found.get(closer);
    if (!state) {
      state = { positions: [], scanned: 0, done: false };
      this.found.set(closer, state);
    }
    const known = firstAtOrAfter(state.positions, from);
    if (known !== -1) return known;
    while (!state.done) {
      const at = this.text.indexOf(closer, state.scanned);
      if (at === -1) {
        state.done = true;
        break;
      }
      state.positions.push(at);
      state.scanned = at + 1;
      if (at >= from) return at;
    }
    return -1;
  }
}

function firstAtOrAfter(sorted: readonly number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length ? sorted[low]! : -1;
}

interface Found {
  readonly end: number;
  readonly kind: Kind;
}

function findTemplateSpans(text: string): TemplateSpan[] {
  const spans: TemplateSpan[] = [];
  const search = new CloserSearch(text);
  const length = text.length;
  let index = 0;
  while (index < length - 1) {
    const code = text.charCodeAt(index);
    let found: Found | undefined;
    if (code === 0x7b /* { */) found = curly(text, index, search);
    else if (code === 0x3c /* < */) found = angle(text, index, search);
    if (found) {
      spans.push({ start: index, end: found.end, kind: found.kind });
      index = found.end;
    } else {
      index++;
    }
  }
  return spans;
}

/** `{{ … }}`, `{{{ … }}}`, `{{< … >}}`, `{{% … %}}`, `{{/* … *\/}}`, `{{! … }}`, `{% … %}`, `{# … #}`. */
function curly(text: string, start: number, search: CloserSearch): Found | undefined {
  const second = text[start + 1];
  if (second === '{') {
    if (start > 0 && text[start - 1] === '\\') return undefined; // Handlebars' escaped \{{ is text
    const third = text[start + 2];
    if (third === '{') return closeWith(search, '}}}', start + 3, 'output');
    if (third === '<' || third === '%') {
      const closer = third === '<' ? '>}}' : '%}}';
      const body = skipSpaces(text, start + 3);
      return closeWith(search, closer, start + 3, text[body] === '/' ? 'statement' : 'output');
    }
    let body = start + 2;
    if (text[body] === '-' || text[body] === '~') body++;
    body = skipSpaces(text, body);
    if (text.startsWith('/*', body)) {
      const commentEnd = search.find('*/', body + 2);
      if (commentEnd === -1) return undefined;
      return closeWith(search, '}}', commentEnd + 2, 'comment');
    }
    if (text.startsWith('!--', body)) return closeWith(search, '--}}', body + 3, 'comment') ?? closeWith(search, '--~}}', body + 3, 'comment');
    if (text[body] === '!') return closeWith(search, '}}', body + 1, 'comment');
    return closeWith(search, '}}', start + 2, curlyExpressionKind(text, body));
  }
  if (second === '%') {
    const body = skipSpaces(text, text[start + 2] === '-' || text[start + 2] === '~' ? start + 3 : start + 2);
    const keyword = wordAt(text, body);
    if (keyword === 'comment') {
      const endComment = search.find('endcomment', body + 7);
      if (endComment === -1) return undefined;
      return closeWith(search, '%}', endComment + 10, 'comment');
    }
    return closeWith(search, '%}', start + 2, statementKeywords.has(keyword) || keyword.startsWith('end') ? 'statement' : 'output');
  }
  if (second === '#') return closeWith(search, '#}', start + 2, 'comment');
  return undefined;
}

/** `<% … %>` (ERB, EJS) and `<?php … ?>`, `<?= … ?>`, `<? … ?>` (PHP). An XML declaration `<?xml` is not code. */
function angle(text: string, start: number, search: CloserSearch): Found | undefined {
  const second = text[start + 1];
  if (second === '%') {
    const third = text[start + 2];
    if (third === '%') return undefined; // <%% is a literal <% in ERB and EJS
    const kind: Kind = third === '=' || third === '-' ? 'output' : third === '#' ? 'comment' : 'statement';
    return closeWith(search, '%>', start + 2, kind);
  }
  if (second === '?') {
    let body: number;
    let kind: Kind;
    if (text[start + 2] === '=') {
      body = start + 3;
      kind = 'output';
    } else if (text.startsWith('php', start + 2) && isSpace(text[start + 5])) {
      body = skipSpaces(text, start + 5);
      kind = phpStatementStart(text, body) ? 'statement' : 'output';
    } else if (isSpace(text[start + 2])) {
      body = skipSpaces(text, start + 2);
      kind = phpStatementStart(text, body) ? 'statement' : 'output';
    } else {
      return undefined;
    }
    const close = search.find('?>', body);
    // PHP runs an unclosed block to the end of the file.
    return { end: close === -1 ? text.length : close + 2, kind };
  }
  return undefined;
}

function closeWith(search: CloserSearch, closer: string, from: number, kind: Kind): Found | undefined {
  const at = search.find(closer, from);
  return at === -1 ? undefined : { end: at + closer.length, kind };
}

/**
 * Go templates and Handlebars put actions and output in the same `{{ }}`. Blocks, branches, assignments and loop
 * control print nothing; everything else (values, `partial`, `template`, `block`, `{{> partial}}`) prints.
 */
function curlyExpressionKind(text: string, body: number): Kind {
  const first = text[body];
  if (first === '#' || first === '/' || first === '^') return 'statement'; // Handlebars {{#if}} {{/if}} {{^x}}
  if (first === '$') {
    // Go: {{ $x := … }} and {{ $x = … }} assign; {{ $x }} prints.
    let index = body + 1;
    while (index < text.length && isWordCharacter(text.charCodeAt(index))) index++;
    index = skipSpaces(text, index);
    if (text[index] === '=' || (text[index] === ':' && text[index + 1] === '=')) return 'statement';
    return 'output';
  }
  return goStatementKeywords.has(wordAt(text, body)) ? 'statement' : 'output';
}

/** Go template actions that print nothing (Handlebars' `else` too). */
const goStatementKeywords = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'break', 'continue', 'return', 'try']);

/**
 * Liquid, Jekyll, Nunjucks and Jinja tags that print nothing themselves. Any other tag (`include`, `render`,
 * `block`, Eleventy shortcodes like `{% image %}`) prints markup, so it is output; every `end…` tag is a statement.
 */
const statementKeywords = new Set([
  'if',
  'elif',
  'elsif',
  'else',
  'unless',
  'case',
  'when',
  'for',
  'empty',
  'break',
  'continue',
  'assign',
  'capture',
  'set',
  'raw',
  'macro',
  'call',
  'extends',
  'layout',
  'import',
  'from',
  'with',
  'liquid',
  'paginate',
  'schema',
  'style',
  'javascript',
  'filter',
  'tablerow',
  'do',
  'while',
  'verbatim',
  'autoescape',
  'spaceless',
  'apply',
  'embed',
  'use',
  'sandbox',
  'setContent',
  'ifAsync',
  'asyncEach',
  'asyncAll',
  'each',
]);

/** PHP that starts a block, a branch or an assignment prints nothing itself; `echo`, includes and calls print. */
function phpStatementStart(text: string, body: number): boolean {
  const first = text[body];
  if (first === '}' || first === '$' || first === '/' || first === '#') return true;
  return phpStatementKeywords.has(wordAt(text, body).toLowerCase());
}

const phpStatementKeywords = new Set([
  'if',
  'else',
  'elseif',
  'endif',
  'foreach',
  'endforeach',
  'for',
  'endfor',
  'while',
  'endwhile',
  'switch',
  'case',
  'default',
  'endswitch',
  'break',
  'continue',
  'function',
  'namespace',
  'use',
  'declare',
  'return',
  'global',
  'do',
]);

function wordAt(text: string, index: number): string {
  let end = index;
  while (end < text.length && isWordCharacter(text.charCodeAt(end))) end++;
  return text.slice(index, end);
}

function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r' || character === '\f';
}

function skipSpaces(text: string, index: number): number {
  while (index < text.length && isSpace(text[index])) index++;
  return index;
}

function blank(text: string, spans: readonly TemplateSpan[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const span of spans) {
    parts.push(text.slice(copied, span.start));
    parts.push(blankSpan(text, span));
    copied = span.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Spaces with the line breaks kept; output starts with the marker. */
function blankSpan(text: string, span: TemplateSpan): string {
  const length = span.end - span.start;
  const code = text.slice(span.start, span.end);
  // Most template tags sit on one line: one repeat, no per-character work.
  const blanked = code.includes('\n') || code.includes('\r') ? code.replace(/[^\r\n]/g, ' ') : ' '.repeat(length);
  return span.kind === 'output' ? templateMarker + blanked.slice(1) : blanked;
}
