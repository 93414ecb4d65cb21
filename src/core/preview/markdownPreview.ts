import { readFrontMatter, type FrontMatter } from '../frontMatter/frontMatter';
import { blankRange } from '../templates/maskSource';
import { parseMarkdown } from '../markdown/parseMarkdown';
import { renderHtml } from '../markdown/renderHtml';
import { limitInlineMarks, nestedTooDeeply } from '../markdown/limits';
import { escapeAttribute, escapeText } from '../rules/rule';
import { preparePreviewHtml, type PreviewAddresses } from './preparePreviewHtml';
import type { PageMeta } from './pageMeta';

/** A Markdown page's settings as the preview's card shows them. */
export interface PageSettingsCard {
  readonly title?: string;
  readonly description?: string;
  readonly date?: string;
  readonly draft?: boolean;
}

export interface MarkdownPreview {
  /** A whole page: the rendered Markdown in `<main>`, the site's stylesheet if given, the title from the settings. */
  readonly html: string;
  readonly card?: PageSettingsCard;
  /** What search engines and social sites would read, from the page settings. */
  readonly meta: PageMeta;
}

export interface MarkdownPreviewOptions extends PreviewAddresses {
  /** The site's main stylesheet as the preview reaches it, so a post looks like the site. */
  readonly stylesheetHref?: string;
  /** Add `data-cb-src` source positions (offsets in the Markdown file). */
  readonly sourcePositions?: boolean;
}

/**
 * Renders a Markdown page for the preview with the same parsing and HTML as the checks (so what is outlined is what
 * was checked): front matter taken out of the page and returned as a card; raw HTML made safe as for HTML pages.
 */
export function markdownPreview(text: string, options: MarkdownPreviewOptions = {}): MarkdownPreview {
  const frontMatter = readFrontMatter(text);
  const card = frontMatter ? cardOf(frontMatter) : undefined;
  const head = headOf(card?.title, options.stylesheetHref);
  const meta = metaOf(frontMatter, card);
  if (nestedTooDeeply(text)) {
    return { html: `${head}<body><main><p>This page is nested too deeply to show.</p></main></body></html>`, card, meta };
  }
  const bodyStart = frontMatter?.span.end ?? 0;
  // Same length and line breaks as the file, so the parser's offsets are the file's offsets.
  const parsed = limitInlineMarks(frontMatter ? blankRange(text, frontMatter.span.start, frontMatter.span.end) : text, bodyStart);
  const { root, spans } = parseMarkdown(parsed);
  const { html, map } = renderHtml(root, parsed, spans);
  const body = preparePreviewHtml(html, {
    siteRootHref: options.siteRootHref,
    sourceOf: options.sourcePositions ? (span) => map.toSource(span.start, span.end) : undefined,
  });
  return { html: `${head}<body><main class="content-bridge-markdown">${body}</main></body></html>`, card, meta };
}

/** The settings generators turn into the page's title, description and sharing image. */
function metaOf(frontMatter: FrontMatter | undefined, card: PageSettingsCard | undefined): PageMeta {
  const social: Record<string, string> = {};
  for (const key of ['image', 'images', 'cover', 'og_image', 'featured_image']) {
    const value = frontMatter?.entries.get(key)?.value;
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.trim() !== '') {
      social['og:image'] = first.trim();
      break;
    }
  }
  return { ...(card?.title ? { title: card.title } : {}), ...(card?.description ? { description: card.description } : {}), social };
}

function headOf(title: string | undefined, stylesheetHref: string | undefined): string {
  const titleElement = title ? `<title>${escapeText(title)}</title>` : '';
  const stylesheet = stylesheetHref ? `<link rel="stylesheet" href="${escapeAttribute(stylesheetHref)}">` : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${titleElement}${stylesheet}</head>`;
}

/** Title, description, date and draft, under the keys every supported generator uses for them. */
export function cardOf(frontMatter: FrontMatter): PageSettingsCard | undefined {
  const text = (keys: readonly string[]) => {
    for (const key of keys) {
      const value = frontMatter.entries.get(key)?.value;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
    return undefined;
  };
  const title = text(['title']);
  const description = text(['description', 'summary', 'excerpt']);
  const date = text(['date', 'publishDate', 'pubDate']);
  const draftValue = frontMatter.entries.get('draft')?.value ?? frontMatter.entries.get('published')?.value;
  const draft = frontMatter.entries.has('draft') ? draftValue === true : frontMatter.entries.has('published') ? draftValue === false : undefined;
  const card: PageSettingsCard = {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(draft !== undefined ? { draft } : {}),
  };
  return Object.keys(card).length > 0 ? card : undefined;
}
