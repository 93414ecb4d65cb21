import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { blockTexts } from '../html/blockText';
import { collapseWhitespace as collapse } from '../text/whitespace';

const id = 'all-caps';

/** Fewer words than this in capitals are fine: acronyms, short labels ("FREE ENTRY"). */
const minimumWords = 4;

const blocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'a']);

const kinds: Readonly<Record<string, string>> = { p: 'paragraph', li: 'list item', a: 'link' };

export const allCaps: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'info',
    title: 'Avoid whole sentences in capital letters',
    description:
      'Finds paragraphs, headings, list items and links of four or more words written entirely in capital letters in the HTML. Short acronyms and labels are fine.',
    whyItMatters:
      'Text in capitals is slower to read: words lose their shape, which matters most for people with dyslexia or low vision. Some screen readers spell out words in capitals letter by letter, and capitals can read as SHOUTING.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      capitals:
        'This {kind} is written in capital letters ("{text}"). Capitals are harder to read and some screen readers spell them out letter by letter. Type it in normal sentence case; if capitals are the design, ask your web team to use CSS (text-transform: uppercase) instead.',
    },
  },
  check({ page, report }) {
    // Links count as their own block only outside a paragraph, heading or list item (which is reported instead).
    // A block with a lower-case letter anywhere cannot be in capitals: its text is not even gathered.
    const texts = blockTexts(
      page.root.children,
      (element, insideBlock) => blocks.has(element.name) && (element.name !== 'a' || !insideBlock),
      undefined,
      undefined,
      (text) => !hasLowerCase(text),
    );
    for (const { element, text } of texts) {
      if (!shouting(text)) continue;
      const span = page.startTagSpan(element);
      report({
        message: ruleMessage(allCaps.meta, 'capitals', { kind: kindOf(element), text: preview(text) }),
        start: span.start,
        end: span.end,
      });
    }
  },
};

/** Whether the text holds a lower-case letter (\p{Ll}); the usual answer, a-z near the start, without a regular expression. */
function hasLowerCase(text: string): boolean {
  let beyondAscii = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return true;
    if (code >= 128) beyondAscii = true;
  }
  return beyondAscii && /\p{Ll}/u.test(text);
}

/** At least `minimumWords` words with letters, and no lower-case letter anywhere. */
export function shouting(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  let words = 0;
  for (const token of text.split(/\s+/)) {
    if (/\p{Lu}/u.test(token)) words++;
  }
  if (words < minimumWords) return false;
  // Letters that have case at all (not CJK, Arabic…), and enough of them to be more than initials.
  const letters = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 12;
}

function kindOf(element: Element): string {
  return kinds[element.name] ?? `heading (<${element.name}>)`;
}

function preview(text: string): string {
  const clean = collapse(text);
  return clean.length > 50 ? `${clean.slice(0, 49)}…` : clean;
}
