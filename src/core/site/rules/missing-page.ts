import { docPathFor, ruleMessage } from '../../rules/rule';
import { noPageCheck, type SiteRule } from '../siteRule';

const id = 'missing-page';

export const missingPage: SiteRule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'error',
    title: 'Links go to pages that exist',
    description:
      'Finds links to an address of this site where there is no page: a page that was moved, renamed or deleted, or a typing mistake in the address.',
    whyItMatters:
      'A reader who follows the link gets a "page not found" error instead of what they were promised, and search engines count broken links against the site.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      noSuchPage:
        'This link goes to "{address}", but the site has no page at that address. Readers would get a "page not found" error: correct the address, or remove the link.',
    },
  },
  check: noPageCheck,
  dependsOn: 'references',
  checkSitePage(context) {
    for (const { reference, to } of context.site.resolvedOf(context.page).missing) {
      if (reference.kind !== 'link' || to.kind !== 'missing' || to.looksLikeFile) continue;
      context.report({
        at: reference,
        message: ruleMessage(missingPage.meta, 'noSuchPage', { address: reference.address }),
      });
    }
  },
};
