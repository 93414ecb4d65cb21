/** The request as an email link and as a Markdown file: the destinations that need no tracker. */
import { formatDraft } from './draftText';
import { capTitle, longestFitting, wellFormed } from './textLimits';

/** Mail programs on every platform open `mailto:` links up to about 2,000 characters; stay well under. */
export const maxMailtoLength = 1800;

export interface MailtoLink {
  readonly url: string;
  /** True when the body had to be shortened: the full text should then be put on the clipboard. */
  readonly bodyShortened: boolean;
  /** The whole request (title and body), for the clipboard. */
  readonly fullText: string;
}

/**
 * A `mailto:` link (RFC 6068) prefilled with the subject and body. Past the length that opens reliably, the body is
 * cut at a character boundary and ends with a note asking to paste the full text, which the caller copies.
 */
export function mailtoLink(to: string, subject: string, body: string, maxLength = maxMailtoLength): MailtoLink {
  const address = wellFormed(to.trim())
    .split(/[,;]/)
    .map((part) => encodeURIComponent(part.trim()).replace(/%40/g, '@'))
    .filter(Boolean)
    .join(',');
  const cleanSubject = wellFormed(capTitle(subject, 200));
  const prefix = `mailto:${address}?subject=${encodeURIComponent(cleanSubject)}&body=`;
  // Mail programs expect CRLF line breaks in a mailto body.
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const safeBody = wellFormed(body);
  const fullText = formatDraft({ title: cleanSubject, body: safeBody });
  const full = prefix + encode(safeBody);
  if (full.length <= maxLength) return { url: full, bodyShortened: false, fullText };
  const note = '\n\n[…] This request was too long for an email link. The full text is on your clipboard: please paste it here, in place of this message.\n';
  const kept = longestFitting(safeBody, (text) => (prefix + encode(text + note)).length <= maxLength);
  return { url: prefix + encode(kept + note), bodyShortened: true, fullText };
}

export interface MarkdownFile {
  /** A safe file name: date, words of the title, `.md`; no folders, no characters any system refuses. */
  readonly fileName: string;
  readonly content: string;
}

/** Names Windows refuses for a file, whatever the extension. */
const reservedNames = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The request as a Markdown file for a folder the team chooses; `date` is `YYYY-MM-DD`. */
export function markdownFile(title: string, body: string, date: string): MarkdownFile {
  const safeTitle = wellFormed(capTitle(title, 256)) || 'IT request';
  return {
    fileName: `${/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}-` : ''}${fileSlug(safeTitle)}.md`,
    content: formatDraft({ title: safeTitle, body: wellFormed(body) }),
  };
}

/** Lower-case letters and digits of the title (accents removed), joined by hyphens, at most 60 characters. */
export function fileSlug(title: string): string {
  const words =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) {
      if (!slug) slug = word.slice(0, 60);
      break;
    }
    slug = next;
  }
  if (!slug || reservedNames.test(slug)) return slug ? `${slug}-request` : 'it-request';
  return slug;
}
