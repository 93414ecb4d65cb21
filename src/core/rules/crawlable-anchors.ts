import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';

const id = 'crawlable-anchors';

/** Attributes that only make sense with an href (core/audits/seo/crawlable-anchors.js in Lighthouse). */
const hrefAssociatedAttributes = ['target', 'download', 'ping', 'rel', 'hreflang', 'type', 'referrerpolicy'];

export const crawlableAnchors: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Links must have a real address',
    description:
      'Finds `<a>` elements that search engines cannot follow: no `href` at all (often a link that only works through a script, with `onclick`), `href="javascript:…"`, a `file:` address from someone\'s computer, or an address that is not valid. Anchors with an `id` or `name` (jump targets), elements with a `role` and `mailto:` links are left alone, as in Lighthouse.',
    whyItMatters:
      'Search engines discover pages by following the addresses in links. A "link" that only works through a script leads them nowhere, so the page behind it may never appear in search results. Such links also often fail for keyboard users and cannot be opened in a new tab or shared.',
    equivalents: { lighthouse: 'crawlable-anchors' },
    docPath: docPathFor(id),
    messages: {
      localFile:
        'This link points to a file on someone\'s computer ("{href}"), which no visitor or search engine can open. Upload the file to the website and link to its web address.',
      scriptOnly:
        'This <a> has no href: it only works through a script, so search engines cannot follow it and keyboard users may not reach it. Give it the address it leads to in href (or use a <button> if it does not go to another page).',
      noHref:
        'This <a> has no href, so it is not a link search engines or visitors can follow. Add the address it leads to in href, or use another element if it is not a link.',
      scriptAddress:
        'This link\'s address is a script ("javascript:…"), which search engines cannot follow. Put the address of the page it leads to in href (or use a <button> if it does not go to another page).',
      notAnAddress: 'This link\'s address ("{href}") is not a valid web address, so it leads nowhere. Correct it.',
    },
  },
  check({ page, report }) {
    for (const anchor of page.elementsNamed('a')) {
      const attributes = anchor.attribs;
      const href = attributes['href'] ?? '';
      // Most addresses hold no whitespace: testing first saves a copy of each.
      const rawHref = /\s/.test(href) ? href.replace(/\s/g, '') : href;
      if ((attributes['role'] ?? '').trim().length > 0) continue;
      if (startsWithIgnoringCase(rawHref, 'mailto:')) continue;
      if (rawHref === '' && attributes['id']) continue;
      let messageId: string | undefined;
      if (startsWithIgnoringCase(rawHref, 'file:')) {
        messageId = 'localFile';
      } else if ((attributes['name'] ?? '').trim().length > 0) {
        continue;
      } else if (attributes['href'] === undefined) {
        const current = attributes['aria-current']?.trim().toLowerCase() ?? '';
        if (!hrefAssociatedAttributes.some((name) => name in attributes) && (current === 'page' || current === 'location')) continue;
        messageId = 'onclick' in attributes ? 'scriptOnly' : 'noHref';
      } else if (/^javascript:/i.test(rawHref)) {
        messageId = 'scriptAddress';
      } else if (!isResolvable(rawHref)) {
        messageId = 'notAnAddress';
      }
      if (messageId)
        report({ message: ruleMessage(crawlableAnchors.meta, messageId, { href: attributes['href']?.trim() ?? '' }), ...page.startTagSpan(anchor) });
    }
  },
};

/** Whether `text` starts with `prefix` (lower-case), in any case: only the start is lower-cased, not a whole address. */
function startsWithIgnoringCase(text: string, prefix: string): boolean {
  return text.slice(0, prefix.length).toLowerCase() === prefix;
}

function isResolvable(href: string): boolean {
  // Only addresses with a host can fail to resolve; parsing every relative path would be slow.
  if (!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return true;
  try {
    new URL(href, 'https://example.invalid/page/');
    return true;
  } catch {
    return false;
  }
}
