import { Parser, QuoteType } from 'htmlparser2';

/**
 * Character references (`&amp;`, `&eacute;`, `&#8217;`) decoded exactly as htmlparser2 decodes them while it reads a
 * page, by letting htmlparser2 itself read the few pieces that hold a `&`.
 *
 * The page parser (html/parse.ts) reads with decoding switched off: decoding makes its tokenizer look at every
 * character of the text one by one, where without it the text is skipped up to the next `<` in one native search —
 * about a fifth of the parse on a large page. The text and attribute values are then decoded here, only where they
 * hold a `&` (a handful of places on most pages), so the page model is the same as with decoding on.
 */

const pieces: string[] = [];
let attributeValue = '';

/** Reads a piece of text as page text: its own tokenizer, so the state of the page's parser is untouched. */
const textReader = new Parser(
  {
    ontext(data) {
      pieces.push(data);
    },
  },
  { decodeEntities: true },
);

/** Reads one start tag holding the attribute, to decode its value with the rules for attribute values. */
const attributeReader = new Parser(
  {
    onattribute(_name, value) {
      attributeValue = value;
    },
  },
  { decodeEntities: true },
);

/**
 * Page text as written between tags, decoded. `inTitle`: text of a `<title>`, which the parser reads as raw text (a
 * `<b>` there is text, not a tag) but still decodes; it is read inside a `<title>` here too.
 */
export function decodeText(raw: string, inTitle: boolean): string {
  if (!raw.includes('&')) return raw;
  pieces.length = 0;
  if (inTitle) {
    // Nothing inside can end the title early: the page's parser ended this text at the title's own end tag.
    textReader.parseComplete(`<title>${raw}`);
  } else {
    textReader.parseComplete(raw);
  }
  return pieces.join('');
}

/** An attribute's value as written (without its quotes), decoded; `quote` is how it was quoted in the page. */
export function decodeAttributeValue(raw: string, quote: QuoteType): string {
  if (!raw.includes('&')) return raw;
  const mark = quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : '';
  attributeValue = raw;
  // An unquoted value holds no space or `>`, and a quoted one not its own quote: it reads back as one value.
  attributeReader.parseComplete(`<a v=${mark}${raw}${mark}>`);
  return attributeValue;
}
