import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { markupProblems, type StartTag, type WrittenAttribute } from '../html/markupProblems';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';

const id = 'attribute-quotes';

export const attributeQuotes: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'error',
    title: 'Attribute text must not end early at a quote',
    description:
      'Finds attribute values cut short by a quote inside them, such as `alt="The "big" sale"` or `title=\'Bob\'s page\'`, where the rest of the words are read as extra attributes; and attributes written with no space before the next one (`alt="Map"src="map.png"`).',
    whyItMatters:
      'The text stops at the inner quote: the image description, link title or page description readers and search engines get is cut short, and the leftover words can break the rest of the tag.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      noSpace: 'There is no space between {attribute}="…" and {next}. Add a space so the two are read correctly.',
      endsAtDoubleQuote:
        'The {attribute} text ends early at the double quote after "{value}", so the rest ({rest}) is read as extra attributes. Write that quote as &quot;, or put the whole text in the other kind of quotes.',
      endsAtApostrophe:
        'The {attribute} text ends early at the apostrophe (\') after "{value}", so the rest ({rest}) is read as extra attributes. Write that quote as &#39;, or put the whole text in the other kind of quotes.',
      addSpace: 'Add a space',
      keepQuotes: 'Keep the quotes as part of the text',
    },
  },
  check({ page, report }) {
    for (const tag of markupProblems(page).startTags) {
      const attributes = tag.attributes;
      for (let index = 0; index < attributes.length - 1; index++) {
        const attribute = attributes[index];
        const quote = attribute.quote;
        if (quote !== '"' && quote !== "'") continue;
        const next = attributes[index + 1];
        if (next.start !== attribute.end) continue;
        const last = lastBrokenPart(attributes, index, quote);
        if (last === undefined) {
          report({
            message: ruleMessage(attributeQuotes.meta, 'noSpace', { attribute: attribute.name, next: next.name }),
            start: next.start,
            end: next.end,
            fixes: [{ title: ruleMessage(attributeQuotes.meta, 'addSpace'), edits: [{ start: next.start, end: next.start, newText: ' ' }], safe: true }],
          });
          continue;
        }
        const rest = page.text.slice(attribute.end, attributes[last].end);
        report({
          message: ruleMessage(attributeQuotes.meta, quote === '"' ? 'endsAtDoubleQuote' : 'endsAtApostrophe', {
            attribute: attribute.name,
            value: attribute.value,
            rest,
          }),
          start: attribute.start,
          end: attributes[last].end,
          fixes: rejoinFix(page, tag, attribute, attributes[last], quote),
        });
        index = last;
      }
    }
  },
};

/**
 * The last of the attributes after `index` that are the leftover words of its value: valueless or unquoted parts
 * up to one holding the same quote. Undefined when none holds the quote (then only a space is missing).
 */
function lastBrokenPart(attributes: readonly WrittenAttribute[], index: number, quote: string): number | undefined {
  let last: number | undefined;
  for (let next = index + 1; next < attributes.length; next++) {
    const part = attributes[next];
    if (part.quote === '"' || part.quote === "'") break;
    if (part.name.includes(quote) || part.value.includes(quote)) last = next;
  }
  return last;
}

/** Rewrites the value to run to its last quote, with the quotes inside escaped, when it clearly ends there. */
function rejoinFix(page: HtmlPage, tag: StartTag, attribute: WrittenAttribute, lastPart: WrittenAttribute, quote: string): Fix[] {
  if (page.text[lastPart.end - 1] !== quote || lastPart.end > tag.end) return [];
  const valueStart = page.text.indexOf(quote, attribute.start) + 1;
  const inner = page.text
    .slice(valueStart, lastPart.end - 1)
    .split('"')
    .join('&quot;');
  const newText = `${page.text.slice(attribute.start, valueStart - 1)}"${inner}"`;
  return [{ title: ruleMessage(attributeQuotes.meta, 'keepQuotes'), edits: [{ start: attribute.start, end: lastPart.end, newText }] }];
}
