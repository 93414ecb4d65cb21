import type { Span } from '../html/parse';

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
  /** The whole block, fences included, in offsets of the whole file. */
  readonly span: Span;
  /** Between the fences. */
  readonly contentSpan: Span;
  /** Every key, nested ones flattened to dotted paths. Empty when the block does not parse. */
  readonly entries: ReadonlyMap<string, FrontMatterEntry>;
  /** Set when the block does not parse: a plain-language message at the mistake. */
  readonly error?: { readonly message: string; readonly start: number; readonly end: number };
}

/** The front matter at the very start of a file (`---` YAML, `+++` TOML, `{` JSON), or undefined when there is none. */
export function readFrontMatter(_text: string): FrontMatter | undefined {
  return undefined;
}
