import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { appendToLinkEdit, linkWording } from '../html/links';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'link-file-type';

interface FileFormat {
  /** What to add to the link: the name people know. */
  readonly label: string;
  /** The rule's message that names this kind of file. */
  readonly messageId: 'pdf' | 'word' | 'excel' | 'powerPoint' | 'openDocument';
  /** Words in the link that already say it (matched as whole words, case-insensitive). */
  readonly mentions: RegExp;
}

const pdf: FileFormat = { label: 'PDF', messageId: 'pdf', mentions: /\bpdf\b/i };
const word: FileFormat = { label: 'Word', messageId: 'word', mentions: /\b(?:word|docx?|dotx?|docm|rtf)\b/i };
const excel: FileFormat = { label: 'Excel', messageId: 'excel', mentions: /\b(?:excel|xlsx?|xlsm|csv)\b/i };
const powerPoint: FileFormat = { label: 'PowerPoint', messageId: 'powerPoint', mentions: /\b(?:power\s?point|pptx?|ppsx?|pptm)\b/i };
const openDocument = (label: string): FileFormat => ({
  label,
  messageId: 'openDocument',
  mentions: /\b(?:open\s?document|odt|ods|odp|odf|libre\s?office|open\s?office)\b/i,
});

/** File extensions (lower case) of documents that open outside the browser or download. */
const formats: ReadonlyMap<string, FileFormat> = new Map([
  ['pdf', pdf],
  ['doc', word],
  ['docx', word],
  ['docm', word],
  ['dot', word],
  ['dotx', word],
  ['xls', excel],
  ['xlsx', excel],
  ['xlsm', excel],
  ['ppt', powerPoint],
  ['pptx', powerPoint],
  ['pptm', powerPoint],
  ['pps', powerPoint],
  ['ppsx', powerPoint],
  ['odt', openDocument('ODT')],
  ['ods', openDocument('ODS')],
  ['odp', openDocument('ODP')],
]);

export const linkFileType: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Say when a link opens a PDF or Office document',
    description:
      'Finds links to PDF, Word, Excel, PowerPoint and OpenDocument files (judged by the end of the address, ignoring anything after `?` or `#`) whose words do not name the format: "PDF", "Word", ".docx", "Excel" and so on, in the link text, `aria-label`, `title` or `aria-describedby`.',
    whyItMatters:
      'A document link behaves differently from a web page: it downloads, opens another program, or is hard to read on a phone or with a screen reader. Saying "(PDF)" or "(Word)" lets people decide before they click, which is what GOV.UK and most public-sector style guides ask for.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      pdf: 'This link opens a PDF file, but its words do not say so. Add "(PDF)" to the link text, and the file size if you know it, so people know before they click.',
      word: 'This link opens a Word file, but its words do not say so. Add "(Word)" to the link text, so people know before they click.',
      excel: 'This link opens an Excel file, but its words do not say so. Add "(Excel)" to the link text, so people know before they click.',
      powerPoint: 'This link opens a PowerPoint file, but its words do not say so. Add "(PowerPoint)" to the link text, so people know before they click.',
      openDocument: 'This link opens an {label} file, but its words do not say so. Add "({label})" to the link text, so people know before they click.',
      addLabel: 'Add "({label})" to the link',
    },
  },
  check({ page, report }) {
    for (const link of [...page.elementsNamed('a'), ...page.elementsNamed('area')]) {
      const href = link.attribs['href'];
      if (href === undefined) continue;
      const format = formatOf(href);
      if (!format || hiddenWithAncestors(page, link, Hidden.fromScreenReaders)) continue;
      if (format.mentions.test(linkWording(page, link))) continue;
      const span = page.startTagSpan(link);
      report({
        message: ruleMessage(linkFileType.meta, format.messageId, { label: format.label }),
        start: span.start,
        end: span.end,
        fixes: fixes(page, link, format),
      });
    }
  },
};

function formatOf(href: string): FileFormat | undefined {
  // Read character by character rather than with indexOf and slices: this runs for every link of the page.
  // Spaces around the address do not count; a last character that is plain ASCII is no space, so no copy is made.
  const last = href.charCodeAt(href.length - 1);
  const address = last > 32 && last < 127 ? href : href.trim();
  // The path ends at the first ? or #.
  let pathEnd = 0;
  while (pathEnd < address.length) {
    const code = address.charCodeAt(pathEnd);
    if (code === 63 /* ? */ || code === 35 /* # */) break;
    pathEnd++;
  }
  // The file type follows the path's last dot, when no / comes after it.
  for (let index = pathEnd - 1; index >= 0; index--) {
    const code = address.charCodeAt(index);
    if (code === 47 /* / */) return undefined;
    if (code === 46 /* . */) return formats.get(address.slice(index + 1, pathEnd).toLowerCase());
  }
  return undefined;
}

function fixes(page: HtmlPage, link: Element, format: FileFormat): Fix[] {
  const edit = link.name === 'a' ? appendToLinkEdit(page, link, ` (${format.label})`) : undefined;
  return edit ? [{ title: ruleMessage(linkFileType.meta, 'addLabel', { label: format.label }), edits: [edit] }] : [];
}
