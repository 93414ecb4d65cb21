import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage, escapeAttribute } from './rule';
import { isWholePage } from '../html/document';
import type { Fix } from '../types';
import { languageCodeRequest } from '../language/fixes';
import { languageProblem } from '../language/codes';

const id = 'html-has-lang';

export const htmlHasLang: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Pages need to say their language',
    description:
      'Finds whole pages whose `<html>` element has no `lang` attribute, or one that is empty or only spaces (an `xml:lang` alone does not count on a web page). Fragments such as template partials are not checked.',
    whyItMatters:
      'Screen readers use the page language to choose a voice and pronunciation. Without it, an English page may be read with a French accent (or the other way round) and be hard to understand. Browsers also use it to offer translation and to hyphenate text.',
    equivalents: { axe: 'html-has-lang', lighthouse: 'html-has-lang' },
    docPath: docPathFor(id),
    messages: {
      noHtmlElement:
        'This page has no <html> element, so it cannot say which language it is in. Wrap the page in <html lang="…"> with its language code, e.g. <html lang="en">.',
      onlyXmlLang:
        'This page sets its language only with xml:lang, which web browsers and screen readers ignore. Add lang with the same code, e.g. <html lang="en">.',
      emptyLang:
        'This page\'s lang attribute is empty, so screen readers do not know which language to read it in. Put the language code in it, e.g. <html lang="en">.',
      noLang:
        'This page does not say which language it is in, so screen readers may read it with the wrong pronunciation. Add the language code to <html>, e.g. <html lang="en">.',
      addPageLanguage: 'Add the page language…',
      addLangFromXmlLang: 'Add lang="{lang}" (as in xml:lang)',
    },
  },
  check({ page, source, report }) {
    if (!isWholePage(page, source)) return;
    const html = page.first('html');
    if (!html) {
      const head = page.first('head');
      const firstLineEnd = page.text.search(/\r?\n|$/);
      const span = head ? page.startTagSpan(head) : { start: 0, end: Math.max(0, firstLineEnd) };
      report({
        message: ruleMessage(htmlHasLang.meta, 'noHtmlElement'),
        start: span.start,
        end: span.end,
      });
      return;
    }
    const lang = html.attribs['lang'];
    if (lang !== undefined && lang.trim() !== '') return;
    const xmlLang = html.attribs['xml:lang']?.trim() ?? '';
    const langSpan = page.attributeSpan(html, 'lang');
    const target = langSpan ?? { start: page.afterTagName(html), end: page.afterTagName(html) };
    const prefix = langSpan ? '' : ' ';
    const fixes: Fix[] = [];
    if (xmlLang !== '' && languageProblem(xmlLang) === undefined) {
      fixes.push({
        title: ruleMessage(htmlHasLang.meta, 'addLangFromXmlLang', { lang: xmlLang }),
        safe: true,
        edits: [{ ...target, newText: `${prefix}lang="${escapeAttribute(xmlLang)}"` }],
      });
    }
    fixes.push(
      askFix(ruleMessage(htmlHasLang.meta, 'addPageLanguage'), {
        ...languageCodeRequest,
        ...target,
        before: `${prefix}lang="`,
        after: '"',
        escape: 'attribute',
      }),
    );
    const tag = page.startTagSpan(html);
    report({
      message:
        xmlLang !== ''
          ? ruleMessage(htmlHasLang.meta, 'onlyXmlLang')
          : lang !== undefined
            ? ruleMessage(htmlHasLang.meta, 'emptyLang')
            : ruleMessage(htmlHasLang.meta, 'noLang'),
      start: tag.start,
      end: tag.end,
      fixes,
    });
  },
};
