import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isTemplateValue } from '../templates/templateCode';
import { inDifferentBranches } from '../templates/templateCode';
import { absoluteHttpUrl } from '../text/urls';
import { isInBody } from '../html/tree';
import { removeElementEdit } from '../html/edits';
import { lowerCaseTokens } from '../text/tokens';

const id = 'canonical';

/** The page's own address when it states one in `<meta property="og:url">`. */
function ownUrl(elements: readonly Element[]): URL | undefined {
  for (const meta of elements) {
    const key = (meta.attribs['property'] ?? meta.attribs['name'])?.trim().toLowerCase();
    if (key === 'og:url') return absoluteHttpUrl(meta.attribs['content']?.trim() ?? '');
  }
  return undefined;
}

type Parsed = { kind: 'invalid' } | { kind: 'relative' } | { kind: 'absolute'; url: URL };

function parse(href: string): Parsed {
  try {
    new URL(href, 'https://example.invalid/page/');
  } catch {
    return { kind: 'invalid' };
  }
  try {
    const url = new URL(href);
    return url.origin && url.origin !== 'null' ? { kind: 'absolute', url } : { kind: 'relative' };
  } catch {
    return { kind: 'relative' };
  }
}

export const canonical: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'The canonical link must be a single, full web address',
    description:
      'Checks `<link rel="canonical">` in the page head: flags an address that is not valid, one that is not a full address (starting with `https://`), several canonical links that disagree, and a canonical link that points at the site\'s home page.',
    whyItMatters:
      'The canonical link tells search engines which address is the "real" one when the same content can be reached in several ways. A wrong one can make search engines show the wrong address, or drop this page from results in favour of the home page.',
    equivalents: { lighthouse: 'canonical' },
    docPath: docPathFor(id),
    messages: {
      notAnAddress: 'The canonical link "{href}" is not a valid web address. Write the full address of this page, e.g. https://www.example.org/events/.',
      notFullAddress: 'The canonical link "{href}" is not a full web address. Search engines need the whole address, starting with https:// and the site name.',
      disagree:
        "This page has several canonical links that disagree ({first} and {second}), so search engines ignore them. Keep only the one with this page's real address.",
      homePageNotThis:
        "The canonical link points to your home page ({home}), so search engines will show the home page instead of this one. Point it at this page's own address ({own}).",
      homePage:
        "The canonical link points to your home page ({home}). Unless this is the home page, search engines will show the home page instead of this one: use this page's own address.",
      removeCanonicalLink: 'Remove this canonical link',
    },
  },
  check({ page, source, report }) {
    const links: { link: Element; href: string }[] = [];
    for (const link of page.elementsNamed('link')) {
      if (!lowerCaseTokens(link.attribs['rel']).includes('canonical') || isInBody(link)) continue;
      const href = link.attribs['href']?.trim() ?? '';
      // Lighthouse skips canonical links without an href: they point nowhere.
      // Template code (`{{ .Permalink }}`) is only known when the site is built.
      if (href !== '' && !isTemplateValue(href)) links.push({ link, href });
    }
    if (links.length === 0) return;
    const spanOf = (link: Element) => page.attributeSpan(link, 'href') ?? page.startTagSpan(link);
    let first: { link: Element; url: URL } | undefined;
    let problems = 0;
    for (const { link, href } of links) {
      const parsed = parse(href);
      if (parsed.kind === 'invalid') {
        problems++;
        report({
          message: ruleMessage(canonical.meta, 'notAnAddress', { href }),
          ...spanOf(link),
        });
      } else if (parsed.kind === 'relative') {
        problems++;
        report({
          message: ruleMessage(canonical.meta, 'notFullAddress', { href }),
          ...spanOf(link),
        });
      } else if (!first) {
        first = { link, url: parsed.url };
      } else if (parsed.url.href !== first.url.href && !inDifferentBranches(source, first.link, link)) {
        problems++;
        report({
          message: ruleMessage(canonical.meta, 'disagree', { first: first.url.href, second: parsed.url.href }),
          ...spanOf(link),
          fixes: [{ title: ruleMessage(canonical.meta, 'removeCanonicalLink'), edits: [removeElementEdit(page, link)] }],
        });
      }
    }
    if (problems > 0 || !first) return;
    const canonicalUrl = first.url;
    const self = ownUrl(page.elementsNamed('meta'));
    if (canonicalUrl.pathname !== '/') return;
    if (self && (self.origin !== canonicalUrl.origin || self.pathname === '/')) return;
    report({
      message: self
        ? ruleMessage(canonical.meta, 'homePageNotThis', { home: canonicalUrl.href, own: self.href })
        : ruleMessage(canonical.meta, 'homePage', { home: canonicalUrl.href }),
      ...spanOf(first.link),
    });
  },
};
