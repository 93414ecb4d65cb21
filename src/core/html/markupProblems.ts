import type { SourceInfo } from '../source';
import { Parser } from 'htmlparser2';
import type { HtmlPage, Span } from './parse';
import { pageCacheKey, pageCached } from './pageCache';
import { templateMarker } from '../templates/mask';
import { holdsPair } from '../text/pairs';

/** One attribute as written in a start tag (duplicates kept), from htmlparser2's attribute events. */
export interface WrittenAttribute extends Span {
  readonly name: string;
  readonly value: string;
  /** `"` or `'` for a quoted value, null for an unquoted one, undefined for no value. */
  readonly quote: string | null | undefined;
}

export interface StartTag extends Span {
  readonly name: string;
  readonly attributes: readonly WrittenAttribute[];
}

/** An element left open: closed only by the end of the page or by the end tag of an element around it. */
export interface UnclosedElement extends Span {
  readonly name: string;
  /** The end tag that closed it early, when there is one. */
  readonly closedBy?: Span & { readonly name: string };
}

/** What broken markup looks like in htmlparser2's events over one page. */
export interface MarkupProblems {
  readonly startTags: readonly StartTag[];
  readonly unclosed: readonly UnclosedElement[];
  /** End tags with no open element of that name (browsers ignore them). */
  readonly strayEndTags: ReadonlyArray<Span & { readonly name: string }>;
  /** Offsets of `<` characters that are read as text because no tag name follows. */
  readonly lessThanInText: readonly number[];
}

const markupProblemsKey = pageCacheKey('broken markup on the page', (page): MarkupProblems => {
  const signs = page.markupSigns;
  return {
    startTags: signs.suspectTags.map((element) => writtenStartTag(page.text, element.name, page.startTagSpan(element))),
    unclosed: signs.unclosed,
    strayEndTags: signs.strayEndTags,
    lessThanInText: signs.lessThanInText,
  };
});

/**
 * Broken markup on the page. The parse notes the signs in passing (HtmlPage.markupSigns); only start tags with a
 * suspect attribute are read again, attribute by attribute, to say exactly where.
 */
export function markupProblems(page: HtmlPage): MarkupProblems {
  return pageCached(page, markupProblemsKey);
}

/** One start tag's attributes as written (duplicates kept), from htmlparser2's attribute events over that tag. */
function writtenStartTag(text: string, name: string, tag: Span): StartTag {
  const attributes: WrittenAttribute[] = [];
  const parser: Parser = new Parser(
    {
      onattribute(attributeName, value, quote) {
        attributes.push({ name: attributeName, value, quote, start: tag.start + parser.startIndex, end: tag.start + parser.endIndex });
      },
    },
    { lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(text.slice(tag.start, tag.end));
  return { name, start: tag.start, end: tag.end, attributes };
}

/**
 * Whether the file may hold template code that decides its structure (`{% if %}<div>{% else %}<div class=x>…`):
 * a layout, a page of a site generator, or text with template code or its masking marker. Tags that only pair up
 * once the template runs are then not reported as broken.
 */
export function mayHoldTemplateCode(text: string, source: Pick<SourceInfo, 'generator' | 'role' | 'templates'>): boolean {
  return source.generator !== 'plain' || source.role === 'layout' || source.templates?.present === true || textMayHoldTemplateCode(text);
}

/** The last page text asked about: several checks ask in a row, and each answer costs scans of the whole page. */
let lastAsked: { readonly text: string; readonly answer: boolean } | undefined;

function textMayHoldTemplateCode(text: string): boolean {
  if (lastAsked?.text === text) return lastAsked.answer;
  const answer = text.includes(templateMarker) || text.includes('{%') || text.includes('{{') || holdsPair(text, '<', '%');
  lastAsked = { text, answer };
  return answer;
}
