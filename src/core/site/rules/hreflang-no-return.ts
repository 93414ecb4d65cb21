import { docPathFor, ruleMessage } from '../../rules/rule';
import type { PageFacts } from '../siteCheck';
import type { SiteModel } from '../siteModel';
import { noPageCheck, type SiteRule } from '../siteRule';

const id = 'hreflang-no-return';

export const hreflangNoReturn: SiteRule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Language versions link back to each other',
    description:
      'Finds language versions (`<link rel="alternate" hreflang="…">`) that go to a page of this site which does not exist or does not name this page as a language version in return.',
    whyItMatters:
      'Search engines only trust language versions that point at each other. Without the link back, people may be shown the page in the wrong language.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      notAPage: 'The language version "{address}" is not a page of the site. Correct the address, or remove this language version.',
      namedNotAPage: 'The "{language}" language version "{address}" is not a page of the site. Correct the address, or remove this language version.',
      noLinkBack:
        'The language version "{path}" does not link back to this page, so search engines may ignore both links. Add a language version pointing to this page on that page too.',
      namedNoLinkBack:
        'The "{language}" language version "{path}" does not link back to this page, so search engines may ignore both links. Add a language version pointing to this page on that page too.',
    },
  },
  check: noPageCheck,
  // The page's findings read the language versions of the pages it reaches, which are resolved again when those change.
  dependsOn: 'references',
  checkSitePage(context) {
    const from = context.page;
    for (const { reference, to } of context.site.resolvedOf(from).alternates) {
      if (reference.kind !== 'alternate') continue;
      if (to.kind === 'missing') {
        context.report({
          at: reference,
          message: reference.hreflang
            ? ruleMessage(hreflangNoReturn.meta, 'namedNotAPage', { language: reference.hreflang, address: reference.address })
            : ruleMessage(hreflangNoReturn.meta, 'notAPage', { address: reference.address }),
        });
      } else if (to.kind === 'page' && to.page !== from && !pointsBack(context.site, to.page, from)) {
        context.report({
          at: reference,
          message: reference.hreflang
            ? ruleMessage(hreflangNoReturn.meta, 'namedNoLinkBack', { language: reference.hreflang, path: to.page.path })
            : ruleMessage(hreflangNoReturn.meta, 'noLinkBack', { path: to.page.path }),
        });
      }
    }
  },
};

/** True when `page` names `back` as one of its language versions. */
function pointsBack(site: SiteModel, page: PageFacts, back: PageFacts): boolean {
  for (const { reference, to } of site.resolvedOf(page).alternates) if (reference.kind === 'alternate' && to.kind === 'page' && to.page === back) return true;
  return false;
}
