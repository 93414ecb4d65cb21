import type { Element } from 'domhandler';
import { HtmlPage, type Span } from '../html/parse';
import { attributeValue } from '../html/document';
import { pageMetaOfPage, type PageMeta } from './pageMeta';
import { htmlPartBoundaries } from './htmlParts';

export interface PreviewAddresses {
  /** Where root-relative addresses (`/images/logo.png`) resolve: the site's root folder, ending in `/`. */
  readonly siteRootHref?: string;
  /**
   * Where each element of `text` was written in the file, for the preview to stay in step with the editor: each
   * element in the page's body gets a `data-cb-src="start-end"` attribute (offsets in the file). For an HTML page
   * the identity; for Markdown, the map from the generated HTML back to the Markdown. Never written into the file.
   */
  readonly sourceOf?: (element: Span) => Span | undefined;
  /** How a position is written into `data-cb-src`: `start-end` offsets unless given (see linePositions.ts). */
  readonly positionText?: (source: Span) => string;
  /** The user allowed the page's scripts: they are kept (redirects and the page's <base> still go). */
  readonly keepScripts?: boolean;
  /** Say where the page's parts are in the prepared HTML (`parts`, see htmlParts.ts), for the preview. */
  readonly parts?: boolean;
}

/** The attribute carrying an element's place in the file. */
export const sourceAttribute = 'data-cb-src';

/** Elements that are not shown on the page: no source position needed. */
const unshownElements = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'style', 'base', 'script', 'noscript', 'template']);

interface Replacement extends Span {
  readonly text: string;
}

/** Attributes that load something the reader sees, by element. */
const resourceAttributes: Readonly<Record<string, readonly string[]>> = {
  img: ['src'],
  link: ['href'],
  script: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
};

/**
 * Makes a page safe and complete for the preview: scripts, automatic redirects
 * and the page's own <base> are taken out (the page's own code never runs in the
 * preview), and its root-relative addresses are pointed at the site's files.
 * Relative addresses resolve against the <base> the preview adds itself. The
 * browser's parser can place hidden markup differently from this one, so the
 * preview cleans the page again in the tree it actually shows.
 */
export function preparePreviewHtml(text: string, addresses: PreviewAddresses): string {
  return prepareParsedPage(HtmlPage.parse(text), text, addresses).html;
}

/** An HTML page made ready for the preview, with what search engines and social sites read from it, from one parse. */
export function preparePreviewPage(
  text: string,
  addresses: PreviewAddresses,
): { readonly html: string; readonly meta: PageMeta; readonly parts?: readonly number[] } {
  const page = HtmlPage.parse(text);
  const { html, parts } = prepareParsedPage(page, text, addresses);
  return { html, meta: pageMetaOfPage(page), ...(parts ? { parts } : {}) };
}

function prepareParsedPage(page: HtmlPage, text: string, addresses: PreviewAddresses): { readonly html: string; readonly parts?: readonly number[] } {
  const replacements: Replacement[] = [];
  const positionText = addresses.positionText ?? offsetsText;
  for (const element of page.elements) {
    if ((element.name === 'script' && !addresses.keepScripts) || element.name === 'base' || isRefresh(element)) {
      replacements.push({ ...page.elementSpan(element), text: '' });
      continue;
    }
    if (addresses.siteRootHref) replacements.push(...rootRelativeRewrites(page, element, addresses.siteRootHref));
    if (addresses.sourceOf && !unshownElements.has(element.name)) {
      const source = addresses.sourceOf(page.elementSpan(element));
      // Right after the tag name, before the page's own attributes: a duplicate written by the page comes second and is ignored.
      const at = page.elementSpan(element).start + 1 + element.name.length;
      if (source && text.charAt(at - element.name.length - 1) === '<') {
        replacements.push({ start: at, end: at, text: ` ${sourceAttribute}="${positionText(source)}"` });
      }
    }
  }
  const sourceParts = addresses.parts ? htmlPartBoundaries(page) : undefined;
  const { html, moved } = applyReplacements(text, replacements, sourceParts ?? []);
  // Only boundaries still after `>` or a line break once the page is prepared (a removed script can end at one).
  const parts = moved.filter((offset) => html.charCodeAt(offset - 1) === 0x3e || html.charCodeAt(offset - 1) === 0x0a);
  return parts.length > 1 ? { html, parts } : { html };
}

function offsetsText(source: Span): string {
  return `${source.start}-${source.end}`;
}

function isRefresh(element: Element): boolean {
  return element.name === 'meta' && attributeValue(element, 'http-equiv') === 'refresh';
}

function rootRelativeRewrites(page: HtmlPage, element: Element, siteRootHref: string): Replacement[] {
  const rewrites: Replacement[] = [];
  for (const attribute of resourceAttributes[element.name] ?? []) {
    const value = element.attribs[attribute];
    if (!value || !value.startsWith('/') || value.startsWith('//')) continue;
    const span = page.attributeValueSpan(element, attribute);
    if (span) rewrites.push({ ...span, text: escapeAttribute(siteRootHref + value.slice(1)) });
  }
  return rewrites;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Applies non-overlapping replacements; one inside a removed element is dropped with it. `offsets` (increasing) are
 * moved to where the same place is in the result; those inside a replaced range are left out.
 */
function applyReplacements(text: string, replacements: Replacement[], offsets: readonly number[]): { readonly html: string; readonly moved: number[] } {
  const ordered = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  const moved: number[] = [];
  let length = 0;
  let cursor = 0;
  let next = 0;
  const keep = (end: number) => {
    pieces.push(text.slice(cursor, end));
    for (; next < offsets.length && offsets[next] <= end; next++) if (offsets[next] >= cursor) moved.push(length + offsets[next] - cursor);
    length += end - cursor;
  };
  for (const replacement of ordered) {
    if (replacement.start < cursor) continue;
    keep(replacement.start);
    pieces.push(replacement.text);
    length += replacement.text.length;
    cursor = replacement.end;
  }
  keep(text.length);
  return { html: pieces.join(''), moved };
}
