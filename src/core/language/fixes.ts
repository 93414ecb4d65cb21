import type { Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import { setAttributeValueEdit } from '../html/edits';
import { askFix } from '../rules/rule';
import type { Fix } from '../types';
import { likelyLanguage, mechanicalCorrection, type LanguageProblem } from './codes';

/** The question asked when a language code is needed. */
export const languageCodeRequest = {
  prompt: 'Which language is this written in? Type its code.',
  placeholder: 'en, fr, de… (add a region if it matters: en-GB, pt-BR)',
  length: { max: 35 },
} as const;

/**
 * Fixes for a bad lang / xml:lang value, preferred first: the mechanical
 * correction (`en_US` → `en-US`, safe), a likely meant code (`english` → `en`),
 * then asking for the code.
 */
export function languageValueFixes(page: HtmlPage, element: Element, attribute: string): Fix[] {
  const value = element.attribs[attribute] ?? '';
  const valueSpan = page.attributeValueSpan(element, attribute);
  const attributeSpan = page.attributeSpan(element, attribute);
  if (!valueSpan || !attributeSpan) return [];
  const fixes: Fix[] = [];
  const corrected = mechanicalCorrection(value);
  if (corrected) {
    fixes.push({ title: `Change to ${attribute}="${corrected}"`, safe: true, edits: [setAttributeValueEdit(page, element, attribute, corrected)!] });
  } else {
    const likely = likelyLanguage(value);
    if (likely) fixes.push({ title: `Change to ${attribute}="${likely}"`, edits: [setAttributeValueEdit(page, element, attribute, likely)!] });
  }
  fixes.push(
    askFix('Write the language code…', {
      ...languageCodeRequest,
      start: attributeSpan.start,
      end: attributeSpan.end,
      before: `${attribute}="`,
      after: '"',
      escape: 'attribute',
    }),
  );
  return fixes;
}

/** Plain words for what is wrong with a language value. */
export function describeLanguageProblem(problem: LanguageProblem, attribute: string, value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  switch (problem.kind) {
    case 'blank':
      return `${attribute}="${shown}" is only spaces, so no language is set`;
    case 'malformed':
      return `${attribute}="${shown}" is not written the way language codes are: use a hyphen between the parts and no spaces (en-GB, not en_GB)`;
    case 'unknown':
      return `${attribute}="${shown}" does not start with a language code (use a 2- or 3-letter code such as en, fr or cy, not a language name or country code)`;
  }
}
