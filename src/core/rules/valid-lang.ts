import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { accessibleName } from '../html/accessibleName';
import { nonTextElements, type HtmlPage } from '../html/parse';
import { isTemplateValue } from '../templates/templateCode';
import { describeLanguageProblem, languageValueFixes } from '../language/fixes';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { languageProblem } from '../language/codes';

const id = 'valid-lang';

export const validLang: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Language changes must use a real language code',
    description:
      'Finds elements inside the page (a quote, a paragraph, a link) whose `lang` or `xml:lang` does not start with a known ISO 639 language code, such as `lang="french"`, or is not written like a language tag (`fr_CA` instead of `fr-CA`, only spaces). Elements with no text of their own are skipped, as in axe-core.',
    whyItMatters:
      'Marking a passage in another language (a Welsh greeting, a French quotation) lets screen readers switch voice so it is pronounced properly. If the code is not recognised, the screen reader keeps the page voice and the passage can be unintelligible.',
    equivalents: { axe: 'valid-lang', lighthouse: 'valid-lang' },
    docPath: docPathFor(id),
    messages: {
      invalid:
        'This <{element}> has a language that is not valid: {problem}. Use the code of the language the text is written in, e.g. lang="fr" or lang="cy".',
    },
  },
  check({ page, report }) {
    for (const element of page.withAttributes.withLang) {
      if (element.name === 'html') continue;
      const attribs = element.attribs;
      if (attribs['lang'] === undefined && attribs['xml:lang'] === undefined) continue;
      for (const attribute of ['lang', 'xml:lang']) {
        const value = attribs[attribute];
        if (value === undefined || isTemplateValue(value)) continue; // template code: only known when the site is built
        const problem = languageProblem(value);
        if (!problem) continue;
        if (hiddenWithAncestors(page, element, Hidden.fromScreenReaders) || !hasLanguageText(page, element)) break;
        const span = page.attributeSpan(element, attribute) ?? page.startTagSpan(element);
        report({
          message: ruleMessage(validLang.meta, 'invalid', { element: element.name, problem: describeLanguageProblem(problem, attribute, value) }),
          start: span.start,
          end: span.end,
          fixes: languageValueFixes(page, element, attribute),
        });
      }
    }
  },
};

/** Elements whose content is never read as text (axe-core's hasChildTextNodes). */
const noTextInside = new Set([...nonTextElements, 'head', 'title', 'iframe', 'object', 'video', 'audio']);
/** Elements that are content themselves, so their name is their text (axe-core's isVisualContent). */
const visualContent = new Set([
  'img',
  'iframe',
  'object',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'keygen',
  'progress',
  'meter',
  'input',
]);
const visualRoles = new Set(['checkbox', 'img', 'meter', 'progressbar', 'scrollbar', 'radio', 'slider', 'spinbutton', 'textbox']);

/**
 * axe-core's hasLangText: the element has text the language applies to, its
 * own or in children without a lang of their own. Walked with a stack.
 */
function hasLanguageText(page: HtmlPage, element: Element): boolean {
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!noTextInside.has(node.name) && node.children.some((child: ChildNode) => isText(child) && child.data.trim() !== '')) return true;
    const role = node.attribs['role']?.trim().toLowerCase();
    const visual = role
      ? visualRoles.has(role)
      : visualContent.has(node.name) && !(node.name === 'input' && node.attribs['type']?.trim().toLowerCase() === 'hidden');
    if (visual) {
      if (accessibleName(page, node) !== '') return true;
      continue;
    }
    for (const child of node.children) {
      if (isTag(child) && !child.attribs['lang'] && !hiddenWithAncestors(page, child, Hidden.forEveryone)) stack.push(child);
    }
  }
  return false;
}
