import { readFrontMatter, type FrontMatter } from '../frontMatter/frontMatter';
import { blankRange } from '../templates/maskSource';
import { parseMarkdown } from '../markdown/parseMarkdown';
import { renderHtml, type RenderedMarkdown } from '../markdown/renderHtml';
import { limitInlineMarks, nestedTooDeeply } from '../markdown/limits';
import { escapeAttribute, escapeText } from '../rules/rule';
import { preparePreviewHtml, type PreviewAddresses } from './preparePreviewHtml';
import { SourceMap, type Segment } from '../markdown/sourceMap';
import { markdownSegments, markdownSegmentsAfterEdit, type MarkdownSegments } from './markdownSegments';
import { spliceBetween } from './textSplice';
import type { PageMeta } from './pageMeta';
import { HtmlPage, type Span } from '../html/parse';
import type { LineIndex } from '../text/lineIndex';
import { linePositionText } from './linePositions';

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
  /**
   * Where the page's runs of parts begin and end in `html` (increasing offsets, the first right after `<main>`'s
   * start tag), when it was made safe in runs that each stand alone: the preview reads again only the runs that changed.
   */
  readonly parts?: readonly number[];
}

export interface MarkdownPreviewOptions extends PreviewAddresses {
  /** The site's main stylesheet as the preview reaches it, so a post looks like the site. */
  readonly stylesheetHref?: string;
  /** Add `data-cb-src` source positions (offsets in the Markdown file). */
  readonly sourcePositions?: boolean;
  /**
   * Write the positions by line and column of the file with these line starts (as `linePositionText`), instead of
   * `positionText`. A part's positions then stay the same while its first line does not move, so they are kept.
   */
  readonly positionsByLine?: LineIndex;
}

/**
 * Renders a Markdown page for the preview with the same parsing and HTML as the checks (so what is outlined is what
 * was checked): front matter taken out of the page and returned as a card; raw HTML made safe as for HTML pages.
 */
export function markdownPreview(text: string, options: MarkdownPreviewOptions = {}): MarkdownPreview {
  options = withPositionText(options);
  const page = pageOf(text, options);
  if ('preview' in page) return page.preview;
  const parsed = limitInlineMarks(page.blanked, page.bodyStart);
  const { root, spans } = parseMarkdown(parsed);
  const { html, map } = renderHtml(root, parsed, spans);
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
  /** Whether the parts were also made safe one by one (false: the page's HTML was made safe whole). */
  readonly safeInParts?: boolean;
  /** Whether only the parts an edit fell in were cut again (see markdownSegmentsAfterEdit). */
  readonly cutAfterEdit?: boolean;
}

/**
 * The same preview for a page being typed in: the page is cut into parts that read the same alone
 * (markdownSegments), and only parts whose text changed since the last render are read again. The HTML is the same
 * as markdownPreview's, character for character (a unit test compares them on generated and real pages).
 */
export class MarkdownPreviewRenderer {
  private rendered = new Map<string, RenderedMarkdown>();
  /** The last page read in parts: the text it was cut from, where its body starts, the cut and its parts. */
  private lastRead: { readonly source: string; readonly bodyStart: number; readonly cut: MarkdownSegments; readonly parts: readonly PagePart[] } | undefined;
  /** Runs of parts made safe, by their texts; null: the run does not stand alone. */
  private prepared: PreparedRuns = { alone: new Map(), together: new Map() };
  /** Runs with their positions written by line, and the line and column of the run's start they were written for. */
  private positioned = new Map<PreparedRun, PositionedRun>();
  private definitionsKey = '';
  private siteRootHref: string | undefined;
  /** The last settings read, with the text they were read from (see settingsBlockText). */
  private settings: { readonly blockText: string; readonly read: PageSettings } | undefined;
  stats: MarkdownRenderStats = { parts: 0, read: 0, inParts: false };

  render(text: string, options: MarkdownPreviewOptions = {}): MarkdownPreview {
    options = withPositionText(options);
    const page = pageOf(text, options, this.settingsOf(text));
    if ('preview' in page) return page.preview;
    // The page is limited to the parser's budget of marks only when a part is over it (rare): each part starts
    // after a blank line, where the budget starts again, so a part within it alone is within it in the page.
    // The parts are read from the body on, where the file and the page with its settings blanked are the same: the
    // file itself is read, so the blanked copy is never made (it would be copied whole once read).
    const read =
      this.readParts(text, page.bodyStart, options, true) ??
      this.readParts(limitInlineMarks(page.blanked, page.bodyStart), page.bodyStart, options, false) ??
      'whole';
    if (read === 'whole') {
      this.lastRead = undefined;
      this.rendered.clear();
      this.prepared = { alone: new Map(), together: new Map() };
      this.stats = { parts: 1, read: 1, inParts: false };
      return markdownPreview(text, options);
    }
    const { parts } = read;
    const inParts = options.sourcePositions ? this.preparedInParts(parts, options) : undefined;
    this.stats = { parts: parts.length, read: read.read, inParts: true, safeInParts: inParts !== undefined, cutAfterEdit: read.cutAfterEdit };
    const body = inParts ?? preparedWhole(parts, options);
    const boundaries = inParts ? runBoundaries(page.head, inParts) : undefined;
    return { html: wrap(page.head, body), card: page.card, meta: page.meta, ...(boundaries ? { parts: boundaries } : {}) };
  }

  /**
   * The page's parts, each read again only if its text changed. 'whole': the page cannot be read in parts.
   * Reads `source` from `bodyStart` on only. With `withinBudget`, undefined as soon as a part read again has more
   * marks than the parser's budget.
   */
  private readParts(
    source: string,
    bodyStart: number,
    options: MarkdownPreviewOptions,
    withinBudget: boolean,
  ): { readonly parts: readonly PagePart[]; readonly read: number; readonly cutAfterEdit: boolean } | 'whole' | undefined {
    // After an edit, only the parts it falls in are cut again (see markdownSegmentsAfterEdit), and the texts of the
    // others are the ones read before, whose hashes the maps below already know.
    const previous = this.lastRead?.bodyStart === bodyStart ? this.lastRead : undefined;
    const edited = previous && markdownSegmentsAfterEdit(previous.cut, source, bodyStart, spliceBetween(previous.source, source), previous.source);
    const cut = edited || markdownSegments(source, bodyStart);
    if (!cut) return withinBudget && limitInlineMarks(source, bodyStart) !== source ? undefined : 'whole';
    // Parts made safe hold the page's definitions and the site's address: when either changes, all go.
    if (cut.definitions !== this.definitionsKey || options.siteRootHref !== this.siteRootHref) {
      this.rendered.clear();
      this.prepared = { alone: new Map(), together: new Map() };
    }
    this.definitionsKey = cut.definitions;
    this.siteRootHref = options.siteRootHref;
    const kept = new Map<string, RenderedMarkdown>();
    const parts: PagePart[] = [];
    let read = 0;
    const { segments } = cut;
    for (let index = 0; index < segments.length; index++) {
      const { start, end } = segments[index];
      const keptPart =
        edited && previous
          ? index < edited.keptBefore
            ? previous.parts[index]
            : index >= segments.length - edited.keptAfter
              ? previous.parts[index - segments.length + previous.parts.length]
              : undefined
          : undefined;
      const partText = keptPart?.text ?? source.slice(start, end);
      // Every part kept is within the budget (limiting a text twice changes nothing), so only new ones are checked.
      let markdown = kept.get(partText) ?? this.rendered.get(partText);
      if (!markdown) {
        if (withinBudget && limitInlineMarks(partText) !== partText) return undefined;
        markdown = renderPart(partText, cut.definitions);
        read++;
      }
      kept.set(partText, markdown);
      parts.push({ text: partText, markdown, start });
    }
    this.lastRead = { source, bodyStart, cut, parts };
    this.rendered = kept;
    return { parts, read, cutAfterEdit: edited !== undefined };
  }

  /** The page's settings, read again only when the settings block changed (typing below it leaves it as it is). */
  private settingsOf(text: string): PageSettings {
    if (this.settings && text.startsWith(this.settings.blockText)) return this.settings.read;
    const read = pageSettingsOf(text);
    const blockText = settingsBlockText(text, read);
    this.settings = blockText === undefined ? undefined : { blockText, read };
    return read;
  }

  /**
   * The page made safe in runs of parts, each run once, kept with its source positions relative to the run, which
   * are written anew each time (a line added above moves them). A run is one part, or, where raw HTML runs on from
   * one part into the next (a `<details>` around Markdown), the few parts until it is closed. The same HTML as making
   * the whole page safe at once; undefined when a run would grow too long (the page is then made safe whole).
   */
  private preparedInParts(parts: readonly PagePart[], options: MarkdownPreviewOptions): readonly string[] | undefined {
    const positionText = options.positionText ?? ((span: Span) => `${span.start}-${span.end}`);
    const kept: PreparedRuns = { alone: new Map(), together: new Map() };
    const keptPositioned = new Map<PreparedRun, PositionedRun>();
    const html: string[] = [];
    for (let first = 0; first < parts.length;) {
      let key = '';
      let run: PreparedRun | null | undefined;
      let last = first;
      for (; last < parts.length && last - first < maxRunParts; last++) {
        // A part alone is found by its text (its hash is already known from finding its HTML); a longer run by its
        // parts' texts, each with its length so that no two runs share a key.
        const alone = last === first;
        const runs = alone ? 'alone' : 'together';
        if (alone) key = parts[last].text;
        else key = `${last === first + 1 ? `${parts[first].text.length}:${parts[first].text}` : key}${parts[last].text.length}:${parts[last].text}`;
        run = kept[runs].get(key);
        if (run === undefined) run = this.prepared[runs].get(key);
        if (run === undefined) run = prepareRun(parts.slice(first, last + 1), options.siteRootHref) ?? null;
        kept[runs].set(key, run);
        if (run) break;
      }
      if (!run) return undefined;
      const start = parts[first].start;
      const lines = options.positionsByLine;
      if (lines) {
        // By line and column, a run's positions depend only on its text and where its first line is.
        const { line, character } = lines.positionAt(start);
        const at = `${line}:${character}`;
        const known = keptPositioned.get(run) ?? this.positioned.get(run);
        const positioned = known?.at === at ? known : { at, html: positionedHtml(run, start, positionText) };
        keptPositioned.set(run, positioned);
        html.push(positioned.html);
      } else {
        html.push(positionedHtml(run, start, positionText));
      }
      first = last + 1;
    }
    this.prepared = kept;
    this.positioned = keptPositioned;
    return html;
  }
}

/** One part of the page: its text, as read, and where it starts in the file. */
interface PagePart {
  readonly text: string;
  readonly markdown: RenderedMarkdown;
  readonly start: number;
}

/** A run of parts' safe HTML around its source positions: pieces[0], sources[0], pieces[1], … (offsets in the run). */
interface PreparedRun {
  readonly pieces: readonly string[];
  readonly sources: readonly Span[];
}

/** A run's safe HTML with its positions written, for a run starting at line and column `at`. */
interface PositionedRun {
  readonly at: string;
  readonly html: string;
}

/** A run's safe HTML with its positions written for where it starts in the file. */
function positionedHtml({ pieces, sources }: PreparedRun, start: number, positionText: (span: Span) => string): string {
  const html = [pieces[0]];
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index];
    html.push(positionText({ start: source.start + start, end: source.end + start }), pieces[index + 1]);
  }
  return html.join('');
}

/** Positions by line and column come from the line starts given. */
function withPositionText(options: MarkdownPreviewOptions): MarkdownPreviewOptions {
  const lines = options.positionsByLine;
  return lines ? { ...options, positionText: (span) => linePositionText(lines, span) } : options;
}

/** Runs made safe: single parts by their text, longer runs by their parts' lengths and texts (null: not alone). */
interface PreparedRuns {
  readonly alone: Map<string, PreparedRun | null>;
  readonly together: Map<string, PreparedRun | null>;
}

/** Raw HTML left open longer than this is rare; the page is then made safe whole. */
const maxRunParts = 24;
/** Stands for a source position while a run is made safe; a run holding it is made safe with the whole page. */
const positionMark = '\u0000';
/** An element no page has: after HTML that stands alone, the parser reads it at the top level. */
const partEnd = 'content-bridge-part-end';

/** The parts' HTML joined, and their maps moved to where each part sits in it and in the file (less `origin`). */
function joinParts(parts: readonly PagePart[], origin: number): { readonly html: string; readonly map: SourceMap } {
  const htmlParts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  for (const { markdown: part, start: partStart } of parts) {
    const start = partStart - origin;
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
  return { html: htmlParts.join(''), map: new SourceMap(segments) };
}

/** The page's parts joined, and made safe in one pass. */
function preparedWhole(parts: readonly PagePart[], options: MarkdownPreviewOptions): string {
  const { html, map } = joinParts(parts, 0);
  return preparePreviewHtml(html, {
    siteRootHref: options.siteRootHref,
    sourceOf: options.sourcePositions ? (span) => map.toSource(span.start, span.end) : undefined,
    positionText: options.positionText,
  });
}

/** A run of parts made safe with its positions left out; undefined when its HTML does not stand alone. */
function prepareRun(parts: readonly PagePart[], siteRootHref: string | undefined): PreparedRun | undefined {
  // The run's parts follow each other in the file, so positions relative to its start stay true wherever it moves.
  for (let index = 1; index < parts.length; index++) if (parts[index].start !== parts[index - 1].start + parts[index - 1].text.length) return undefined;
  const { html, map } = joinParts(parts, parts[0].start);
  if (html.includes(positionMark) || !standsAlone(html)) return undefined;
  const sources: Span[] = [];
  const prepared = preparePreviewHtml(html, {
    siteRootHref,
    sourceOf: (span) => map.toSource(span.start, span.end),
    positionText: (source) => {
      sources.push(source);
      return positionMark;
    },
  });
  // Positions are asked for in the order they are written; one that was not written (inside a removed element) is not kept.
  const pieces = prepared.split(positionMark);
  return pieces.length === sources.length + 1 ? { pieces, sources } : undefined;
}

/**
 * True when the HTML leaves nothing open: no element, comment, tag or script text runs on past its end, so the
 * parser reads what follows exactly as it would alone. An element placed after it must then sit at the top level.
 */
function standsAlone(html: string): boolean {
  const page = HtmlPage.parse(`${html}<${partEnd}></${partEnd}>`);
  const last = page.elements[page.elements.length - 1];
  return last?.name === partEnd && (!last.parent || last.parent.type === 'root');
}

/** One part of the page, read alone with the page's link definitions after it; offsets relative to its start. */
function renderPart(partText: string, definitions: string): RenderedMarkdown {
  // Only references use the definitions, and every reference holds a `[`: a part without one reads the same without
  // them (reading the definitions again took half as long again as reading a paragraph).
  const source = definitions === '' || !partText.includes('[') ? partText : `${partText}\n\n${definitions}`;
  const { root, spans } = parseMarkdown(source);
  if (source !== partText) {
    // The definitions show nothing, but what follows them in `source` is not part of the page.
    root.children = root.children.filter((node) => node.type === 'definition' || (node.position?.start.offset ?? 0) < partText.length);
  }
  return renderHtml(root, source, spans);
}

type PageParts =
  | { readonly preview: MarkdownPreview }
  | { readonly blanked: string; readonly bodyStart: number; readonly head: string; readonly card?: PageSettingsCard; readonly meta: PageMeta };

/** The page settings, the head, and the page with its settings blanked (same length and line breaks as the file). */
function pageOf(text: string, options: MarkdownPreviewOptions, settings: PageSettings = pageSettingsOf(text)): PageParts {
  const { frontMatter, card, meta } = settings;
  const head = headOf(card?.title, options.stylesheetHref);
  if (nestedTooDeeply(text)) {
    return { preview: { html: `${head}<body><main><p>This page is nested too deeply to show.</p></main></body></html>`, card, meta } };
  }
  const bodyStart = frontMatter?.span.end ?? 0;
  // Same length and line breaks as the file, so the parser's offsets are the file's offsets.
  const blanked = frontMatter ? blankRange(text, frontMatter.span.start, frontMatter.span.end) : text;
  return { blanked, bodyStart, head, card, meta };
}

/** The page's settings as read, and what the preview makes of them. */
interface PageSettings {
  readonly frontMatter: FrontMatter | undefined;
  readonly card: PageSettingsCard | undefined;
  readonly meta: PageMeta;
}

function pageSettingsOf(text: string): PageSettings {
  const frontMatter = readFrontMatter(text);
  const card = frontMatter ? cardOf(frontMatter) : undefined;
  return { frontMatter, card, meta: metaOf(frontMatter, card) };
}

/**
 * The settings block with the line break after its closing line: a file starting with these same characters has
 * the same settings, because reading them stops at that line. Undefined when there is nothing to keep (no settings,
 * settings that do not read, or no line break after them).
 */
function settingsBlockText(text: string, settings: PageSettings): string | undefined {
  const { frontMatter } = settings;
  if (!frontMatter || frontMatter.error) return undefined;
  const lineBreak = text.indexOf('\n', frontMatter.span.end);
  return lineBreak === -1 ? undefined : text.slice(0, lineBreak + 1);
}

const mainStartTags = '<body><main class="content-bridge-markdown">';

/**
 * The whole page around the body's HTML, or around its runs in order. One join makes it one flat string: strings
 * added together make a rope, which the first to read the page (the change sent to the webview) copies again whole.
 */
function wrap(head: string, body: string | readonly string[]): string {
  const open = `${head}${mainStartTags}`;
  const close = '</main></body></html>';
  return typeof body === 'string' ? [open, body, close].join('') : [open, ...body, close].join('');
}

/** Where each run begins in the wrapped page, and where the last ends (runs without HTML add none); undefined for fewer than one run. */
function runBoundaries(head: string, runs: readonly string[]): readonly number[] | undefined {
  let offset = head.length + mainStartTags.length;
  const boundaries = [offset];
  for (const run of runs) {
    if (run.length === 0) continue;
    offset += run.length;
    boundaries.push(offset);
  }
  return boundaries.length > 1 ? boundaries : undefined;
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
