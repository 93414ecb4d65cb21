import type { ChildNode } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isWholePage } from '../html/document';
import { blockTexts } from '../html/blockText';
import { collapseWhitespace as collapse } from '../text/whitespace';
import { Hidden, hiddenItself } from '../html/visibility';

const id = 'readability';

/** Pages with fewer words of running text than this are not scored: the formula needs enough text. */
const minimumWords = 100;

/** The running text that is scored. */
const blocks = new Set(['p', 'li', 'blockquote', 'dd']);

/** Parts of a page that are not its main text (menus, side panels, page header and footer, forms). */
const notMainText = new Set(['nav', 'aside', 'header', 'footer', 'form', 'menu']);

export const readability: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'info',
    title: 'Keep the reading level within reach',
    description:
      "Works out the Flesch–Kincaid grade level (the US school year a reader needs) of the page's running text — paragraphs, list items, quotes and definitions in `<main>` (or the articles, or the body; menus, headers, footers and forms left out) — and reports it once, on the main heading, when it is above the target (grade 9 by default) and the page has at least 100 words. The formula only works for English: pages whose `lang` is another language are not scored.",
    whyItMatters:
      'Plain language helps everyone: about one adult in six reads at or below the level of an 11-year-old, people read less carefully on screens, and many readers use a second language. Public services are often asked to write for a reading age of 9 to 12. Shorter sentences and everyday words make the biggest difference.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      aboveTarget:
        'This page reads at about US school grade {grade} (Flesch–Kincaid); the target is {target}. Shorter sentences and everyday words help most. Start with the longest sentence ({words} words): "{sentence}"',
    },
    options: {
      targetGrade: {
        type: 'number',
        default: 9,
        minimum: 1,
        description: 'Pages whose Flesch–Kincaid grade is above this are reported (9 is about age 14–15; GOV.UK aims for about 9).',
      },
    },
  },
  check({ page, source, options, report }) {
    if (!isWholePage(page, source)) return;
    const language = page.language;
    if (language !== undefined && !/^en(?:[-_]|$)/.test(language)) return;
    const target = Math.max(1, options.number('targetGrade'));
    const main = page.first('main');
    const articles = page.elementsNamed('article');
    const body = page.first('body');
    const roots: readonly ChildNode[] = main ? [main] : articles.length > 0 ? articles : body ? [body] : page.root.children;
    const texts = blockTexts(
      roots,
      (element) => blocks.has(element.name),
      (element) => notMainText.has(element.name) || hiddenItself(element, Hidden.fromScreenReaders),
      // Words average under seven characters with their spaces: this is more than maximumWords, with room to spare.
      maximumWords * 10,
    );
    const stats = measure(texts.map((block) => block.text));
    if (stats.words < minimumWords) return;
    const grade = fleschKincaidGrade(stats);
    if (grade <= target) return;
    const anchor = page.first('h1') ?? main ?? body ?? page.first('html');
    const span = anchor ? page.startTagSpan(anchor) : { start: 0, end: 0 };
    const longest = stats.longest;
    report({
      message: ruleMessage(readability.meta, 'aboveTarget', { grade: grade.toFixed(1), target, words: longest.words, sentence: preview(longest.text) }),
      start: span.start,
      end: span.end,
    });
  },
};

function preview(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export interface TextStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly longest: { readonly text: string; readonly words: number };
}

/** Enough words for a stable estimate (a few hundred suffice); longer pages are scored on their first part. */
const maximumWords = 1500;

/**
 * Counts words, sentences and syllables in one pass per block. Each block ends a sentence (list items often have no
 * full stop). A word is a Latin letter (with accents, as in café: only English is scored) followed by letters and
 * apostrophes; a sentence ends at a run of . ! ? … (with closing quotes or brackets after it) followed by a space or
 * the end. The text is read character by character, without a regular expression's match objects (the costliest
 * part of this check once), and each run of marks is read once from its first mark, so a long run costs its length.
 */
export function measure(texts: readonly string[]): TextStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let longest = { text: '', words: 0 };
  for (const text of texts) {
    if (words >= maximumWords) break;
    let sentenceStart = -1;
    let sentenceWords = 0;
    const endSentence = (end: number) => {
      if (sentenceWords === 0) return;
      sentences++;
      if (sentenceWords > longest.words) longest = { text: collapse(text.slice(sentenceStart, end)), words: sentenceWords };
      sentenceWords = 0;
      sentenceStart = -1;
    };
    const length = text.length;
    let index = 0;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (isLetter(code)) {
        let end = index + 1;
        while (end < length && isWordPart(text.charCodeAt(end))) end++;
        if (sentenceStart < 0) sentenceStart = index;
        sentenceWords++;
        words++;
        syllables += cachedSyllables(text.slice(index, end));
        index = end;
        continue;
      }
      if (isSentenceMark(code) && (index === 0 || !isSentenceMark(text.charCodeAt(index - 1)))) {
        let end = index + 1;
        while (end < length && isSentenceMark(text.charCodeAt(end))) end++;
        while (end < length && isClosingMark(text.charCodeAt(end))) end++;
        if (end === length || whitespace.test(text[end])) {
          endSentence(end);
          index = end;
          continue;
        }
      }
      index++;
    }
    endSentence(length);
  }
  return { words, sentences, syllables, longest };
}

const whitespace = /\s/;

/** A-Z, a-z and the Latin letters with accents (U+00C0 to U+024F). */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f);
}

/** A letter, or an apostrophe inside a word (don't, don’t). */
function isWordPart(code: number): boolean {
  return isLetter(code) || code === 39 /* ' */ || code === 0x2019; /* ’ */
}

/** . ! ? … */
function isSentenceMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** " ' ” ’ ) ] after the marks that end a sentence. */
function isClosingMark(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/** Words repeat a lot on a page: remember their counts (bounded, shared across pages). */
const syllableCache = new Map<string, number>();

function cachedSyllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = syllableCount(word);
    if (syllableCache.size > 20000) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}

/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(stats: Pick<TextStats, 'words' | 'sentences' | 'syllables'>): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

/**
 * Syllables in an English word, by a small heuristic (no dictionary), good
 * enough for a reading-level estimate:
 * 1. lower-case, accents dropped, letters only; words of up to 3 letters have 1;
 * 2. a leading "y" before a vowel is a consonant (year, yellow);
 * 3. a silent final "e" is dropped (make, whole) but not in consonant + "le" (table, people);
 * 4. a final "es" is dropped when it is not said as a syllable (makes; but boxes, pages, places, tables keep it);
 * 5. a final "ed" is dropped unless after t or d (jumped, played; but wanted, needed);
 * 6. each run of vowels (a e i o u y) counts one; a final "ea" (idea, area) counts two;
 * 7. at least 1.
 * Checked on: the 1, cat 1, table 2, people 2, whole 1, make 1, makes 1, boxes 2, pages 2, jumped 1,
 * played 1, wanted 2, year 1, reading 2, children 2, library 3, charity 3, council 2, beautiful 3,
 * community 4, information 4, idea 3, cookie 2.
 */
export function syllableCount(word: string): number {
  let w = word
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/^y(?=[aeiou])/, '');
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouysxzgc]es$/.test(w) && !/(?:ch|sh|[^aeiouy]l)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeioudt]ed$/.test(w) || /[aeiouy]ed$/.test(w)) w = w.slice(0, -2);
  let count = w.match(/[aeiouy]+/g)?.length ?? 0;
  if (/[^aeiou]ea$/.test(w)) count++;
  return Math.max(1, count);
}
