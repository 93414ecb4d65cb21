import type { Span } from '../html/parse';
import { findFencedBlock, lineEnd } from './fences';
import { jsonObjectExtent, readJson } from './jsonFrontMatter';
import { maxSettingsDepth, unreadable } from './readerResult';
import { readToml } from './tomlFrontMatter';
import { readYaml } from './yamlFrontMatter';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

/** One key of the front matter, with where its key and value are written in the file. */
export interface FrontMatterEntry {
  /** Dotted path of the key: `title`, `seo.title`, `params.description`. */
  readonly key: string;
  /** The parsed value (string, number, boolean, date, array or object). */
  readonly value: unknown;
  /** Offsets in the whole file. */
  readonly keySpan: Span;
  /** Offsets in the whole file; inside the quotes for a quoted string. */
  readonly valueSpan: Span;
}

export interface FrontMatter {
  readonly format: FrontMatterFormat;
  /**
   * The whole block, fences included, in offsets of the whole file; it ends after the closing fence, before its line
   * break. Only the opening line when the block is never closed.
   */
  readonly span: Span;
  /** Between the fences (for JSON, the object itself, braces included). Empty when the block is not closed. */
  readonly contentSpan: Span;
  /** Every key, nested ones flattened to dotted paths. Empty when the block does not parse. */
  readonly entries: ReadonlyMap<string, FrontMatterEntry>;
  /** Set when the block does not parse: the plain-language reason, at the mistake. */
  readonly error?: { readonly reason: string; readonly start: number; readonly end: number };
}

/**
 * The front matter at the very start of a file, or undefined when there is none:
 * - YAML between `---` lines (closed by `---` or `...`), read with `yaml`;
 * - TOML between `+++` lines (Hugo), read with `smol-toml`;
 * - a JSON object (Hugo), when the file starts with `{` followed by a quoted name or `}` (so `{{ … }}` and
 *   `{% … %}` template code is never taken for it), read with jsonc-parser.
 * A byte order mark before it is allowed; CRLF line breaks too. Offsets are of the whole file.
 *
 * An opening fence with no closing fence is reported as an `error` on the opening line, and `span` is that line
 * only: the rest of the file is still checked as the page (Hugo refuses such a file; Jekyll would publish the
 * settings as text — neither is what the writer meant). A JSON object that is never closed is reported the same
 * way. A block that does not parse has `error` at the mistake and no entries.
 *
 * Linear in the size of the file; nesting deeper than 100 levels is reported instead of read.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('{', start)) return readJsonBlock(text, start);
  const block = findFencedBlock(text, start);
  if (!block) return undefined;
  const { format, span, contentSpan } = block;
  if (!block.closed) {
    const fence = format === 'yaml' ? '---' : '+++';
    return {
      format,
      span,
      contentSpan,
      entries: new Map(),
      error: unreadable(`they are not closed. Add a line with ${fence} after the last setting.`, span, text).error,
    };
  }
  const result = format === 'yaml' ? readYaml(text, contentSpan) : readToml(text, contentSpan);
  return { format, span, contentSpan, ...result };
}

function readJsonBlock(text: string, start: number): FrontMatter | undefined {
  const after = skipWhitespace(text, start + 1);
  if (text[after] !== '"' && text[after] !== '}') return undefined;
  const extent = jsonObjectExtent(text, start);
  if (extent.end === undefined) {
    const openingLine = { start, end: lineEnd(text, start) };
    const reason =
      extent.tooDeepAt === undefined
        ? 'the opening { has no closing }. Add a } after the last setting.'
        : `they are nested more than ${maxSettingsDepth} levels deep.`;
    const at = extent.tooDeepAt === undefined ? openingLine : { start: extent.tooDeepAt, end: extent.tooDeepAt + 1 };
    return { format: 'json', span: openingLine, contentSpan: openingLine, entries: new Map(), error: unreadable(reason, at, text).error };
  }
  const span = { start, end: extent.end };
  return { format: 'json', span, contentSpan: span, ...readJson(text, span) };
}

function skipWhitespace(text: string, index: number): number {
  while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r')) index++;
  return index;
}
