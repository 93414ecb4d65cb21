import { isTag, isText, type ChildNode } from 'domhandler';
import type { Rule, RuleContext } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { nonTextElements } from '../html/parse';
import { findSampleWords, sampleWords } from '../text/sampleWords';

const id = 'placeholder-text';

/**
 * Placeholder markers. Case matters where a normal word could collide: TODO,
 * TBD, TK and FIXME count only in capitals; "lorem ipsum" and "[insert …]" in
 * any case. TK is the printers' mark for "to come".
 */
const markers: readonly { readonly pattern: RegExp; readonly label: string }[] = [
  { pattern: /\blorem ipsum\b/i, label: 'lorem ipsum' },
  { pattern: /\[\s*insert\b[^\]\n]{0,80}\]/i, label: '[insert …]' },
  { pattern: /\bTODO\b/, label: 'TODO' },
  { pattern: /\bTBD\b/, label: 'TBD' },
  { pattern: /\bTK\b/, label: 'TK' },
  { pattern: /\bFIXME\b/, label: 'FIXME' },
  { pattern: /\bX{3,}\b/, label: 'XXX' },
];

/** A cheap first pass: text without any of these cannot hold a marker. */
const quickCheck = /[Ll][Oo][Rr][Ee][Mm]|\[|TODO|TBD|TK|FIXME|XXX/;

/** The same over the whole page source, once: most pages have no marker at all and need no walk. */
const pageCheck = /[Ll][Oo][Rr][Ee][Mm]|\[\s*[Ii][Nn][Ss][Ee][Rr][Tt]|TODO|TBD|TK|FIXME|XXX/;

/** In Spanish, Portuguese, Catalan and Galician "TODO" is a word ("all"): there only "TODO:" counts. */
const todoIsAWord = new Set(['es', 'pt', 'ca', 'gl']);

/** Elements whose text is code or not shown as page text. */
const skipped = new Set([...nonTextElements, 'code', 'pre', 'kbd', 'samp', 'var']);

/** Attributes whose words readers meet (read aloud, shown as tooltips or in place of images). */
const wordAttributes = ['alt', 'title', 'aria-label'];

/**
 * Attributes a snippet fills with sample words or a sample address: checked for those only. An image's size is sample
 * words too ("Width in pixels…"), not a sample number: 800 × 600 left in cannot be told from a real 800 × 600 image.
 */
const sampleAttributes = ['href', 'src', 'content', 'placeholder', 'width', 'height'];

interface Found {
  readonly index: number;
  readonly length: number;
  readonly label: string;
  /** Sample words from a snippet or an insert, rather than a writer's own marker. */
  readonly sample?: boolean;
}

function findMarker(text: string, active: typeof markers): Found | undefined {
  if (!quickCheck.test(text)) return undefined;
  let best: Found | undefined;
  for (const { pattern, label } of active) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, length: match[0].length, label };
  }
  return best;
}

function findSample(text: string): Found | undefined {
  const words = findSampleWords(text);
  return words && { index: words.index, length: words.length, label: words.words, sample: true };
}

/**
 * Whether the page source holds any sample words, as findSampleWords(text) !== undefined would say, without
 * lower-casing the whole page (a copy as large as the page, and a slow one for text beyond Latin-1) or scanning it
 * once per sample word. Each sample word has an anchor, a character that has no case: its "…", or else its first
 * punctuation mark or digit. Each place the page holds an anchor (found with indexOf, a fast native scan) is compared
 * in full with the words anchored there, ignoring case.
 */
function pageHoldsSampleWords(text: string): boolean {
  for (const [anchor, anchored] of sampleWordsByAnchor) {
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      for (const { words, anchorAt } of anchored) if (sameWordsAt(text, at - anchorAt, words)) return true;
    }
  }
  // Sample words without such a character (none today) are searched for the slow way.
  if (unanchoredSampleWords.length === 0) return false;
  const lower = text.toLowerCase();
  return unanchoredSampleWords.some((words) => lower.includes(words));
}

/** Where in the (lower-case) sample words their anchor stands. */
interface AnchoredWords {
  readonly words: string;
  readonly anchorAt: number;
}

const sampleWordsByAnchor = new Map<string, AnchoredWords[]>();
const unanchoredSampleWords: string[] = [];
for (const words of sampleWords.map((sample) => sample.toLowerCase())) {
  const ellipsis = words.indexOf('…');
  const anchorAt = ellipsis >= 0 ? ellipsis : [...words].findIndex((char) => char !== ' ' && char.toLowerCase() === char.toUpperCase());
  if (anchorAt < 0 || words.length !== [...words].length) {
    unanchoredSampleWords.push(words);
    continue;
  }
  const anchor = words[anchorAt];
  const list = sampleWordsByAnchor.get(anchor) ?? [];
  list.push({ words, anchorAt });
  sampleWordsByAnchor.set(anchor, list);
}

/**
 * Whether `text` holds `lowerWords` (lower-case) at `start`, ignoring case as lower-casing the text would: character
 * by character, without a copy.
 */
function sameWordsAt(text: string, start: number, lowerWords: string): boolean {
  if (start < 0 || start + lowerWords.length > text.length) return false;
  for (let index = 0; index < lowerWords.length; index++) {
    const code = text.charCodeAt(start + index);
    const wanted = lowerWords.charCodeAt(index);
    if (code === wanted) continue;
    if (code >= 65 && code <= 90) {
      if (code + 32 !== wanted) return false;
    } else if (code < 128 || String.fromCharCode(code).toLowerCase() !== lowerWords[index]) return false;
  }
  return true;
}

/** Placeholder markers or snippet sample words in `text`, for checking a writer's answer before it is written. */
export function leftoverPlaceholder(text: string): string | undefined {
  return (findMarker(text, markers) ?? findSample(text))?.label;
}

export const placeholderText: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'No placeholder text left on the page',
    description:
      'Finds dummy text and notes-to-self left in what readers see: "lorem ipsum", "[insert …]", and the markers TODO, TBD, TK, FIXME and XXX (in capitals, as whole words), in page text and in `alt`, `title` and `aria-label`; and the sample words our snippets insert for you to replace (they end with "…", such as "Describe the image…", or are sample names such as your-image.jpg and your-organisation.org), in the page, its links and addresses, and its page settings. Comments, scripts, styles and code samples are not checked.',
    whyItMatters:
      'Placeholder text that reaches the live site looks careless, confuses readers, and can end up in search results and in what screen readers read aloud.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      sampleInSetting: 'The sample words "{words}" are still in the page setting "{key}". Replace them with the real content before publishing.',
      sampleInText: 'The sample words "{words}" are still in the page text. Replace them with the real content before publishing.',
      sampleInAttribute:
        'The sample words "{words}" are still in the {attribute} text of this <{element}>. Replace them with the real content before publishing.',
      markerInText: 'Placeholder text "{words}" is still in the page text. Replace it with the real content, or remove it before publishing.',
      markerInAttribute:
        'Placeholder text "{words}" is still in the {attribute} text of this <{element}>. Replace it with the real content, or remove it before publishing.',
    },
  },
  check({ page, source, report }) {
    const hasMarker = pageCheck.test(page.text);
    const hasSample = pageHoldsSampleWords(page.text);
    if (hasMarker || hasSample) checkPage(page, hasMarker, report);
    // Sample words left in the page settings (front matter) of a snippet.
    for (const entry of source.frontMatter?.entries.values() ?? []) {
      const values = Array.isArray(entry.value) ? entry.value : [entry.value];
      const found = values.map((value) => (typeof value === 'string' ? findSample(value) : undefined)).find((sample) => sample !== undefined);
      if (!found) continue;
      report({
        message: ruleMessage(placeholderText.meta, 'sampleInSetting', { words: found.label, key: entry.key }),
        start: entry.valueSpan.start,
        end: entry.valueSpan.end,
        inSource: true,
      });
    }
  },
};

function checkPage(page: RuleContext['page'], hasMarker: boolean, report: RuleContext['report']): void {
  const language = page.language?.split(/[-_]/)[0] ?? '';
  const active = todoIsAWord.has(language) ? markers.map((marker) => (marker.label === 'TODO' ? { ...marker, pattern: /\bTODO(?=\s*:)/ } : marker)) : markers;
  const find = (text: string): Found | undefined => {
    const marker = hasMarker ? findMarker(text, active) : undefined;
    const sample = findSample(text);
    return marker && (!sample || marker.index <= sample.index) ? marker : sample;
  };

  // Text nodes, without recursion; skipped elements' content is left out.
  const stack: ChildNode[] = [...page.root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (node.startIndex === null || node.endIndex === null) continue;
      const found = find(node.data);
      if (!found) continue;
      const text = page.text.slice(node.startIndex, node.endIndex + 1);
      const again = find(text);
      if (again) {
        const start = node.startIndex + again.index;
        report({
          message: ruleMessage(placeholderText.meta, again.sample ? 'sampleInText' : 'markerInText', { words: again.label }),
          start,
          end: start + again.length,
        });
      }
      continue;
    }
    if (!isTag(node) || skipped.has(node.name)) continue;
    const check = (name: string, finder: (value: string) => Found | undefined) => {
      const attribute = node.attribs[name];
      // Locating an attribute in the source costs a small parse: only done for a value that holds a marker.
      if (attribute === undefined || !finder(attribute)) return;
      const value = page.attributeValueSpan(node, name);
      if (!value) return;
      const found = finder(page.text.slice(value.start, value.end));
      if (found) {
        const start = value.start + found.index;
        report({
          message: ruleMessage(placeholderText.meta, found.sample ? 'sampleInAttribute' : 'markerInAttribute', {
            words: found.label,
            attribute: name,
            element: node.name,
          }),
          start,
          end: start + found.length,
        });
      }
    };
    for (const name of wordAttributes) check(name, find);
    for (const name of sampleAttributes) check(name, findSample);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}
