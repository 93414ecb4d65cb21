import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage } from './rule';
import { accessibleName } from '../html/accessibleName';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import { contentSpan } from '../html/tree';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'identical-link-text';

export const identicalLinkText: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Links with the same words should go to the same place',
    description:
      'Finds links (`<a href>`, `<area href>`) that say the same thing — "Read more", "Click here", "Details" — as an earlier link on the page but go to a different address. Each later link is reported. Differences of case and punctuation do not count, nor do `https` vs `http`, a trailing slash, `index.html` or a jump to a spot on the same page.',
    whyItMatters:
      'Many screen reader users move through a page by pulling up a list of its links. A list with five "Read more" links that go to five places is useless. Links that say where they go also help everyone who scans the page, and search engines use link words to understand the page they point to.',
    equivalents: { axe: 'identical-links-same-purpose', lighthouse: 'identical-links-same-purpose' },
    docPath: docPathFor(id),
    messages: {
      sameWordsElsewhere:
        'This link says "{words}", like the link on line {line}, but goes somewhere else ({address}). People who pick links from a list cannot tell them apart: make each link\'s words say where it goes, for example "Summer reading challenge: how to join" rather than "Read more".',
      rewriteLinkText: 'Rewrite the link text…',
      prompt: 'What should this link say? Name where it goes',
      placeholder: 'e.g. "Read more about the summer book sale" — it should make sense on its own',
    },
  },
  check({ page, report }) {
    const links = [...page.elementsNamed('a'), ...page.elementsNamed('area')].filter((link) => link.attribs['href'] !== undefined);
    if (links.length < 2) return;
    links.sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
    let base: string | undefined;
    // Most link names are unique, so addresses are only compared (and parsed) once a name repeats.
    const seen = new Map<string, { first: Element; firstHref: string; targets?: Set<string> }>();
    const targets = new Map<string, string>();
    // Link words repeat a lot on a page ("Read more", a menu in header and footer): normalise each once.
    const normalized = new Map<string, string>();
    const targetOf = (href: string) => {
      let target = targets.get(href);
      if (target === undefined) {
        target = normalizeUrl(href, (base ??= pageBase(page)));
        targets.set(href, target);
      }
      return target;
    };
    for (const link of links) {
      const href = link.attribs['href'].trim();
      if (href === '' || /^javascript:/i.test(href) || hiddenWithAncestors(page, link, Hidden.fromScreenReaders)) continue;
      const words = accessibleName(page, link);
      let name = normalized.get(words);
      if (name === undefined) {
        name = normalizeName(words);
        normalized.set(words, name);
      }
      if (name === '') continue;
      const entry = seen.get(name);
      if (!entry) {
        seen.set(name, { first: link, firstHref: href });
        continue;
      }
      entry.targets ??= new Set([targetOf(entry.firstHref)]);
      const target = targetOf(href);
      if (entry.targets.has(target)) continue;
      entry.targets.add(target);
      const span = page.startTagSpan(link);
      const line = page.lines.rangeOf(entry.first.startIndex ?? 0, entry.first.startIndex ?? 0).start.line + 1;
      report({
        message: ruleMessage(identicalLinkText.meta, 'sameWordsElsewhere', { words: shorten(words), line, address: shorten(href) }),
        start: span.start,
        end: span.end,
        fixes: rewriteFixes(page, link, words),
      });
    }
  },
};

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** As axe-core: case, punctuation, emoji and extra spaces do not make names different. */
function normalizeName(text: string): string {
  // Most link text is plain ASCII: the Unicode classes below are several times slower, so they are kept for the rest.
  // Words and single spaces only ("Read more", "Contact us"): lower case is all that changes.
  if (isPlainWords(text)) return text.toLowerCase();
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return collapsedWithoutMarks(text).toLowerCase();
}

const markOrEmoji = /^[\p{P}\p{S}\u{1F000}-\u{1FFFF}]$/u;
const whitespace = /^\s$/;

/**
 * `text` with punctuation, symbols and emoji turned into spaces and runs of spaces collapsed to one, trimmed — as
 * replacing with `/[\p{P}\p{S}\u{1F000}-\u{1FFFF}]/gu` and then `/\s+/g` would, in one pass: the Unicode classes are
 * only asked about characters outside ASCII, which are few in link words.
 */
function collapsedWithoutMarks(text: string): string {
  let result = '';
  let runStart = -1;
  let spaceBefore = false;
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index)!;
    const size = code > 0xffff ? 2 : 1;
    if (isSpaceOrMark(code, text, index, size)) {
      if (runStart >= 0) {
        result += text.slice(runStart, index);
        runStart = -1;
      }
      spaceBefore = result !== '';
    } else if (runStart < 0) {
      if (spaceBefore) result += ' ';
      spaceBefore = false;
      runStart = index;
    }
    index += size;
  }
  if (runStart >= 0) result += text.slice(runStart);
  return result;
}

function isSpaceOrMark(code: number, text: string, index: number, size: number): boolean {
  if (code < 128) {
    // ASCII: whitespace, and every printable character that is not a letter or a digit (all are \p{P} or \p{S}).
    if (code === 32 || (code >= 9 && code <= 13)) return true;
    if (code < 33 || code === 127) return false;
    return !((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57));
  }
  const character = text.slice(index, index + size);
  return markOrEmoji.test(character) || whitespace.test(character);
}

/** ASCII letters and digits in words separated by single spaces ("Read more"), read without a regular expression. */
function isPlainWords(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  let afterSpace = true;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) afterSpace = false;
    else return false;
  }
  return !afterSpace;
}

/** An address to resolve relative links against: <base href>, else the canonical address, else a stand-in. */
function pageBase(page: HtmlPage): string {
  const fallback = 'http://this-page.invalid/';
  const candidates = [
    page.first('base')?.attribs['href'],
    page.elementsNamed('link').find((link) => link.attribs['rel']?.toLowerCase().split(/\s+/).includes('canonical'))?.attribs['href'],
  ];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    try {
      return new URL(candidate.trim(), fallback).href;
    } catch {
      // not an address; try the next
    }
  }
  return fallback;
}

/**
 * The parts of an address that decide where it goes, as axe-core's
 * urlPropsFromAttribute compares them: http = https, default ports, trailing
 * slash and index.* left out, query keys in any order, and the #fragment only
 * when it is a route (#! or #/).
 */
function normalizeUrl(href: string, base: string): string {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return href;
  }
  const protocol = url.protocol === 'https:' ? 'http:' : url.protocol === 'ftps:' ? 'ftp:' : url.protocol;
  if (protocol !== 'http:' && protocol !== 'ftp:' && protocol !== 'file:') return `${protocol}${url.pathname}${url.search}`.toLowerCase();
  const port = url.port === '80' || url.port === '443' ? '' : url.port;
  let path = url.pathname;
  const file = path.split('/').pop() ?? '';
  if (/^index\./i.test(file)) path = path.slice(0, path.length - file.length);
  if (!path.endsWith('/') && !file.includes('.')) path += '/';
  // Most addresses have no query: reading searchParams would build a URLSearchParams for nothing.
  const query =
    url.search === ''
      ? ''
      : [...url.searchParams.entries()]
          .map(([key, value]) => `${key}=${value}`)
          .sort()
          .join('&');
  const hash = /^#!?\//.test(url.hash) || url.hash.startsWith('#!') ? url.hash : '';
  return `${protocol}//${url.hostname}${port ? `:${port}` : ''}${path}?${query}${hash}`;
}

/** Ask for new link words, where they can be written: the aria-label, or the link's plain-text content. */
function rewriteFixes(page: HtmlPage, link: Element, words: string): Fix[] {
  const request = {
    prompt: ruleMessage(identicalLinkText.meta, 'prompt'),
    placeholder: ruleMessage(identicalLinkText.meta, 'placeholder'),
    escape: 'text' as const,
    initialValue: words,
  };
  if (link.attribs['aria-labelledby']?.trim()) return [];
  if (link.attribs['aria-label']?.trim()) {
    const target = page.attributeValueTarget(link, 'aria-label');
    return target ? [askFix(ruleMessage(identicalLinkText.meta, 'rewriteLinkText'), { ...request, escape: 'attribute', ...target })] : [];
  }
  if (link.name !== 'a') return [];
  const content = contentSpan(page, link);
  // Only links holding plain text: rewriting would drop images or other markup inside.
  if (!content || link.children.some((child) => child.type !== 'text')) return [];
  return [askFix(ruleMessage(identicalLinkText.meta, 'rewriteLinkText'), { ...request, start: content.start, end: content.end, before: '', after: '' })];
}
