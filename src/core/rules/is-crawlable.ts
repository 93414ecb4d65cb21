import type { Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { templateCodeOf } from '../templates/templateCode';
import { removeElementEdit } from '../html/edits';

const id = 'is-crawlable';

/**
 * The `<meta name>`s Lighthouse reads (core/audits/seo/is-crawlable.js): the
 * generic "robots" and the bots it checks one by one, with the search engine
 * each one speaks to.
 */
const robotNames: ReadonlyMap<string, 'searchEngines' | 'google' | 'bing' | 'duckDuckGo' | 'internetArchive'> = new Map([
  ['robots', 'searchEngines'],
  ['googlebot', 'google'],
  ['bingbot', 'bing'],
  ['duckduckbot', 'duckDuckGo'],
  ['archive.org_bot', 'internetArchive'],
] as const);

/** Lighthouse's BLOCKLIST, plus `unavailable_after:` with a date in the past. */
function blockingDirective(content: string): string | undefined {
  for (const raw of content.split(',')) {
    const directive = raw.trim().toLowerCase();
    if (directive === 'noindex' || directive === 'none') return directive;
    const parts = directive.split(':');
    if (parts.length > 1 && parts[0] === 'unavailable_after') {
      const date = Date.parse(raw.trim().split(':').slice(1).join(':'));
      if (!Number.isNaN(date) && date < Date.now()) return 'unavailable_after';
    }
  }
  return undefined;
}

export const isCrawlable: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'error',
    title: 'Pages must not block search engines',
    description:
      'Finds `<meta name="robots">` tags (and the Google, Bing, DuckDuckGo and Internet Archive ones such as `<meta name="googlebot">`) whose content says `noindex`, `none` or an `unavailable_after` date in the past: these keep the page out of search results.',
    whyItMatters:
      'A "noindex" tag tells search engines not to list the page at all, so nobody can find it by searching. It is often left behind by mistake after a page was drafted on a test site. If the page should be found, the tag must go.',
    equivalents: { lighthouse: 'is-crawlable' },
    docPath: docPathFor(id),
    messages: {
      searchEnginesNoIndex:
        'This <meta> tag tells search engines not to list this page ("{directive}"), so people cannot find it by searching. If the page should be found, remove the tag.',
      searchEnginesExpired:
        'This <meta> tag tells search engines to drop this page from search results after a date that has already passed, so people cannot find it by searching. If the page should be found, remove the tag.',
      googleNoIndex:
        'This <meta> tag tells Google not to list this page ("{directive}"), so people cannot find it by searching. If the page should be found, remove the tag.',
      googleExpired:
        'This <meta> tag tells Google to drop this page from search results after a date that has already passed, so people cannot find it by searching. If the page should be found, remove the tag.',
      bingNoIndex:
        'This <meta> tag tells Bing not to list this page ("{directive}"), so people cannot find it by searching. If the page should be found, remove the tag.',
      bingExpired:
        'This <meta> tag tells Bing to drop this page from search results after a date that has already passed, so people cannot find it by searching. If the page should be found, remove the tag.',
      duckDuckGoNoIndex:
        'This <meta> tag tells DuckDuckGo not to list this page ("{directive}"), so people cannot find it by searching. If the page should be found, remove the tag.',
      duckDuckGoExpired:
        'This <meta> tag tells DuckDuckGo to drop this page from search results after a date that has already passed, so people cannot find it by searching. If the page should be found, remove the tag.',
      internetArchiveNoIndex:
        'This <meta> tag tells the Internet Archive not to list this page ("{directive}"), so people cannot find it by searching. If the page should be found, remove the tag.',
      internetArchiveExpired:
        'This <meta> tag tells the Internet Archive to drop this page from search results after a date that has already passed, so people cannot find it by searching. If the page should be found, remove the tag.',
      remove: 'Remove this tag so search engines can list the page',
    },
  },
  check({ page, source, report }) {
    for (const meta of page.elementsNamed('meta')) {
      const name = meta.attribs['name']?.trim().toLowerCase();
      if (name === undefined || !robotNames.has(name)) continue;
      // A noindex inside a template conditional (`{{ if hugo.IsProduction }}…{{ else }}noindex{{ end }}`) is
      // there for test builds: it does not hide the published site.
      if (templateCodeOf(source).conditional(meta.startIndex ?? 0)) continue;
      const directive = blockingDirective(meta.attribs['content'] ?? '');
      if (!directive) continue;
      const engine = robotNames.get(name)!;
      report({
        message:
          directive === 'unavailable_after'
            ? ruleMessage(isCrawlable.meta, `${engine}Expired`)
            : ruleMessage(isCrawlable.meta, `${engine}NoIndex`, { directive }),
        ...page.startTagSpan(meta),
        fixes: [removeFix(page, meta)],
      });
    }
  },
};

function removeFix(page: HtmlPage, meta: Element): Fix {
  return { title: ruleMessage(isCrawlable.meta, 'remove'), edits: [removeElementEdit(page, meta)] };
}
