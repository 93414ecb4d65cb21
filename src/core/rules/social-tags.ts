import type { Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';
import type { Rule } from './rule';
import { docPathFor, ruleMessage, escapeAttribute } from './rule';
import { headInsertionPoint, isWholePage } from '../html/document';

const id = 'social-tags';

const openGraph = ['og:title', 'og:description', 'og:image'] as const;
const twitterCard = 'twitter:card';

/** The Open Graph / Twitter key of a `<meta>`: `property` (the Open Graph way) or `name` (which the sites also read). */
function keyOf(meta: Element): string | undefined {
  return (meta.attribs['property'] ?? meta.attribs['name'])?.trim().toLowerCase();
}

export const socialTags: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'info',
    title: 'Pages should have social sharing tags',
    description:
      'Finds whole pages missing any of the Open Graph tags `og:title`, `og:description` and `og:image` (`<meta property="og:…">`) or the Twitter card tag `<meta name="twitter:card">`. One finding per page lists what is missing.',
    whyItMatters:
      'When someone shares the page on Facebook, LinkedIn, X, WhatsApp or Teams, these tags decide the title, summary and picture of the preview card. Without them the sites guess, often picking a logo or a cookie notice, and the post gets fewer clicks.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      missingTags:
        'This page is missing {tags}. These tags set the title, summary and picture shown when the page is shared on social media; add them in <head>.',
      addMissingTag: 'Add the missing sharing tag',
      addMissingTags: 'Add the missing sharing tags',
    },
  },
  check({ page, source, report }) {
    if (!isWholePage(page, source)) return;
    const present = new Set<string>();
    let lastSocial: Element | undefined;
    for (const meta of page.elementsNamed('meta')) {
      const key = keyOf(meta);
      if (key === undefined) continue;
      if (key.startsWith('og:') || key.startsWith('twitter:')) {
        present.add(key);
        lastSocial = meta;
      }
    }
    const missing = [...openGraph, twitterCard].filter((key) => !present.has(key));
    if (missing.length === 0) return;
    const head = page.first('head');
    const anchor = head ?? page.first('html');
    const span = anchor ? page.startTagSpan(anchor) : { start: 0, end: 0 };
    report({
      message: ruleMessage(socialTags.meta, 'missingTags', { tags: list(missing) }),
      ...span,
      fixes: () => addTagsFixes(page, head, lastSocial, missing),
    });
  },
};

/** One fix that adds the missing tags after the last sharing tag (or the description, or the title), filled in where it can. */
function addTagsFixes(page: HtmlPage, head: Element | undefined, lastSocial: Element | undefined, missing: readonly string[]): Fix[] {
  const title = page.first('title');
  const description = page.elementsNamed('meta').find((meta) => meta.attribs['name']?.trim().toLowerCase() === 'description');
  const after = lastSocial ?? description ?? title;
  const insertion = head ? headInsertionPoint(page, after && isInside(after, head) ? after : undefined) : undefined;
  if (!insertion) return [];
  const initial: Record<string, string> = {
    'og:title': title ? page.textOf(title).replace(/\s+/g, ' ').trim() : '',
    'og:description': description?.attribs['content']?.trim() ?? '',
    'og:image': '',
    'twitter:card': 'summary_large_image',
  };
  let newText = '';
  let cursorOffset: number | undefined;
  for (const key of missing) {
    const attribute = key === twitterCard ? 'name' : 'property';
    const line = `${page.lines.eol}${insertion.indent}<meta ${attribute}="${key}" content="`;
    if (cursorOffset === undefined && initial[key] === '') cursorOffset = newText.length + line.length;
    newText += `${line}${escapeAttribute(initial[key])}">`;
  }
  return [
    {
      title: ruleMessage(socialTags.meta, missing.length === 1 ? 'addMissingTag' : 'addMissingTags'),
      edits: [{ start: insertion.offset, end: insertion.offset, newText, cursorOffset }],
    },
  ];
}

function isInside(element: Element, ancestor: Element): boolean {
  let node = element.parent;
  while (node) {
    if (node === ancestor) return true;
    node = node.parent;
  }
  return false;
}

function list(keys: readonly string[]): string {
  const named = keys.map((key) => (key === twitterCard ? '<meta name="twitter:card">' : `<meta property="${key}">`));
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}
