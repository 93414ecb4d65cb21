import type { HtmlPage, Span } from '../html/parse';
import { askFix } from '../rules/rule';
import type { SiteGenerator } from '../site/generator';
import type { SourceInfo } from '../source';
import type { Fix, TextEdit, TextRequest } from '../types';
import { lineEnd, nextLineStart } from './fences';
import type { FrontMatter, FrontMatterEntry, FrontMatterFormat } from './frontMatter';

/**
 * Helpers shared by the rules that read a page's settings (its front matter). Offsets are in the file as written
 * (`SourceInfo.text`), so every problem these rules report is marked `inSource`.
 */

/** The default keys of a setting for each site generator, used when the rule's `keys` option is empty. */
export type KeysByGenerator = Readonly<Record<SiteGenerator, readonly string[]>>;

/** The file as written, or undefined when it is not known (a generated page without its source). */
export function fileText(source: SourceInfo, page: HtmlPage): string | undefined {
  return source.text ?? (source.kind === 'html' ? page.text : undefined);
}

/**
 * The page settings the rules may judge: a page (not a layout), whose settings could be read. Undefined settings
 * mean the page has none.
 */
export function readableSettings(source: SourceInfo): { settings: FrontMatter | undefined } | undefined {
  if (source.role === 'layout') return undefined;
  const settings = source.frontMatter;
  if (settings?.error) return undefined;
  return { settings };
}

/** The keys from the rule's `keys` option (comma-separated dotted keys), or the generator's usual ones. */
export function settingKeys(option: string, defaults: KeysByGenerator, generator: SiteGenerator): readonly string[] {
  const given = option
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  return given.length > 0 ? given : defaults[generator];
}

/** The first of the keys the settings hold. */
export function firstEntry(settings: FrontMatter | undefined, keys: readonly string[]): FrontMatterEntry | undefined {
  for (const key of keys) {
    const entry = settings?.entries.get(key);
    if (entry) return entry;
  }
  return undefined;
}

/** A setting's value as text; undefined for a list or a group of settings, which the rules do not judge as text. */
export function settingText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** True when a setting holds something: not missing, empty text, an empty list or an empty group. */
export function hasValue(entry: FrontMatterEntry | undefined): boolean {
  if (!entry) return false;
  const value = entry.value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((item) => typeof item !== 'string' || item.trim() !== '');
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length > 0;
  return true;
}

/** Where a finding about the settings as a whole goes: their opening line, or the file's first line without them. */
export function settingsAnchor(text: string, settings: FrontMatter | undefined): Span {
  const start = settings?.span.start ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return { start, end: lineEnd(text, start) };
}

/** A key and its value as written (closing quotes included), for pointing at a setting. */
export function settingSpan(text: string, entry: FrontMatterEntry): Span {
  return { start: entry.keySpan.start, end: Math.max(entry.keySpan.end, writtenValueSpan(text, entry).end) };
}

/** The value as written: its quotes (one or three on each side) included. */
export function writtenValueSpan(text: string, entry: FrontMatterEntry): Span {
  const { start, end } = entry.valueSpan;
  const quote = text[start - 1];
  if ((quote !== '"' && quote !== "'") || text[end] !== quote) return { start, end };
  const triple = quote.repeat(3);
  const width = text.startsWith(triple, start - 3) && text.startsWith(triple, end) ? 3 : 1;
  return { start: start - width, end: end + width };
}

/**
 * Which wording of a rule's message names the settings block so a reader can find it: between the --- lines
 * (YAML), the +++ lines (TOML), or in { } (JSON). A rule has one whole-sentence message per wording, its id ending in this.
 */
export function settingsWording(settings: FrontMatter | undefined): 'Yaml' | 'Toml' | 'Json' {
  switch (settings?.format) {
    case 'toml':
      return 'Toml';
    case 'json':
      return 'Json';
    default:
      return 'Yaml';
  }
}

/** `title: "…"` as the format writes it; `list` writes the value as a one-item list (`images: ["…"]`). */
export function exampleSetting(format: FrontMatterFormat | undefined, key: string, value = '…', list = false): string {
  const quoted = list ? `[${JSON.stringify(value)}]` : JSON.stringify(value);
  if (format === 'toml') return `${key} = ${quoted}`;
  if (format === 'json') return `"${key}": ${quoted}`;
  return `${key}: ${quoted}`;
}

/** The first key of a list that can be written as one plain name (dotted keys belong to a group). */
export function writableKey(keys: readonly string[]): string | undefined {
  return keys.find((key) => !key.includes('.') && /^[A-Za-z0-9_-]+$/.test(key));
}

type AskText = Pick<TextRequest, 'prompt' | 'placeholder' | 'length' | 'initialValue'>;

/**
 * A fix that asks for the value and adds the key: inside the settings (after `after`, a top-level key, when given,
 * else first), or a new YAML block at the top of the file when the page has no settings. `list` writes the answer
 * as a one-item list (Hugo's `images`).
 */
export function addSettingFix(
  title: string,
  text: string,
  settings: FrontMatter | undefined,
  key: string,
  ask: AskText,
  options: { after?: FrontMatterEntry; list?: boolean } = {},
): Fix {
  const eol = lineBreakOf(text);
  const open = options.list ? '["' : '"';
  const close = options.list ? '"]' : '"';
  if (!settings) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return askFix(title, { ...ask, escape: 'quoted-string', start, end: start, before: `---${eol}${key}: ${open}`, after: `${close}${eol}---${eol}` });
  }
  if (settings.format === 'json') {
    const start = settings.span.start + 1;
    const last = settings.entries.size > 0 ? ',' : eol;
    return askFix(title, { ...ask, escape: 'quoted-string', start, end: start, before: `${eol}  "${key}": ${open}`, after: `${close}${last}` });
  }
  const at = insertionLine(text, settings, options.after);
  const separator = settings.format === 'toml' ? ' = ' : ': ';
  return askFix(title, { ...ask, escape: 'quoted-string', start: at, end: at, before: `${key}${separator}${open}`, after: `${close}${eol}` });
}

/** The start of the line after a top-level key's value, or the first line of the settings. */
function insertionLine(text: string, settings: FrontMatter, after: FrontMatterEntry | undefined): number {
  if (!after || after.key.includes('.')) return settings.contentSpan.start;
  const next = nextLineStart(text, lineEnd(text, after.valueSpan.end));
  return Math.min(Math.max(next, settings.contentSpan.start), settings.contentSpan.end);
}

/**
 * Where new words for a setting go: inside the double quotes it already has, or replacing the value as written
 * (a plain, single-quoted, block or missing value) with a double-quoted string.
 */
export function valueTarget(text: string, entry: FrontMatterEntry): { start: number; end: number; before: string; after: string } {
  const { start, end } = writtenValueSpan(text, entry);
  if (end - start === entry.valueSpan.end - entry.valueSpan.start + 2 && text[start] === '"') {
    return { start: entry.valueSpan.start, end: entry.valueSpan.end, before: '', after: '' };
  }
  const before = start === end && text[start - 1] === ':' ? ' "' : '"';
  return { start, end, before, after: '"' };
}

/** A fix that asks for new words for an existing setting. */
export function rewriteSettingFix(title: string, text: string, entry: FrontMatterEntry, ask: AskText): Fix {
  return askFix(title, { ...ask, escape: 'quoted-string', ...valueTarget(text, entry) });
}

/** Replaces a setting's value as written (quotes included) with `newText`. */
export function setValueFix(title: string, text: string, entry: FrontMatterEntry, newText: string): Fix {
  const target = valueTarget(text, entry);
  const quoted = target.before === '' ? { start: target.start - 1, end: target.end + 1 } : target;
  const spaced = target.before === ' "' ? ' ' : '';
  return { title, edits: [{ start: quoted.start, end: quoted.end, newText: spaced + newText }] };
}

/**
 * Removes a setting written on one line at the top level of YAML or TOML settings (its whole line). Undefined for
 * anything else (JSON needs its commas kept right; nested and multi-line settings need a person).
 */
export function removeSettingEdit(text: string, settings: FrontMatter, entry: FrontMatterEntry): TextEdit | undefined {
  if (settings.format === 'json' || entry.key.includes('.')) return undefined;
  const lineStart = text.lastIndexOf('\n', entry.keySpan.start - 1) + 1;
  const end = lineEnd(text, entry.keySpan.start);
  if (entry.valueSpan.end > end || lineStart < settings.contentSpan.start) return undefined;
  return { start: lineStart, end: nextLineStart(text, end), newText: '' };
}

/** The file's own line break (its first one), so an inserted line matches the rest. */
export function lineBreakOf(text: string): string {
  const first = /\r\n|\n|\r/.exec(text);
  return first ? first[0] : '\n';
}
