import type { Rule } from './rule';
import { docPathFor, ruleMessage, escapeAttribute } from './rule';
import { isLanguageCode, primarySubtag } from '../language/codes';

const id = 'html-xml-lang-mismatch';

export const htmlXmlLangMismatch: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'lang and xml:lang must name the same language',
    description:
      'Finds an `<html>` element with both `lang` and `xml:lang` set to valid codes for different languages, such as `lang="en" xml:lang="fr"`. Only the language part is compared, so `en` and `en-GB` agree.',
    whyItMatters:
      'Browsers, screen readers and translation tools read one attribute or the other. When they disagree, some visitors hear the page in the wrong language. `xml:lang` is only needed for old XHTML pages; keeping it identical to `lang` (or removing it) avoids surprises.',
    equivalents: { axe: 'html-xml-lang-mismatch' },
    docPath: docPathFor(id),
    messages: {
      mismatch:
        'The page says two different languages: lang="{wanted}" but xml:lang="{xmlLang}". Make xml:lang the same as lang (or remove it; web pages only need lang).',
      changeXmlLang: 'Change to xml:lang="{lang}"',
    },
  },
  check({ page, report }) {
    const html = page.first('html');
    const lang = html?.attribs['lang'];
    const xmlLang = html?.attribs['xml:lang'];
    if (!html || lang === undefined || xmlLang === undefined) return;
    const primary = primarySubtag(lang);
    const xmlPrimary = primarySubtag(xmlLang);
    if (!isLanguageCode(primary) || !isLanguageCode(xmlPrimary) || primary === xmlPrimary) return;
    const span = page.attributeSpan(html, 'xml:lang') ?? page.startTagSpan(html);
    const wanted = lang.trim();
    report({
      message: ruleMessage(htmlXmlLangMismatch.meta, 'mismatch', { wanted, xmlLang: xmlLang.trim() }),
      start: span.start,
      end: span.end,
      fixes: [
        {
          title: ruleMessage(htmlXmlLangMismatch.meta, 'changeXmlLang', { lang: wanted }),
          safe: true,
          edits: [{ start: span.start, end: span.end, newText: `xml:lang="${escapeAttribute(wanted)}"` }],
        },
      ],
    });
  },
};
