import { HtmlPage } from '../html/parse';
import { attributeValue } from '../html/document';

/** What search engines and social sites read from a page: its title, description and sharing tags. */
export interface PageMeta {
  readonly title?: string;
  readonly description?: string;
  /** The page's own address, when it says (canonical link or og:url). */
  readonly url?: string;
  /** `og:*` and `twitter:*` values by property name, the first of each. */
  readonly social: Readonly<Record<string, string>>;
}

/** Reads the title, description, canonical address and sharing tags of an HTML page. */
export function pageMetaOf(html: string): PageMeta {
  return pageMetaOfPage(HtmlPage.parse(html));
}

/** The same, from a page already parsed (the preview parses each version once). */
export function pageMetaOfPage(page: HtmlPage): PageMeta {
  const title = page.first('title');
  const social: Record<string, string> = {};
  let description: string | undefined;
  for (const meta of page.elementsNamed('meta')) {
    const key = (attributeValue(meta, 'property') ?? attributeValue(meta, 'name') ?? '').trim().toLowerCase();
    const content = meta.attribs['content'];
    if (content === undefined || key === '') continue;
    if (key === 'description' && description === undefined) description = content;
    if ((key.startsWith('og:') || key.startsWith('twitter:')) && social[key] === undefined) social[key] = content;
  }
  const canonical = page.elementsNamed('link').find((link) => (attributeValue(link, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const url = (canonical && canonical.attribs['href']?.trim()) || social['og:url'];
  return {
    ...(title ? { title: decodeText(page.textOf(title)) } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(url ? { url } : {}),
    social,
  };
}

function decodeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
