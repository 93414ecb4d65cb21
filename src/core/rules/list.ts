import { isTag, type ChildNode } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { explicitRole } from '../aria/roles';
import { Hidden, hiddenItself } from '../html/visibility';
import { meaningfulChildren, textSpan } from '../html/tree';

const id = 'list';

export const list: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Lists must contain only list items',
    description:
      'Finds `<ul>` and `<ol>` lists with something other than list items directly inside them: text, a `<div>`, a `<p>` or a link not wrapped in `<li>`, or an `<li>` given another role. `<script>` and `<template>` are allowed, and so are hidden elements.',
    whyItMatters:
      'Screen readers announce a list and how many items it has ("list, 5 items") so listeners know what to expect and can skip it. Anything directly inside the list that is not a list item breaks this: items are miscounted or read out of context.',
    equivalents: { axe: 'list', lighthouse: 'list' },
    docPath: docPathFor(id),
    messages: {
      textInList:
        'This text sits directly inside a list ({tag}), where only list items (<li>) belong. Screen readers may skip it. Wrap it in <li>…</li>, or move it out of the list.',
      itemWithRole:
        'This <{element}> in a list ({tag}) has role="{role}", so screen readers no longer count it as a list item. Remove the role, or use a <div> instead of {tag} if this is not a list.',
      elementInList:
        'This <{element}> sits directly inside a list ({tag}), where only list items (<li>) belong. Screen readers will miscount or skip it. Wrap it in <li>…</li>, or move it out of the list.',
    },
  },
  check({ page, report }) {
    for (const name of ['ul', 'ol']) {
      for (const element of page.elementsNamed(name)) {
        if (element.attribs['role']) continue;
        // As axe-core's only-listitems check: text, or a visible element that is not an <li> without a role, or anything with a role other than listitem.
        let firstBad: ChildNode | undefined;
        for (const child of meaningfulChildren(element)) {
          if (!isTag(child)) {
            firstBad = child;
            break;
          }
          if (hiddenItself(child, Hidden.skippedListChild)) continue;
          const role = explicitRole(child);
          if (role === undefined ? child.name === 'li' : role === 'listitem') continue;
          firstBad = child;
          break;
        }
        if (!firstBad) continue;
        const tag = `<${element.name}>`;
        const span = isTag(firstBad) ? page.startTagSpan(firstBad) : textSpan(firstBad);
        const role = isTag(firstBad) ? explicitRole(firstBad) : undefined;
        report({
          message: !isTag(firstBad)
            ? ruleMessage(list.meta, 'textInList', { tag })
            : role !== undefined
              ? ruleMessage(list.meta, 'itemWithRole', { element: firstBad.name, tag, role })
              : ruleMessage(list.meta, 'elementInList', { element: firstBad.name, tag }),
          start: span.start,
          end: span.end,
        });
      }
    }
  },
};
