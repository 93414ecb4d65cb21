import { readFrontMatter, type FrontMatter } from '../frontMatter/frontMatter';
import { blankRange } from '../templates/maskSource';
import { parseMarkdown } from '../markdown/parseMarkdown';
import { renderHtml, type RenderedMarkdown } from '../markdown/renderHtml';
import { limitInlineMarks, nestedTooDeeply } from '../markdown/limits';
import { escapeAttribute, escapeText } from '../rules/rule';
import { preparePreviewHtml, type PreviewAddresses } from './preparePreviewHtml';
import { SourceMap, type Segment } from '../markdown/sourceMap';
import { markdownSegments } from './markdownSegments';
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
  const page = pageOf(text, options);
  if ('preview' in page) return page.preview;
  const { root, spans } = parseMarkdown(page.parsed);
  const { html, map } = renderHtml(root, page.parsed, spans);
  const body = preparePreviewHtml(html, {
    siteRootHref: options.siteRootHref,
    sourceOf: options.sourcePositions ? (span) => map.toSource(span.start, span.end) : undefined,
    positionText: options.positionText,
  });
  return { html: wrap(page.head, body), card: page.card, meta: page.meta };
}

/** How many parts of the page the last render read again (for tests and the benchmark). */
export interface MarkdownRenderStats {
  readonly parts: number;
  readonly read: number;
  /** False when the page had to be read whole (see markdownSegments). */
  readonly inParts: boolean;
}

/**
 * The same preview for a page being typed in: the page is cut into parts that read the same alone
 * (markdownSegments), and only parts whose text changed since the last render are read again. The HTML is the same
 * as markdownPreview's, character for character (a unit test compares them on generated and real pages).
 */
export class MarkdownPreviewRenderer {
  private rendered = new Map<string, RenderedMarkdown>();
  private definitionsKey = '';
  stats: MarkdownRenderStats = { parts: 0, read: 0, inParts: false };

  render(text: string, options: MarkdownPreviewOptions = {}): MarkdownPreview {
    const page = pageOf(text, options);
    if ('preview' in page) return page.preview;
    const cut = markdownSegments(page.parsed, page.bodyStart);
    if (!cut) {
      this.rendered.clear();
      this.stats = { parts: 1, read: 1, inParts: false };
      return markdownPreview(text, options);
    }
    if (cut.definitions !== this.definitionsKey) this.rendered.clear();
    this.definitionsKey = cut.definitions;
    const kept = new Map<string, RenderedMarkdown>();
    const htmlParts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let read = 0;
    for (const { start, end } of cut.segments) {
      const partText = page.parsed.slice(start, end);
      let part = kept.get(partText) ?? this.rendered.get(partText);
      if (!part) {
        part = renderPart(partText, cut.definitions);
        read++;
      }
      kept.set(partText, part);
      // The part's map, moved to where the part sits in the page and in the page's HTML.
      const first = segments.length;
      for (const segment of part.map.segments) {
        segments.push({
          ...segment,
          genStart: segment.genStart + length,
          genEnd: segment.genEnd + length,
          source: { start: segment.source.start + start, end: segment.source.end + start },
          parent: segment.parent === -1 ? -1 : segment.parent + first,
          ...(segment.labelText ? { labelText: { start: segment.labelText.start + start, end: segment.labelText.end + start } } : {}),
        });
      }
      htmlParts.push(part.html);
      length += part.html.length;
    }
    this.rendered = kept;
    this.stats = { parts: cut.segments.length, read, inParts: true };
    const map = new SourceMap(segments);
    const body = preparePreviewHtml(htmlParts.join(''), {
      siteRootHref: options.siteRootHref,
      sourceOf: options.sourcePositions ? (span) => map.toSource(span.start, span.end) : undefined,
      positionText: options.positionText,
    });
    return { html: wrap(page.head, body), card: page.card, meta: page.meta };
  }
}

/** One part of the page, read alone with the page's link definitions after it; offsets relative to its start. */
function renderPart(partText: string, definitions: string): RenderedMarkdown {
  const source = definitions === '' ? partText : `${partText}\n\n${definitions}`;
  const { root, spans } = parseMarkdown(source);
  if (definitions !== '') {
    // The definitions show nothing, but what follows them in `source` is not part of the page.
    root.children = root.children.filter((node) => node.type === 'definition' || (node.position?.start.offset ?? 0) < partText.length);
  }
  return renderHtml(root, source, spans);
}

type PageParts =
  | { readonly preview: MarkdownPreview }
  | { readonly parsed: string; readonly bodyStart: number; readonly head: string; readonly card?: PageSettingsCard; readonly meta: PageMeta };

/** The page settings, the head, and the text the parser reads (settings blanked, same offsets as the file). */
function pageOf(text: string, options: MarkdownPreviewOptions): PageParts {
  const frontMatter = readFrontMatter(text);
  const card = frontMatter ? cardOf(frontMatter) : undefined;
  const head = headOf(card?.title, options.stylesheetHref);
  const meta = metaOf(frontMatter, card);
  if (nestedTooDeeply(text)) {
    return { preview: { html: `${head}<body><main><p>This page is nested too deeply to show.</p></main></body></html>`, card, meta } };
  }
  const bodyStart = frontMatter?.span.end ?? 0;
  // Same length and line breaks as the file, so the parser's offsets are the file's offsets.
  const parsed = limitInlineMarks(frontMatter ? blankRange(text, frontMatter.span.start, frontMatter.span.end) : text, bodyStart);
  return { parsed, bodyStart, head, card, meta };
}

function wrap(head: string, body: string): string {
  return `${head}<body><main class="content-bridge-markdown">${body}</main></body></html>`;
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
