import { cutToWidth } from './textWidth';
import type { PageMeta } from './pageMeta';

/**
 * Where a search engine cuts a result on a desktop screen: the title at about 600 pixels of 20-pixel Arial, the
 * description at about 920 pixels of 14-pixel Arial (two lines). Search engines change these now and then, so
 * the preview says "about".
 */
export const searchLimits = { titleWidth: 600, titleFontSize: 20, descriptionWidth: 920, descriptionFontSize: 14 } as const;

export interface SearchResultPreview {
  readonly title: string;
  /** The address as results show it: the site, then the path's parts. */
  readonly address: string;
  readonly description: string;
  /** Plain-language notes: what was cut or is missing, and what a search engine does about it. */
  readonly notes: readonly string[];
}

/** The page as a search result: title and description cut where a search engine cuts them, with notes. */
export function searchResultPreview(meta: PageMeta, pagePath: string): SearchResultPreview {
  const notes: string[] = [];
  const title = meta.title?.trim() ?? '';
  const description = meta.description?.trim() ?? '';
  let shownTitle: string;
  if (title === '') {
    notes.push('This page has no title: search engines make one up from the page, often badly. Add a title.');
    shownTitle = 'Untitled page';
  } else {
    const cut = cutToWidth(title, searchLimits.titleWidth, searchLimits.titleFontSize);
    shownTitle = cut.text;
    if (cut.cut) notes.push('The title is cut off in search results: put the words that matter first, or shorten it.');
  }
  let shownDescription = description;
  if (description === '') {
    notes.push('This page has no description: search engines show a piece of the page instead. Add a description of one or two sentences.');
  } else {
    const cut = cutToWidth(description, searchLimits.descriptionWidth, searchLimits.descriptionFontSize);
    shownDescription = cut.text;
    if (cut.cut) notes.push('The description is cut off in search results: keep it to about 150 characters.');
  }
  return { title: shownTitle, address: displayAddress(meta.url, pagePath), description: shownDescription, notes };
}

/** `example.org › news › summer-fair`, as results show addresses; the site's own address when the page gives it. */
export function displayAddress(url: string | undefined, pagePath: string): string {
  let host = 'your-site';
  let path = pagePath;
  const absolute = url && /^https?:\/\//i.test(url) ? url : undefined;
  if (absolute) {
    const afterScheme = absolute.slice(absolute.indexOf('//') + 2);
    const slash = afterScheme.indexOf('/');
    host = slash === -1 ? afterScheme : afterScheme.slice(0, slash);
    path = slash === -1 ? '' : afterScheme.slice(slash);
  }
  const parts = path
    .split(/[?#]/)[0]
    .split('/')
    .filter((part) => part !== '' && part !== 'index.html' && part !== 'index.md' && part !== '_index.md')
    .map((part) => part.replace(/\.(html?|md|markdown)$/i, ''));
  return [host.replace(/^www\./i, ''), ...parts].join(' › ');
}
