import { docPathFor, ruleMessage } from '../../rules/rule';
import { noPageCheck, type SiteRule } from '../siteRule';

const id = 'canonical-missing-page';

export const canonicalMissingPage: SiteRule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'error',
    title: 'The canonical link goes to a page that exists',
    description:
      'Finds pages whose canonical link (`<link rel="canonical">`, the address search engines should show for the page) points at an address of this site where there is no page.',
    whyItMatters: 'Search engines are told to show a page that does not exist instead of this one, so this page can drop out of search results.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      noSuchPage:
        'The canonical link points to "{address}", but the site has no page there, so search engines are told to show a page that does not exist. Point it at this page\'s own address.',
    },
  },
  check: noPageCheck,
  dependsOn: 'references',
  checkSitePage(context) {
    for (const { reference, to } of context.site.resolvedOf(context.page).missing) {
      if (reference.kind !== 'canonical' || to.kind !== 'missing') continue;
      context.report({
        at: reference,
        message: ruleMessage(canonicalMissingPage.meta, 'noSuchPage', { address: reference.address }),
      });
    }
  },
};
