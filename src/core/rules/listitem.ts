import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { parentElement } from '../html/tree';
import { roleOf } from '../aria/roles';

const id = 'listitem';

export const listitem: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'List items must be inside a list',
    description:
      'Finds list items (`<li>`) that are not directly inside a `<ul>`, `<ol>` or `<menu>` (or an element with `role="list"`). In a template part (a file without `<html>`), an `<li>` at the top level is not reported: it is probably included inside a list elsewhere.',
    whyItMatters:
      'Screen readers announce list items as part of a list ("3 of 7"), which helps listeners follow along. A list item outside a list is read as loose text, and browsers may show the bullet points wrongly.',
    equivalents: { axe: 'listitem', lighthouse: 'listitem' },
    docPath: docPathFor(id),
    messages: {
      parentWithRole:
        'This list item (<li>) is inside a <{parent}> with role="{role}", which is no longer a list, so screen readers do not read it as a list item. Remove that role, or wrap the items in <ul>.',
      outsideList:
        'This list item (<li>) is inside a <{parent}>, not a list, so screen readers do not read it as part of a list. Put it inside <ul> (bullets) or <ol> (numbered).',
    },
  },
  check({ page, report }) {
    for (const item of page.elementsNamed('li')) {
      if (item.attribs['role']) continue;
      const parent = parentElement(item);
      if (!parent || parent.name === 'template') continue;
      const role = roleOf(parent);
      if (role === 'list' || role === 'none' || role === 'presentation') continue;
      const span = page.startTagSpan(item);
      const hasRole = parent.attribs['role'] !== undefined && role !== undefined;
      report({
        message: hasRole
          ? ruleMessage(listitem.meta, 'parentWithRole', { parent: parent.name, role })
          : ruleMessage(listitem.meta, 'outsideList', { parent: parent.name }),
        start: span.start,
        end: span.end,
      });
    }
  },
};
