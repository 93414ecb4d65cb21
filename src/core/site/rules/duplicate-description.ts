import { docPathFor, ruleMessage } from '../../rules/rule';
import { noPageCheck, type SiteRule } from '../siteRule';
import { reportDuplicate } from '../duplicates';

const id = 'duplicate-description';

export const duplicateDescription: SiteRule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Each page has its own description',
    description: "Finds pages whose description (for search results) is the same as another page's (letter case and spaces ignored).",
    whyItMatters:
      'Search engines show the description under the title. The same words under several pages do not tell people what is on each one, and search engines may write their own instead.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      sameDescription:
        'Another page has the same description: {pages}. Search results show it under the title, so describe what is on this page in its own words.',
    },
  },
  check: noPageCheck,
  dependsOn: 'description',
  checkSitePage(context) {
    reportDuplicate(context, 'description', (pages) => ruleMessage(duplicateDescription.meta, 'sameDescription', { pages }));
  },
};
