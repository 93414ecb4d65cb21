import { docPathFor, ruleMessage } from '../../rules/rule';
import { needsNoLinks } from '../addresses';
import type { PageFacts } from '../siteCheck';
import { noPageCheck, type SiteRule } from '../siteRule';

const id = 'orphan-page';

export const orphanPage: SiteRule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'info',
    title: 'Every page is linked from another page',
    description:
      'Finds pages that no other page, layout or menu of the site links to. The home page, "page not found" pages and pages in a menu set in their page settings are not reported.',
    whyItMatters: 'Readers cannot reach a page nothing links to by browsing the site, and search engines find it late or never.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      noLinksHere:
        'No other page of the site links to this page, so readers cannot find it by browsing and search engines may miss it. Link to it from a related page or a menu, or remove it if it is no longer needed.',
    },
  },
  check: noPageCheck,
  dependsOn: 'linksIn',
  checkSitePage(context) {
    const { page, site } = context;
    if (page.role !== 'page' || site.isLinkedFromOthers(page) || site.isHome(page) || isNotFoundPage(page) || page.addressHints?.['menu'] !== undefined) return;
    const { generator, settings } = site.generatorAndSettings;
    if (needsNoLinks(page.path, generator, settings)) return;
    context.report({
      at: page.title ?? page.firstLine ?? startOfFile,
      message: ruleMessage(orphanPage.meta, 'noLinksHere'),
    });
  },
};

const startOfFile = { start: 0, end: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

function isNotFoundPage(page: PageFacts): boolean {
  const name = page.path.slice(page.path.lastIndexOf('/') + 1);
  return name.startsWith('404.') || name.startsWith('404-');
}
