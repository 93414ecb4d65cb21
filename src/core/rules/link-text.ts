import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import { isTemplateValue } from '../templates/templateCode';
import { nonTextElements } from '../html/parse';
import { Hidden, hiddenItself } from '../html/visibility';
import { collapseWhitespace as collapse } from '../text/whitespace';

const id = 'link-text';

/**
 * Link texts that say nothing about where a link goes, per language. Copied
 * from Lighthouse, GoogleChrome/lighthouse core/audits/seo/link-text.js
 * (`nonDescriptiveLinkTexts`), Apache-2.0.
 */
const nonDescriptiveLinkTexts: Readonly<Record<string, ReadonlySet<string>>> = {
  // English
  en: new Set([
    'click here',
    'click this',
    'go',
    'here',
    'information',
    'learn more',
    'more',
    'more info',
    'more information',
    'right here',
    'read more',
    'see more',
    'start',
    'this',
  ]),
  // Japanese
  ja: new Set(['ここをクリック', 'こちらをクリック', 'リンク', '続きを読む', '続く', '全文表示']),
  // Spanish
  es: new Set([
    'click aquí',
    'click aqui',
    'clicka aquí',
    'clicka aqui',
    'pincha aquí',
    'pincha aqui',
    'aquí',
    'aqui',
    'más',
    'mas',
    'más información',
    'más informacion',
    'mas información',
    'mas informacion',
    'este',
    'enlace',
    'este enlace',
    'empezar',
  ]),
  // Portuguese
  pt: new Set(['clique aqui', 'ir', 'mais informação', 'mais informações', 'mais', 'veja mais']),
  // Korean
  ko: new Set(['여기', '여기를 클릭', '클릭', '링크', '자세히', '자세히 보기', '계속', '이동', '전체 보기']),
  // Swedish
  sv: new Set(['här', 'klicka här', 'läs mer', 'mer', 'mer info', 'mer information']),
  // German
  de: new Set(['klicke hier', 'hier klicken', 'hier', 'mehr', 'siehe', 'dies', 'das', 'weiterlesen']),
  // Tamil
  ta: new Set([
    'அடுத்த பக்கம்',
    'மறுபக்கம்',
    'முந்தைய பக்கம்',
    'முன்பக்கம்',
    'மேலும் அறிக',
    'மேலும் தகவலுக்கு',
    'மேலும் தரவுகளுக்கு',
    'தயவுசெய்து இங்கே அழுத்தவும்',
    'இங்கே கிளிக் செய்யவும்',
  ]),
  // Persian
  fa: new Set(['اطلاعات بیشتر', 'اطلاعات', 'این', 'اینجا بزنید', 'اینجا کلیک کنید', 'اینجا', 'برو', 'بیشتر بخوانید', 'بیشتر بدانید', 'بیشتر', 'شروع']),
};

const languages = Object.keys(nonDescriptiveLinkTexts);

/** Every language's texts in one set: one lookup for a link whose language is not known. */
const anyLanguage: ReadonlySet<string> = new Set(languages.flatMap((code) => [...nonDescriptiveLinkTexts[code]]));

/** Longer text is in no list (lower-casing never shortens text), so it needs no lookup. */
const longestListedText = Math.max(...[...anyLanguage].map((text) => text.length));

/** True when link text says nothing about where the link goes, in any of the languages above. */
export function isVagueLinkText(text: string): boolean {
  const term = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return anyLanguage.has(term);
}

/** An empty address, one to a spot on the same page, or a javascript: or mailto: link (in any case). */
function skippedAddress(rawHref: string): boolean {
  const href = rawHref.trim();
  if (href === '' || href.startsWith('#')) return true;
  // Only the start is compared: lower-casing the whole address costs more than the rest of the test.
  const start = href.slice(0, 11).toLowerCase();
  return start === 'javascript:' || start.startsWith('mailto:');
}

function isFullUrl(text: string): boolean {
  // Checked first: URL throws on ordinary words, and exceptions are slow.
  if (!/^\s*https?:/i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The text a reader sees in the link (like `innerText`): `hidden` parts, scripts and styles left out, spaces collapsed. */
function visibleText(element: Element): string {
  const only = element.children.length === 1 ? element.children[0] : undefined;
  if (only && isText(only)) return collapse(only.data);
  let text = '';
  const stack: ChildNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) text += node.data;
    else if (isTag(node) && !nonTextElements.has(node.name) && !hiddenItself(node, Hidden.hiddenAttributeOnly)) {
      if (node.name === 'br') text += ' ';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return collapse(text);
}

export const linkText: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Link text must say where the link goes',
    description:
      'Finds links (`<a href>`) whose whole text is a vague phrase such as "click here", "read more" or "more", or a bare web address. The phrases come from Lighthouse, in English, German, Spanish, Portuguese, Swedish, Japanese, Korean, Tamil and Persian, chosen by the language of the page.',
    whyItMatters:
      'Search engines use link text to understand what the linked page is about, and many screen reader users jump from link to link, hearing only the link text: ten links that all say "read more" tell them nothing. Text like "Read the 2024 annual report" helps everyone.',
    equivalents: { lighthouse: 'link-text' },
    docPath: docPathFor(id),
    messages: {
      bareAddress: 'The link text is a bare web address ({text}). Write words that say where the link goes, e.g. "Opening hours of the central library".',
      vague:
        'The link text "{text}" does not say where the link goes. Rewrite it so it makes sense on its own, e.g. "Read more about the summer reading challenge".',
      rewrite: 'Rewrite the link text…',
      prompt: 'Write link text that says where this link goes',
      placeholder: 'It should make sense on its own, e.g. "Download the 2024 annual report (PDF, 2 MB)".',
    },
    options: {
      language: {
        type: 'string',
        default: 'auto',
        enum: ['auto', ...languages],
        description:
          'Which language\'s list of vague phrases to use. "auto" follows the `lang` attribute around each link (usually `<html lang>`); when there is none, the phrases of every language are checked, as Lighthouse does.',
      },
    },
  },
  check({ page, options, report }) {
    const setting = options.string('language');
    const fixed = setting !== 'auto' ? nonDescriptiveLinkTexts[setting] : undefined;
    const langCache = new Map<Element, string | null>();
    // The list for each lang value met on the page, so a page of 500 links splits its one lang value once.
    const listByLang = new Map<string, ReadonlySet<string> | null>();
    for (const link of page.elementsNamed('a')) {
      const rawHref = link.attribs['href'];
      if (rawHref === undefined) continue;
      // Lighthouse skips: nofollow links, javascript: and mailto: links, and links to the same page (#…, or an empty href).
      if (skippedAddress(rawHref)) continue;
      if ((link.attribs['rel'] ?? '').toLowerCase().includes('nofollow')) continue;
      const text = visibleText(link);
      if (text === '') continue;
      let problem: 'bareAddress' | 'vague' | undefined;
      if (isFullUrl(text)) {
        problem = 'bareAddress';
      } else {
        const term = text.length > longestListedText ? '' : text.toLowerCase();
        let vague: boolean;
        if (term === '') vague = false;
        else if (fixed) vague = fixed.has(term);
        else if (setting !== 'auto') vague = false;
        else {
          const lang = languageOf(link, langCache);
          if (lang) {
            let list = listByLang.get(lang);
            if (list === undefined) {
              list = nonDescriptiveLinkTexts[lang.split('-')[0].trim().toLowerCase()] ?? null;
              listByLang.set(lang, list);
            }
            vague = list?.has(term) ?? false;
          } else {
            vague = anyLanguage.has(term);
          }
        }
        if (vague) {
          problem = 'vague';
        }
      }
      if (!problem) continue;
      const contentStart = page.startTagSpan(link).end;
      const contentEnd = page.endTagStart(link);
      report({
        message: ruleMessage(linkText.meta, problem, { text }),
        ...page.startTagSpan(link),
        fixes:
          contentEnd === undefined
            ? []
            : [
                askFix(ruleMessage(linkText.meta, 'rewrite'), {
                  prompt: ruleMessage(linkText.meta, 'prompt'),
                  placeholder: ruleMessage(linkText.meta, 'placeholder'),
                  start: contentStart,
                  end: contentEnd,
                  before: '',
                  after: '',
                  escape: 'text',
                }),
              ],
      });
    }
  },
};

/** The nearest `lang` attribute on the link or around it, or null; remembered along the way so deep pages stay linear. */
function languageOf(element: Element, cache: Map<Element, string | null>): string | null {
  const path: Element[] = [];
  let node: Element | null = element;
  let found: string | null = null;
  while (node) {
    const cached = cache.get(node);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    path.push(node);
    const lang = node.attribs['lang']?.trim();
    // A language written by template code is unknown: judged as a page without one.
    if (lang && !isTemplateValue(lang)) {
      found = lang;
      break;
    }
    node = node.parent && isTag(node.parent) ? node.parent : null;
  }
  for (const visited of path) cache.set(visited, found);
  return found;
}
