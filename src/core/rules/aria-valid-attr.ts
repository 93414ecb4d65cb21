import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { Fix } from '../types';
import { attributeIndex, ariaAttributeNames, isKnownAriaAttribute } from '../aria/attributes';
import { editDistance } from '../text/editDistance';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'aria-valid-attr';

/** The one known attribute within two edits of a misspelt name, if exactly one is closest. */
function closestName(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const known of ariaAttributeNames) {
    const distance = editDistance(name, known, 2);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best && !tie ? best : undefined;
}

export const ariaValidAttr: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'ARIA attributes must exist',
    description: 'Finds attributes starting with `aria-` that are not ARIA attributes, usually typos such as `aria-lable` or `aria-discribedby`.',
    whyItMatters:
      'Screen readers only understand the ARIA attributes in the standard. A misspelt one is silently ignored, so the label, description or state it was meant to give never reaches the people who need it.',
    equivalents: { axe: 'aria-valid-attr', lighthouse: 'aria-valid-attr' },
    docPath: docPathFor(id),
    messages: {
      unknown: '"{name}" is not an ARIA attribute, so screen readers ignore it. Check the spelling against the list of ARIA attributes, or remove it.',
      unknownAlreadyHasSuggestion:
        '"{name}" is not an ARIA attribute, so screen readers ignore it. This element already has "{suggestion}": remove "{name}", and keep whichever text is right in "{suggestion}".',
      unknownDidYouMean: '"{name}" is not an ARIA attribute, so screen readers ignore it. Did you mean "{suggestion}"?',
      changeTo: 'Change to {suggestion}',
      removeAttribute: 'Remove {name}',
    },
  },
  check({ page, report }) {
    for (const element of attributeIndex(page).withAria) {
      for (const name of Object.keys(element.attribs)) {
        if (!name.startsWith('aria-') || isKnownAriaAttribute(name)) continue;
        // As axe-core: screen readers never meet a hidden element, so its attributes cannot mislead them.
        if (hiddenWithAncestors(page, element, Hidden.fromScreenReaders)) break;
        const span = page.attributeSpan(element, name) ?? page.startTagSpan(element);
        const suggestion = closestName(name);
        // Renaming to an attribute the element already has would write it twice (browsers keep only the first).
        const alreadyThere = suggestion !== undefined && element.attribs[suggestion] !== undefined;
        const fixes: Fix[] = !suggestion
          ? []
          : alreadyThere
            ? [removeAttributeFix(page.text, span, name)]
            : [
                {
                  title: ruleMessage(ariaValidAttr.meta, 'changeTo', { suggestion }),
                  edits: [{ start: span.start, end: span.start + name.length, newText: suggestion }],
                },
              ];
        report({
          message: !suggestion
            ? ruleMessage(ariaValidAttr.meta, 'unknown', { name })
            : alreadyThere
              ? ruleMessage(ariaValidAttr.meta, 'unknownAlreadyHasSuggestion', { name, suggestion })
              : ruleMessage(ariaValidAttr.meta, 'unknownDidYouMean', { name, suggestion }),
          start: span.start,
          end: span.end,
          fixes,
        });
      }
    }
  },
};

/** Removes the attribute and the spaces before it. */
function removeAttributeFix(text: string, span: { readonly start: number; readonly end: number }, name: string): Fix {
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { title: ruleMessage(ariaValidAttr.meta, 'removeAttribute', { name }), edits: [{ start, end: span.end, newText: '' }] };
}
