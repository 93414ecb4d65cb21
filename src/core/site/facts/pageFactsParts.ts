import type { FrontMatter } from '../../frontMatter/frontMatter';
import { isSuppressed } from '../../frontMatter/suppression';
import { Suppressions, type CommentText } from '../../suppressions';
import { templateMarker } from '../../templates/mask';
import type { LineIndex } from '../../text/lineIndex';
import type { AddressHints } from '../addresses';
import type { FactSpan, PageFacts, ReferenceFact, TextFact } from '../siteCheck';
import { siteRules } from '../rules';
import type { RawFacts, RawText } from './htmlFacts';

/** Page settings that hold the page's title and description for search results (the common keys of every generator). */
export const titleKeys = ['title', 'seo.title', 'meta_title'];
export const descriptionKeys = ['description', 'seo.description', 'meta_description', 'summary'];

/** Page settings that change where a page is published, or put it in a menu (so it is linked even if no page links it). */
const hintKeys = ['permalink', 'slug', 'url', 'aliases', 'date', 'categories', 'category', 'id', 'menu'];

/** The first of the keys the page settings hold as text, with where its value is written. */
export function frontMatterText(frontMatter: FrontMatter | undefined, keys: readonly string[]): RawText | undefined {
  for (const key of keys) {
    const entry = frontMatter?.entries.get(key);
    if (entry && typeof entry.value === 'string') return { text: entry.value, start: entry.valueSpan.start, end: entry.valueSpan.end };
  }
  return undefined;
}

/** The address hints of the page settings, as text (lists one item a line, dates as YYYY-MM-DD). */
export function addressHintsOf(frontMatter: FrontMatter | undefined): AddressHints | undefined {
  if (!frontMatter) return undefined;
  const hints: Record<string, string> = {};
  for (const key of hintKeys) {
    const entry = frontMatter.entries.get(key);
    if (entry) hints[key] = hintText(entry.value);
    else if (key === 'menu' && [...frontMatter.entries.keys()].some((name) => name.startsWith('menu.') || name.startsWith('menus'))) hints[key] = '';
  }
  return Object.keys(hints).length > 0 ? hints : undefined;
}

function hintText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((item) => String(item)).join('\n');
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? '' : String(value);
}

/** Which cross-page checks the page's disable comments switch off on a line; undefined when the page has none. */
export type DisabledChecks = ((line: number) => readonly string[] | undefined) | undefined;

export function disabledChecks(comments: readonly CommentText[], lines: LineIndex, frontMatter: FrontMatter | undefined): DisabledChecks {
  if (comments.length === 0) return undefined;
  const suppressions = Suppressions.fromComments(comments, lines);
  return (line) => {
    const ids = siteRules.map((rule) => rule.meta.id).filter((id) => isSuppressed(suppressions, id, line, frontMatter, lines));
    return ids.length > 0 ? ids : undefined;
  };
}

/** The facts with their editor ranges, as plain data; texts written by template code are left out (not comparable). */
export function withRanges(base: PageFacts, raw: RawFacts, lines: LineIndex, addressHints: AddressHints | undefined, disabled: DisabledChecks): PageFacts {
  const span = (start: number, end: number): FactSpan => {
    const range = lines.rangeOf(start, end);
    const off = disabled?.(range.start.line);
    return off ? { start, end, range, disabled: off } : { start, end, range };
  };
  const text = (fact: RawText | undefined): TextFact | undefined =>
    fact === undefined || fact.text.includes(templateMarker) || fact.text.includes('{{') || fact.text.includes('{%')
      ? undefined
      : { text: fact.text, ...span(fact.start, fact.end) };
  const title = text(raw.title);
  const description = text(raw.description);
  const references: ReferenceFact[] = raw.references.map((reference) => ({ ...reference, ...span(reference.start, reference.end) }));
  return {
    ...base,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    anchors: [...new Set(raw.anchors)],
    references,
    ...(addressHints ? { addressHints } : {}),
    firstLine: span(0, 0),
  };
}
