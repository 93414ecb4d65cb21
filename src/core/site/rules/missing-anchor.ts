import { docPathFor, ruleMessage } from '../../rules/rule';
import type { PageFacts } from '../siteCheck';
import { noPageCheck, type SiteRule } from '../siteRule';

const id = 'missing-anchor';

/** `#top` and an empty `#` scroll to the top of any page. */
const alwaysThere = new Set(['', 'top']);

export const missingAnchor: SiteRule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Links to a part of a page find that part',
    description:
      'Finds links like `opening-hours.html#sunday` whose part after `#` matches no heading or `id` on the page they go to. Headings in Markdown count with the ids your site generator gives them.',
    whyItMatters: 'The reader lands at the top of the page instead of the part they wanted, and has to search for it, if they realise at all.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      noSuchPart:
        'This link jumps to the part "#{fragment}" of {where}, but no heading or id there has that name, so readers land at the top of the page. Correct the part after #, or give the heading that id.',
    },
  },
  check: noPageCheck,
  // The page's findings read the ids of the pages it links to, which are resolved again when those change.
  dependsOn: 'references',
  checkSitePage(context) {
    const from = context.page;
    for (const { reference, to } of context.site.resolvedOf(from).toParts) {
      if (reference.kind !== 'link' || to.kind !== 'page' || to.fragment === undefined || alwaysThere.has(to.fragment)) continue;
      // A Markdown page's links to its own headings are checked on the page itself (markdownlint's MD051).
      if (to.page === from && from.kind === 'markdown') continue;
      if (anchorsOf(to.page).has(to.fragment)) continue;
      const where = to.page === from ? 'this page' : `"${to.page.path}"`;
      context.report({
        at: reference,
        message: ruleMessage(missingAnchor.meta, 'noSuchPart', { fragment: to.fragment, where }),
      });
    }
  },
};

/** Kept per facts object, so re-checking the site after one change does not index every other page's ids again. */
const anchorSets = new WeakMap<PageFacts, ReadonlySet<string>>();

function anchorsOf(page: PageFacts): ReadonlySet<string> {
  let anchors = anchorSets.get(page);
  if (!anchors) anchorSets.set(page, (anchors = new Set(page.anchors)));
  return anchors;
}
