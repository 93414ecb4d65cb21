import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import { isTemplateValue } from '../templates/templateCode';
import { isInBody } from '../html/tree';
import { isKnownLanguage } from '../language/codes';
import { lowerCaseTokens } from '../text/tokens';

const id = 'hreflang';

/** Lighthouse's check (core/audits/seo/hreflang.js): `x-default`, or a primary language subtag axe-core knows. */
function isExpectedLanguageCode(hreflang: string): boolean {
  if (hreflang.toLowerCase() === 'x-default') return true;
  return isKnownLanguage(hreflang.split('-')[0].toLowerCase());
}

export const hreflang: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Language versions must be linked correctly',
    description:
      'Checks `<link rel="alternate" hreflang="…">` in the page head: flags a language code that does not exist (such as `english` or `en_GB`), an address that is not a full web address, and a set of language versions without an `x-default` one for everyone else.',
    whyItMatters:
      'When a page exists in several languages, these links tell search engines which version to show to whom, so a Welsh speaker finds the Welsh page. A wrong code or a partial address makes search engines ignore the link, and people may land on a language they do not read.',
    equivalents: { lighthouse: 'hreflang' },
    docPath: docPathFor(id),
    messages: {
      unknownCode:
        '"{code}" is not a language code search engines know. Use a code like "en", "cy" or "en-GB" (language, then optionally a hyphen and the country), or "x-default".',
      noAddress: 'This language-version <link> has no address. Add href with the full address of that version, starting with https://.',
      notFullAddress:
        'The language-version address "{href}" is not a full web address. Search engines need the whole address, starting with https:// and the site name.',
      noDefault:
        'These language versions have no x-default link for visitors whose language is not listed. Add <link rel="alternate" hreflang="x-default" href="…"> pointing at the page to show them (often the language chooser or the main version).',
      addXDefaultLanguage: 'Add an x-default language link…',
      prompt: 'Full address of the page for visitors whose language is not listed',
      placeholder: 'e.g. https://www.example.org/ (the main version or a language chooser)',
    },
  },
  check({ page, report }) {
    const links: Element[] = [];
    for (const link of page.elementsNamed('link')) {
      if (!lowerCaseTokens(link.attribs['rel']).includes('alternate') || !link.attribs['hreflang'] || isInBody(link)) continue;
      links.push(link);
    }
    if (links.length === 0) return;
    let hasDefault = false;
    for (const link of links) {
      const code = link.attribs['hreflang'];
      if (code.toLowerCase() === 'x-default') hasDefault = true;
      if (!isTemplateValue(code) && !isExpectedLanguageCode(code)) {
        report({
          message: ruleMessage(hreflang.meta, 'unknownCode', { code }),
          ...(page.attributeSpan(link, 'hreflang') ?? page.startTagSpan(link)),
        });
      }
      const href = link.attribs['href']?.trim() ?? '';
      if (!isTemplateValue(href) && !/^https?:/i.test(href)) {
        report({
          message: href === '' ? ruleMessage(hreflang.meta, 'noAddress') : ruleMessage(hreflang.meta, 'notFullAddress', { href }),
          ...(page.attributeSpan(link, 'href') ?? page.startTagSpan(link)),
        });
      }
    }
    if (links.length < 2 || hasDefault) return;
    const last = links[links.length - 1];
    const insertAt = page.elementSpan(last).end;
    const indent = page.lines.indentationAt(last.startIndex ?? insertAt);
    const first = links[0];
    report({
      message: ruleMessage(hreflang.meta, 'noDefault'),
      ...page.startTagSpan(first),
      fixes: [
        askFix(ruleMessage(hreflang.meta, 'addXDefaultLanguage'), {
          prompt: ruleMessage(hreflang.meta, 'prompt'),
          placeholder: ruleMessage(hreflang.meta, 'placeholder'),
          start: insertAt,
          end: insertAt,
          before: `${page.lines.eol}${indent}<link rel="alternate" hreflang="x-default" href="`,
          after: '">',
          escape: 'attribute',
        }),
      ],
    });
  },
};
