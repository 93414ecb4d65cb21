import { docPathFor, ruleMessage } from '../../rules/rule';
import { noPageCheck, type SiteRule } from '../siteRule';
import { reportDuplicate } from '../duplicates';

const id = 'duplicate-title';

export const duplicateTitle: SiteRule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Each page has its own title',
    description: "Finds pages whose title is the same as another page's title (letter case and spaces ignored).",
    whyItMatters:
      'Search results show the title as the link to the page. When two pages share it, people cannot tell which one they want, and search engines may show only one of them.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      sameTitle:
        'Another page has the same title: {pages}. Search results show the title as the link, so people cannot tell these pages apart: give this page a title of its own.',
    },
  },
  check: noPageCheck,
  dependsOn: 'title',
  checkSitePage(context) {
    reportDuplicate(context, 'title', (pages) => ruleMessage(duplicateTitle.meta, 'sameTitle', { pages }));
  },
};
