import { isTag, isText, type ChildNode } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor } from './rule';
import { nonTextElements } from '../html/parse';

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

export const placeholderText: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'No placeholder text left on the page',
    description:
      'Finds dummy text and notes-to-self left in what readers see: "lorem ipsum", "[insert …]", and the markers TODO, TBD, TK, FIXME and XXX (in capitals, as whole words), in page text and in `alt`, `title` and `aria-label`. Comments, scripts, styles and code samples are not checked.',
    whyItMatters:
      'Placeholder text that reaches the live site looks careless, confuses readers, and can end up in search results and in what screen readers read aloud.',
    equivalents: {},
    docPath: docPathFor(id),
  },
  check({ page, report }) {
    if (!pageCheck.test(page.text)) return;
    const language = page.language?.split(/[-_]/)[0] ?? '';
    const active = todoIsAWord.has(language)
      ? markers.map((marker) => (marker.label === 'TODO' ? { ...marker, pattern: /\bTODO(?=\s*:)/ } : marker))
      : markers;
    const find = (text: string): { index: number; length: number; label: string } | undefined => {
      if (!quickCheck.test(text)) return undefined;
      let best: { index: number; length: number; label: string } | undefined;
      for (const { pattern, label } of active) {
        const match = pattern.exec(text);
        if (match && (!best || match.index < best.index)) best = { index: match.index, length: match[0].length, label };
      }
      return best;
    };
    const say = (label: string, where: string) =>
      `Placeholder text "${label}" is still in ${where}. Replace it with the real content, or remove it before publishing.`;

    // Text nodes, without recursion; skipped elements' content is left out.
    const stack: ChildNode[] = [...page.root.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isText(node)) {
        if (node.startIndex === null || node.endIndex === null || !quickCheck.test(node.data)) continue;
        const source = page.text.slice(node.startIndex, node.endIndex + 1);
        const found = find(source);
        if (found) {
          const start = node.startIndex + found.index;
          report({ message: say(found.label, 'the page text'), start, end: start + found.length });
        }
        continue;
      }
      if (!isTag(node) || skipped.has(node.name)) continue;
      for (const name of wordAttributes) {
        const attribute = node.attribs[name];
        // Locating an attribute in the source costs a small parse: only done for a value that holds a marker.
        if (attribute === undefined || !find(attribute)) continue;
        const value = page.attributeValueSpan(node, name);
        if (!value) continue;
        const found = find(page.text.slice(value.start, value.end));
        if (found) {
          const start = value.start + found.index;
          report({ message: say(found.label, `the ${name} text of this <${node.name}>`), start, end: start + found.length });
        }
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  },
};
