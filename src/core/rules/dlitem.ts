import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { explicitRole } from '../aria/roles';
import { parentElement } from '../html/tree';

const id = 'dlitem';

export const dlitem: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Terms and descriptions must be inside a definition list',
    description:
      'Finds terms (`<dt>`) and descriptions (`<dd>`) that are not directly inside a `<dl>`, or inside a `<div>` group directly inside a `<dl>`. In a template part (a file without `<html>`), ones at the top level are not reported: they are probably included inside a `<dl>` elsewhere.',
    whyItMatters:
      'Screen readers only announce terms and their descriptions as pairs when they are inside a definition list. Outside one, they are read as loose text and listeners cannot tell which description belongs to which term.',
    equivalents: { axe: 'dlitem', lighthouse: 'dlitem' },
    docPath: docPathFor(id),
    messages: {
      listWithRole:
        'This {what} is in a <dl> whose role makes it something other than a list, so screen readers do not pair terms and descriptions. Remove the role from the <dl>.',
      outsideList:
        'This {what} is not inside a definition list (<dl>), so screen readers read it as loose text. Wrap the terms and descriptions in <dl>…</dl>.',
    },
  },
  check({ page, report }) {
    for (const name of ['dt', 'dd']) {
      for (const item of page.elementsNamed(name)) {
        if (item.attribs['role']) continue;
        let parent = parentElement(item);
        if (!parent || parent.name === 'template') continue;
        if (parent.name === 'div') {
          const role = explicitRole(parent);
          if (role === undefined || role === 'none' || role === 'presentation') {
            parent = parentElement(parent);
            if (!parent || parent.name === 'template') continue;
          }
        }
        if (parent.name === 'dl') {
          const role = explicitRole(parent);
          if (role === undefined || role === 'none' || role === 'presentation' || role === 'list') continue;
        }
        const span = page.startTagSpan(item);
        const what = name === 'dt' ? 'term (<dt>)' : 'description (<dd>)';
        report({
          message: parent.name === 'dl' ? ruleMessage(dlitem.meta, 'listWithRole', { what }) : ruleMessage(dlitem.meta, 'outsideList', { what }),
          start: span.start,
          end: span.end,
        });
      }
    }
  },
};
