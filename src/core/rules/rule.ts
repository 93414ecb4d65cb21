import type { HtmlPage } from '../html/parse';
import type { SourceInfo } from '../source';
import type { AnswerEscape, Fix, OptionValue, RuleMeta, TextRequest } from '../types';

export interface Problem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /**
   * Ways to fix it, the preferred first; or a function that builds them, called only when fixes are wanted (the
   * command line prints none, and on a large site building them was a good part of some checks' time).
   */
  readonly fixes?: readonly Fix[] | (() => readonly Fix[]);
  /**
   * True when the offsets (of the problem and its fixes) are in the file as written (`context.source.text`, e.g. its
   * front matter) rather than in `context.page`. The same for an HTML file; for Markdown, whose page is generated,
   * such a problem must not be mapped back through the generated HTML.
   */
  readonly inSource?: boolean;
}

/** A rule's options with the project's and the user's values applied over the defaults. */
export interface RuleOptions {
  number(name: string): number;
  string(name: string): string;
  boolean(name: string): boolean;
}

export interface RuleContext {
  readonly page: HtmlPage;
  /** The file the page came from: HTML or Markdown, its front matter, the site generator, page or layout. */
  readonly source: SourceInfo;
  readonly options: RuleOptions;
  report(problem: Problem): void;
}

/** One check. Each rule lives in its own file with its metadata and a doc page in docs/rules/. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * A rule's message by id from its metadata, with each `{name}` replaced by `values[name]`. An id the rule does not
 * declare is a programming error, so it throws (the fixture tests then fail).
 */
export function ruleMessage(meta: RuleMeta, messageId: string, values: Readonly<Record<string, string | number>> = {}): string {
  const template = meta.messages?.[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  let text = '';
  let from = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
    const close = template.indexOf('}', open);
    const name = close < 0 ? undefined : template.slice(open + 1, close);
    if (name === undefined || !(name in values)) {
      text += template.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    text += template.slice(from, open) + String(values[name]);
    from = close + 1;
  }
  return text + template.slice(from);
}

export function docPathFor(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** Reads options by name; a name the rule did not declare is a programming error, so it throws. */
export function ruleOptions(meta: RuleMeta, values: Readonly<Record<string, OptionValue | undefined>>): RuleOptions {
  const value = (name: string): OptionValue => {
    const spec = meta.options?.[name];
    if (!spec) throw new Error(`rule ${meta.id} has no option "${name}"`);
    const given = values[name];
    return given !== undefined && typeof given === typeof spec.default ? given : spec.default;
  };
  return {
    number: (name) => value(name) as number,
    string: (name) => value(name) as string,
    boolean: (name) => value(name) as boolean,
  };
}

/**
 * A fix that asks the user for words. `edits` holds the same change with an
 * empty answer and the cursor where the answer goes, for places that cannot ask
 * (and for the fixture tests).
 */
export function askFix(title: string, request: TextRequest): Fix {
  const initial = escapeAnswer(request.escape, request.initialValue ?? '');
  return {
    title,
    ask: request,
    edits: [
      {
        start: request.start,
        end: request.end,
        newText: request.before + initial + request.after,
        cursorOffset: request.before.length + initial.length,
      },
    ],
  };
}

/**
 * An `&` starts a character reference only when a letter, digit or `#` follows it; one at the very end is escaped
 * too, because the page's own text follows it once it is written. Any other `&` is left as typed, so it reads back.
 */
function escapeAmbiguousAmpersands(text: string, escaped = '&amp;'): string {
  if (!text.includes('&')) return text;
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    result += character === '&' && startsReference(text.charCodeAt(i + 1)) ? escaped : character;
  }
  return result;
}

/** True for what makes a preceding `&` the start of a character reference (NaN: the end of the text). */
function startsReference(code: number): boolean {
  return Number.isNaN(code) || code === 0x23 /* # */ || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Escapes text for a double-quoted attribute value: only `"` and an `&` that would start a character reference. */
export function escapeAttribute(text: string): string {
  return escapeAmbiguousAmpersands(text).replace(/"/g, '&quot;');
}

/** Escapes text for element content: every `<`, and an `&` that would start a character reference. Quotes and `>` stay as typed. */
export function escapeText(text: string): string {
  return escapeAmbiguousAmpersands(text).replace(/</g, '&lt;');
}

/** Escapes the user's words for where a fix writes them. */
export function escapeAnswer(escape: AnswerEscape, text: string): string {
  switch (escape) {
    case 'attribute':
      return escapeAttribute(text);
    case 'text':
      return escapeText(text);
    case 'markdown':
      return escapeMarkdownInline(text);
    case 'quoted-string':
      return escapeQuotedString(text);
  }
}

/**
 * Escapes text for Markdown inline content such as alt or link text inside `[…]`: a backslash before each
 * character Markdown could read as syntax, and line breaks as spaces (a label cannot hold a blank line).
 */
export function escapeMarkdownInline(text: string): string {
  // In Markdown, as in HTML, only an `&` before a letter, digit or `#` can start a character reference.
  return escapeAmbiguousAmpersands(text.replace(/[\\[\]*_`<>!|]/g, '\\$&'), '\\&').replace(/\r\n|\r|\n/g, ' ');
}

/**
 * Escapes text for a double-quoted string in YAML, TOML or JSON front matter. The three share these escapes
 * (a JSON string body is a valid YAML double-quoted scalar and a valid TOML basic string).
 */
export function escapeQuotedString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
