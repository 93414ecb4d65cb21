import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { isTemplateValue } from '../templates/templateCode';
import { appendToLinkEdit, linkWording } from '../html/links';
import { Hidden, hiddenWithAncestors } from '../html/visibility';
import { languageAt } from '../language/codes';

const id = 'link-new-window';

/**
 * Words that warn a link opens a new window or tab, in English, French,
 * German, Spanish, Dutch, Italian and Portuguese (lower case, accents kept).
 */
const warnings = [
  /new (?:browser )?(?:window|tab)/,
  /\bopens? in\b/,
  /\bopens? (?:a )?(?:new|separate)\b/,
  /external (?:window|tab)/,
  /nouvel(?:le)? (?:fenêtre|onglet)/,
  /\bs['’]ouvre\b/,
  /\bouvre dans\b/,
  /neue[mnrs]? (?:fenster|tab|registerkarte)/,
  /(?:^|[\s(])öffnet\b/,
  /nueva (?:ventana|pestaña)|(?:ventana|pestaña) nueva/,
  /\bse abre\b/,
  /nieuw(?:e)? (?:venster|tabblad)/,
  /\bopent\b/,
  /nuova (?:finestra|scheda)|(?:finestra|scheda) nuova/,
  /\bsi apre\b/,
  /nova (?:janela|aba|guia)|(?:janela|aba|guia) nova/,
  /\babre (?:em|numa)\b/,
];

/** What to add, by the language of the link. */
const notes: Readonly<Record<string, string>> = {
  en: ' (opens in a new tab)',
  fr: ' (s’ouvre dans un nouvel onglet)',
  de: ' (öffnet in einem neuen Tab)',
  es: ' (se abre en una pestaña nueva)',
  nl: ' (opent in een nieuw tabblad)',
  it: ' (si apre in una nuova scheda)',
  pt: ' (abre numa nova aba)',
};

export const linkNewWindow: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Say when a link opens a new tab',
    description:
      'Finds links with `target="_blank"` whose words do not warn that they open a new window or tab. Content Bridge looks for phrases such as "new window", "new tab" or "opens in" (and the same in French, German, Spanish, Dutch, Italian and Portuguese) in everything a screen reader says for the link: its text (including visually hidden text and image alt text), `aria-label`, `title` and `aria-describedby`.',
    whyItMatters:
      'A link that silently opens a new tab breaks the Back button: people who cannot see the screen, or who are less confident online, suddenly cannot get back to where they were. Saying so in the link lets everyone choose.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      newTabUnsaid:
        'This <{link}> opens in a new tab (target="_blank") without saying so. Add "(opens in a new tab)" to the link text, or let it open in the same tab.',
      openLinkSameTab: 'Open the link in the same tab (remove target="_blank")',
      addNote: 'Add "{note}" to the link',
    },
  },
  check({ page, report }) {
    for (const link of [...page.elementsNamed('a'), ...page.elementsNamed('area')]) {
      if (link.attribs['href'] === undefined || link.attribs['target']?.trim().toLowerCase() !== '_blank') continue;
      if (hiddenWithAncestors(page, link, Hidden.fromScreenReaders)) continue;
      const wording = linkWording(page, link).toLowerCase();
      if (warnings.some((pattern) => pattern.test(wording))) continue;
      // Words written by template code may already give the warning: only known when the site is built.
      if (isTemplateValue(wording)) continue;
      const span = page.attributeSpan(link, 'target') ?? page.startTagSpan(link);
      report({
        message: ruleMessage(linkNewWindow.meta, 'newTabUnsaid', { link: link.name }),
        start: span.start,
        end: span.end,
        fixes: fixes(page, link),
      });
    }
  },
};

function fixes(page: HtmlPage, link: Element): Fix[] {
  const result: Fix[] = [];
  const note = notes[languageAt(page, link)] ?? notes.en;
  const append = link.name === 'a' ? appendToLinkEdit(page, link, note) : undefined;
  if (append) result.push({ title: ruleMessage(linkNewWindow.meta, 'addNote', { note: note.trim() }), edits: [append] });
  const target = page.attributeSpan(link, 'target');
  if (target) {
    let start = target.start;
    while (start > 0 && /[ \t]/.test(page.text[start - 1])) start--;
    result.push({ title: ruleMessage(linkNewWindow.meta, 'openLinkSameTab'), edits: [{ start, end: target.end, newText: '' }] });
  }
  return result;
}
