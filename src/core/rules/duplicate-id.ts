import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix, RuleMeta } from '../types';
import { inDifferentBranches, isTemplateValue } from '../templates/templateCode';
import type { SourceInfo } from '../source';

const id = 'duplicate-id';

/** The words of the rename fix, the same in duplicate-id-aria. */
export const renameIdMessages = {
  renameId: 'Rename this id…',
  renameIdPrompt: 'Choose a new id for this element (update any links or labels that should point at it)',
  renameIdPlaceholder: 'Letters, digits and hyphens, e.g. "opening-hours-2"',
} as const;

export const duplicateId: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Each id must be used only once',
    description: 'Finds an `id` value used on more than one element in the same file. The first use is fine; every later one is reported.',
    whyItMatters:
      'An id is a name for one place on the page. Links to `#that-id`, labels that point at a field, and screen reader descriptions all go to the first element with that id, so the others are unreachable or described wrongly. Duplicates usually come from copying and pasting a block.',
    equivalents: { htmlhint: 'id-unique' },
    docPath: docPathFor(id),
    messages: {
      alreadyUsed:
        'The id "{id}" is already used by the <{firstElement}> on line {firstLine}. Links and labels that use this id only reach the first one. Give this <{element}> a different id.',
      ...renameIdMessages,
    },
  },
  check({ page, source, report }) {
    const suggested = new Map<string, number>();
    for (const [value, elements] of page.ids) {
      if (elements.length < 2 || isTemplateValue(value)) continue;
      for (const [element, first] of laterDuplicates(source, elements)) {
        reportDuplicate(page, report, duplicateId.meta, element, first, value, suggested);
      }
    }
  },
};

const maxBranchLookBack = 16;

/**
 * Each later element with its first earlier twin. Elements in different branches of one template conditional
 * (`{{ if }}<h1 id="t">{{ else }}<p id="t">{{ end }}`) are never built together, so they are not duplicates.
 */
export function laterDuplicates(source: SourceInfo, elements: readonly Element[]): [Element, Element][] {
  const pairs: [Element, Element][] = [];
  for (let index = 1; index < elements.length; index++) {
    const element = elements[index]!;
    // Looking back a bounded number of elements keeps a page of thousands of exclusive branches linear.
    for (let earlier = 0; earlier < Math.min(index, maxBranchLookBack); earlier++) {
      if (inDifferentBranches(source, elements[earlier]!, element)) continue;
      pairs.push([element, elements[earlier]!]);
      break;
    }
  }
  return pairs;
}

/**
 * Reports a later use of an id, with a fix that asks for a new one (shared with duplicate-id-aria), in the words of
 * the rule's `alreadyUsed` message and `renameIdMessages`.
 */
export function reportDuplicate(
  page: HtmlPage,
  report: (problem: { message: string; start: number; end: number; fixes?: readonly Fix[] }) => void,
  meta: RuleMeta,
  element: Element,
  first: Element,
  value: string,
  suggested: Map<string, number>,
): void {
  const span = page.attributeSpan(element, 'id') ?? page.startTagSpan(element);
  const firstLine = page.lines.rangeOf(first.startIndex ?? 0, first.startIndex ?? 0).start.line + 1;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  report({
    message: ruleMessage(meta, 'alreadyUsed', { id: shown, firstElement: first.name, firstLine, element: element.name }),
    start: span.start,
    end: span.end,
    fixes: renameFix(page, meta, element, value, suggested),
  });
}

/** Asks for a new id, starting from one not used on the page nor suggested for an earlier duplicate (counted per id). */
function renameFix(page: HtmlPage, meta: RuleMeta, element: Element, value: string, suggested: Map<string, number>): Fix[] {
  const span = page.attributeSpan(element, 'id');
  if (!span) return [];
  let n = suggested.get(value) ?? 2;
  while (page.elementsWithId(`${value}-${n}`).length > 0) n++;
  suggested.set(value, n + 1);
  return [
    askFix(ruleMessage(meta, 'renameId'), {
      prompt: ruleMessage(meta, 'renameIdPrompt'),
      placeholder: ruleMessage(meta, 'renameIdPlaceholder'),
      start: span.start,
      end: span.end,
      before: 'id="',
      after: '"',
      escape: 'attribute',
      initialValue: `${value}-${n}`,
    }),
  ];
}
