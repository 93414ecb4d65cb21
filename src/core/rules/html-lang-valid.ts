import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isTemplateValue } from '../templates/templateCode';
import { describeLanguageProblem, languageValueFixes } from '../language/fixes';
import { languageProblem } from '../language/codes';

const id = 'html-lang-valid';

export const htmlLangValid: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'The page language must be a real language code',
    description:
      'Finds an `<html>` element whose `lang` (or `xml:lang`) does not start with a known ISO 639 language code, such as `lang="english"` or `lang="jp"`, or is not written like a language tag (`en_US` instead of `en-US`, spaces, only spaces).',
    whyItMatters:
      'Screen readers pick their voice and pronunciation from the page language. A code they do not recognise is ignored, so the page may be read in the wrong accent or the wrong language altogether. Translation tools and search engines rely on it too.',
    equivalents: { axe: 'html-lang-valid', lighthouse: 'html-lang-valid' },
    docPath: docPathFor(id),
    messages: {
      invalid: 'The page language is not valid: {problem}. Use the code for the page\'s main language, e.g. lang="en" or lang="en-GB".',
    },
  },
  check({ page, report }) {
    const html = page.first('html');
    if (!html) return;
    for (const attribute of ['lang', 'xml:lang']) {
      const value = html.attribs[attribute];
      if (value === undefined || isTemplateValue(value)) continue; // template code: only known when the site is built
      const problem = languageProblem(value);
      if (!problem) continue;
      const span = page.attributeSpan(html, attribute) ?? page.startTagSpan(html);
      report({
        message: ruleMessage(htmlLangValid.meta, 'invalid', { problem: describeLanguageProblem(problem, attribute, value) }),
        start: span.start,
        end: span.end,
        fixes: languageValueFixes(page, html, attribute),
      });
    }
  },
};
