import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isWholePage } from '../html/document';
import { inDifferentBranches } from '../templates/templateCode';

const id = 'single-h1';

export const singleH1: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'A page should have only one main heading',
    description: 'Finds whole pages with more than one `<h1>` and reports every `<h1>` after the first.',
    whyItMatters:
      "The `<h1>` is the title of the page's content. One clear main heading tells readers, screen reader users and search engines what the page is about; several compete with each other. Sections inside the page should use `<h2>`, `<h3>` and so on.",
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      second: 'This page already has a main heading (<h1>). Keep one <h1> for the page title and make this one a section heading (<h2>).',
      changeToH2: 'Change to <h2>',
    },
  },
  check({ page, source, report }) {
    if (!isWholePage(page, source)) return;
    const headings = page.elementsNamed('h1');
    for (let i = 1; i < headings.length; i++) {
      const heading = headings[i];
      // An <h1> in the other branch of a template conditional is never built together with this one (the first
      // few earlier ones are compared, so a page of thousands of branches stays linear).
      if (!headings.slice(0, Math.min(i, 16)).some((earlier) => !inDifferentBranches(source, earlier, heading))) continue;
      const tag = page.startTagSpan(heading);
      const endTag = page.endTagStart(heading);
      const edits = [{ start: tag.start + 1, end: tag.start + 3, newText: 'h2' }];
      if (endTag !== undefined) edits.push({ start: endTag + 2, end: endTag + 4, newText: 'h2' });
      report({
        message: ruleMessage(singleH1.meta, 'second'),
        ...tag,
        fixes: [{ title: ruleMessage(singleH1.meta, 'changeToH2'), edits }],
      });
    }
  },
};
