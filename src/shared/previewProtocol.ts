/**
 * The one message protocol between the preview webview and the extension.
 * Both sides import these types, so a message changed on one side fails to
 * compile on the other. Every message names its document and version, so an
 * answer about a page or version no longer shown is recognised and dropped, and
 * each side checks what it receives (`parsePreviewMessage`, `parseExtensionMessage`).
 */

import type { SearchResultPreview, SocialCardPreview } from '../core';
import { siteOriginOf } from '../core/trust/restrictedMode';
import type { TextSplice } from '../core/preview/textSplice';

/** The page settings of a Markdown page, shown as a small card above the page instead of as text. */
export interface FrontMatterCard {
  readonly title?: string;
  readonly description?: string;
  readonly date?: string;
  readonly draft?: boolean;
}

/** A problem found on the page, where it is written in the file. */
export interface PageProblem {
  readonly start: number;
  readonly end: number;
  readonly severity: ProblemSeverity;
  readonly message: string;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';
const severities: readonly ProblemSeverity[] = ['error', 'warning', 'info'];
/** More would only cover the page in outlines; the Problems panel lists them all. */
const maxProblems = 2_000;
/** Far more lines than any page the preview shows has. */
const maxLines = 10_000_000;
/** Far more parts than any page the preview shows has. */
const maxParts = 200_000;

/** Which page and which version of it a message is about. */
export interface DocumentVersion {
  readonly documentUri: string;
  readonly version: number;
}

/** A version of the page to show, with everything around it. */
export interface RenderPageMessage extends DocumentVersion {
  readonly type: 'render';
  /** The page to show, already made safe for the preview (no scripts, no redirects, no <base> of its own). */
  readonly html: string;
  /** The page's folder as the webview reaches it: the preview's one <base>, so relative addresses load. */
  readonly baseHref: string;
  readonly kind: 'html' | 'markdown';
  /** A Markdown page's settings (title, description, date, draft), shown as a card; absent for HTML. */
  readonly card?: FrontMatterCard;
  /** The page as a search result and as a shared link (the toolbar's other tabs). */
  readonly search: SearchResultPreview;
  readonly social: SocialCardPreview;
  /** The user allowed this page's scripts: `html` still has them, and they run in a frame of their own. */
  readonly scripts?: boolean;
  /**
   * Where each line of the file begins (offsets), when `html` writes its source positions by line and column
   * (`data-cb-src="line:column-line:column"`, see core/preview/linePositions.ts); absent: they are offsets.
   */
  readonly lines?: readonly number[];
  /**
   * Where the page's parts begin and end in `html` (increasing offsets): the first right after the start tag of the
   * element holding the parts, each next one where a part ends; every part is a run of that element's children that
   * should read the same alone. The webview checks this itself before relying on it (webview/preview/pageParts.ts),
   * and then reads again only the parts a change touched.
   */
  readonly parts?: readonly number[];
}

/**
 * The same as a `render` of this version, but with its HTML sent as the change from the version the webview
 * showed last (`baseVersion`): consecutive versions differ by a few characters, the page by ~100 KB. The webview
 * rebuilds the HTML and checks its `length` and `hash` (core/preview/textSplice.ts); on any mismatch it asks for
 * the full text ('needFullText') and shows nothing wrong meanwhile.
 */
export interface RenderPatchMessage extends Omit<RenderPageMessage, 'type' | 'html'>, TextSplice {
  readonly type: 'renderPatch';
  readonly baseVersion: number;
  /** The length and `textHash` of the whole HTML once rebuilt. */
  readonly length: number;
  readonly hash: number;
}

/** Extension → webview. */
export type ExtensionToPreviewMessage =
  | RenderPageMessage
  | RenderPatchMessage
  /** Scroll the page so the element written at `offset` in the source is at the top (editor scrolled). */
  | (DocumentVersion & { readonly type: 'scrollTo'; readonly offset: number })
  /** Mark the element the editor's cursor is in; `reveal` (the cursor is on a problem): scroll the page to it. */
  | (DocumentVersion & { readonly type: 'cursor'; readonly offset: number; readonly reveal?: boolean })
  /** The page's problems, outlined on the elements they are about. */
  | (DocumentVersion & { readonly type: 'problems'; readonly problems: readonly PageProblem[] })
  | { readonly type: 'options'; readonly scrollSync: boolean }
  /** Built pages mode: show the page as the site's development server serves it, at `address` (http://localhost:port/…). */
  | (DocumentVersion & {
      readonly type: 'showBuilt';
      readonly address: string;
      readonly label: string;
      /** The built page as a search result and as a shared link, when the server's page could be read. */
      readonly search?: SearchResultPreview;
      readonly social?: SocialCardPreview;
    })
  /**
   * Which mode the preview is in (`built`: built pages), in words for the toolbar, and what works in it (`detail`).
   * `showsBuiltPage` is false in built mode for a file the server does not publish as a page: the file is shown.
   * `restart`: the server stopped (with the window, before a reload): the label of the button that starts it again.
   */
  | {
      readonly type: 'mode';
      readonly built: boolean;
      readonly showsBuiltPage: boolean;
      readonly label: string;
      readonly detail: string;
      readonly restart?: string;
    }
  /** Why the page shows without the scripts the user allowed for it (empty: nothing to say). */
  | { readonly type: 'scriptsNote'; readonly documentUri: string; readonly text: string }
  /** Check the page on show against the version read whole (answered with 'pageChecked'); for tests. */
  | (DocumentVersion & { readonly type: 'checkPage' });

/** Webview → extension. */
export type PreviewToExtensionMessage =
  | { readonly type: 'ready' }
  /** A patch could not be applied to the page the webview holds (or it holds none): send this version in full. */
  | (DocumentVersion & { readonly type: 'needFullText' })
  | (DocumentVersion & {
      readonly type: 'rendered';
      /** What a reader sees: the page's title and its first heading. */
      readonly title: string;
      readonly firstHeading: string;
      /** When the page was painted (the webview's `Date.now()`), so the time a reader waits can be measured. */
      readonly shownAt?: number;
      /** When the webview received this version (its clock): the time before it is the extension's and the delivery's. */
      readonly receivedAt?: number;
      /** How long each step of showing it took in the webview (milliseconds by step name), for the speed benchmark. */
      readonly phases?: Readonly<Record<string, number>>;
    })
  | (DocumentVersion & { readonly type: 'openLink'; readonly href: string })
  /** The reader clicked an element written at [start, end) in the source: show and select it in the editor. */
  | (DocumentVersion & { readonly type: 'selectSource'; readonly start: number; readonly end: number })
  /** The reader scrolled the page: the element at the top was written at `offset`. */
  | (DocumentVersion & { readonly type: 'scrolled'; readonly offset: number })
  /** Toolbar: show the page again from the file as it is now. */
  | { readonly type: 'refresh' }
  /** Toolbar: open the page in the web browser. */
  | { readonly type: 'openInBrowser' }
  /** Toolbar: the user allows images, fonts and styles from these sites (`https://host`) for this folder. */
  | { readonly type: 'allowSites'; readonly sites: readonly string[] }
  /** Toolbar: show the pages as the site's development server builds them (true), or the file itself (false). */
  | { readonly type: 'builtPages'; readonly on: boolean }
  /** Toolbar: let the shown page's scripts run in the preview (the extension asks first), or turn them off. */
  | { readonly type: 'pageScripts'; readonly on: boolean }
  /** The built page at `address` has loaded in the preview. */
  | (DocumentVersion & { readonly type: 'builtShown'; readonly address: string })
  /** The answer to 'checkPage': whether the page on show is the version read whole, and where it first differs. */
  | (DocumentVersion & { readonly type: 'pageChecked'; readonly same: boolean; readonly difference: string });

/**
 * The preview → the frame a page runs its own scripts in, over a message channel whose other end only the preview's
 * small script in that frame holds (the page's scripts never get it). The page's problems, to outline, with the
 * editor theme's colours for them (that frame cannot read VS Code's theme); where the editor is scrolled to; where
 * its cursor is.
 */
export type PreviewToPageFrameMessage =
  | (DocumentVersion & {
      readonly type: 'problems';
      readonly problems: readonly PageProblem[];
      /** False: the outlines are hidden (toolbar), the old ones are cleared. */
      readonly show: boolean;
      readonly colours: Readonly<Record<ProblemSeverity, string>>;
    })
  /** Scroll the page so the element written at `offset` in the source is at the top (the editor scrolled). */
  | (DocumentVersion & { readonly type: 'scrollTo'; readonly offset: number })
  /** Mark the element the editor's cursor is in, in the theme's `colour`; `reveal`: scroll the page to it. */
  | (DocumentVersion & { readonly type: 'cursor'; readonly offset: number; readonly reveal: boolean; readonly colour: string });

/** The frame a page runs its own scripts in → the preview (over the same channel); only for what a person did. */
export type PageFrameToPreviewMessage =
  | (DocumentVersion & { readonly type: 'openLink'; readonly href: string })
  | (DocumentVersion & { readonly type: 'selectSource'; readonly start: number; readonly end: number })
  /** How many elements the problems sent for this version outlined. */
  | (DocumentVersion & { readonly type: 'outlined'; readonly count: number })
  /** The page scrolled (not by following the editor): the element at the top was written at `offset`. */
  | (DocumentVersion & { readonly type: 'scrolled'; readonly offset: number });

/** The type of the one message that hands the page's frame its channel (with the page and version it shows). */
export const pageFrameChannelMessage = 'content-bridge-channel';

/** The message, if it is one the preview may send to the page's frame; undefined for anything else (never throws). */
export function parsePageFrameMessage(value: unknown): PreviewToPageFrameMessage | undefined {
  if (!isRecord(value)) return undefined;
  const about = documentVersionOf(value);
  if (!about) return undefined;
  if (value.type === 'scrollTo') return isOffset(value.offset) ? { type: 'scrollTo', ...about, offset: value.offset } : undefined;
  if (value.type === 'cursor')
    return isOffset(value.offset) && typeof value.reveal === 'boolean' && isColour(value.colour)
      ? { type: 'cursor', ...about, offset: value.offset, reveal: value.reveal, colour: value.colour }
      : undefined;
  if (value.type !== 'problems' || typeof value.show !== 'boolean' || !Array.isArray(value.problems) || value.problems.length > maxProblems) return undefined;
  const problems = value.problems.map(problemOf);
  if (!problems.every((problem) => problem !== undefined)) return undefined;
  const colours = isRecord(value.colours) ? value.colours : {};
  if (!severities.every((severity) => isColour(colours[severity]))) return undefined;
  return {
    type: 'problems',
    ...about,
    problems: problems as PageProblem[],
    show: value.show,
    colours: { error: colours.error as string, warning: colours.warning as string, info: colours.info as string },
  };
}

/** A link the reader clicked, or the source of the element they clicked: sent by both the webview and the page's frame. */
function linkOrSourceOf(
  value: Record<string, unknown>,
  about: DocumentVersion,
): Extract<PreviewToExtensionMessage, { type: 'openLink' | 'selectSource' }> | undefined {
  if (value.type === 'openLink') return isText(value.href) ? { type: 'openLink', ...about, href: value.href } : undefined;
  return isOffset(value.start) && isOffset(value.end) && value.start <= value.end
    ? { type: 'selectSource', ...about, start: value.start, end: value.end }
    : undefined;
}

/** The message, if it is one the page's frame may send to the preview; undefined for anything else (never throws). */
export function parsePageFrameAnswer(value: unknown): PageFrameToPreviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  const about = documentVersionOf(value);
  if (!about) return undefined;
  switch (value.type) {
    case 'openLink':
    case 'selectSource':
      return linkOrSourceOf(value, about);
    case 'outlined':
      return isOffset(value.count) ? { type: 'outlined', ...about, count: value.count } : undefined;
    case 'scrolled':
      return isOffset(value.offset) ? { type: 'scrolled', ...about, offset: value.offset } : undefined;
    default:
      return undefined;
  }
}

/** The toolbar's choices, kept with the webview's state so a restored preview looks as it did. */
export interface PreviewView {
  readonly tab: 'page' | 'search' | 'social';
  /** CSS pixels, or 0 for the panel's full width. */
  readonly width: number;
  /** Percent. */
  readonly zoom: number;
  readonly overlay: boolean;
  readonly scrollSync: boolean;
}

/** What the webview keeps with `setState`: a hidden and shown (or restored) preview returns to the same place. */
export interface PreviewState {
  readonly documentUri: string;
  readonly scrollY: number;
  readonly view?: PreviewView;
  /** The preview showed the built pages: after a reload it shows them again. */
  readonly built?: boolean;
}

const tabs: readonly PreviewView['tab'][] = ['page', 'search', 'social'];

/** The toolbar's choices, if the value is a well-formed set of them (saved state is read back after a reload). */
export function parsePreviewView(value: unknown): PreviewView | undefined {
  if (!isRecord(value)) return undefined;
  const { tab, width, zoom, overlay, scrollSync } = value;
  if (typeof tab !== 'string' || !(tabs as readonly string[]).includes(tab)) return undefined;
  if (!Number.isSafeInteger(width) || (width as number) < 0 || (width as number) > 10_000) return undefined;
  if (!Number.isSafeInteger(zoom) || (zoom as number) < 10 || (zoom as number) > 500) return undefined;
  if (typeof overlay !== 'boolean' || typeof scrollSync !== 'boolean') return undefined;
  return { tab: tab as PreviewView['tab'], width: width as number, zoom: zoom as number, overlay, scrollSync };
}

/** A saved preview state, if the value is a well-formed one (VS Code hands it back after a reload). */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value) || !isText(value.documentUri) || value.documentUri === '') return undefined;
  const view = parsePreviewView(value.view);
  const scrollY = typeof value.scrollY === 'number' && Number.isFinite(value.scrollY) && value.scrollY >= 0 ? value.scrollY : 0;
  return { documentUri: value.documentUri, scrollY, ...(view ? { view } : {}), ...(value.built === true ? { built: true } : {}) };
}

/** Far beyond any real address or title; a longer one is not from our webview. */
const maxTextLength = 100_000;

/** The message, if it is one the webview may send; undefined for anything else (never throws). */
export function parsePreviewMessage(value: unknown): PreviewToExtensionMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'ready' || value.type === 'refresh' || value.type === 'openInBrowser') return { type: value.type };
  if (value.type === 'allowSites') {
    const { sites } = value;
    return Array.isArray(sites) && sites.length > 0 && sites.length <= 50 && sites.every((site) => isText(site) && siteOriginOf(site) === site)
      ? { type: 'allowSites', sites: sites as string[] }
      : undefined;
  }
  if (value.type === 'builtPages') return typeof value.on === 'boolean' ? { type: 'builtPages', on: value.on } : undefined;
  if (value.type === 'pageScripts') return typeof value.on === 'boolean' ? { type: 'pageScripts', on: value.on } : undefined;
  const about = documentVersionOf(value);
  if (!about) return undefined;
  switch (value.type) {
    case 'needFullText':
      return { type: 'needFullText', ...about };
    case 'builtShown':
      return isLocalAddress(value.address) ? { type: 'builtShown', ...about, address: value.address } : undefined;
    case 'pageChecked':
      return typeof value.same === 'boolean' && isText(value.difference)
        ? { type: 'pageChecked', ...about, same: value.same, difference: value.difference }
        : undefined;
    case 'rendered':
      if (value.shownAt !== undefined && !(typeof value.shownAt === 'number' && Number.isFinite(value.shownAt))) return undefined;
      if (value.receivedAt !== undefined && !(typeof value.receivedAt === 'number' && Number.isFinite(value.receivedAt))) return undefined;
      if (value.phases !== undefined && !isPhases(value.phases)) return undefined;
      return isText(value.title) && isText(value.firstHeading)
        ? {
            type: 'rendered',
            ...about,
            title: value.title,
            firstHeading: value.firstHeading,
            ...(value.shownAt !== undefined ? { shownAt: value.shownAt as number } : {}),
            ...(value.receivedAt !== undefined ? { receivedAt: value.receivedAt as number } : {}),
            ...(value.phases !== undefined ? { phases: { ...value.phases } } : {}),
          }
        : undefined;
    case 'openLink':
    case 'selectSource':
      return linkOrSourceOf(value, about);
    case 'scrolled':
      return isOffset(value.offset) ? { type: 'scrolled', ...about, offset: value.offset } : undefined;
    default:
      return undefined;
  }
}

/** A few named durations: short names, finite numbers. */
function isPhases(value: unknown): value is Readonly<Record<string, number>> {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= 12 && entries.every(([name, ms]) => name.length <= 20 && typeof ms === 'number' && Number.isFinite(ms));
}

/** Line starts: 0 first, then increasing offsets (a file of any length has at most one line per character). */
function isLineStarts(value: unknown): value is readonly number[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > maxLines || value[0] !== 0) return false;
  for (let index = 1; index < value.length; index++) {
    const start: unknown = value[index];
    if (typeof start !== 'number' || !Number.isSafeInteger(start) || start <= (value[index - 1] as number)) return false;
  }
  return true;
}

/** The message, if it is one the extension sends; undefined for anything else (never throws). */
export function parseExtensionMessage(value: unknown): ExtensionToPreviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'options') return typeof value.scrollSync === 'boolean' ? { type: 'options', scrollSync: value.scrollSync } : undefined;
  if (value.type === 'mode') {
    const { built, showsBuiltPage, label, detail, restart } = value;
    if (typeof built !== 'boolean' || typeof showsBuiltPage !== 'boolean' || !isText(label) || !isText(detail)) return undefined;
    if (restart !== undefined && !isText(restart)) return undefined;
    return { type: 'mode', built, showsBuiltPage, label, detail, ...(restart !== undefined ? { restart } : {}) };
  }
  if (value.type === 'scriptsNote')
    return isText(value.documentUri) && isText(value.text) ? { type: 'scriptsNote', documentUri: value.documentUri, text: value.text } : undefined;
  const about = documentVersionOf(value);
  if (!about) return undefined;
  switch (value.type) {
    case 'render': {
      const fields = renderFieldsOf(value, about);
      if (!fields || typeof value.html !== 'string' || !partsFit(fields.parts, value.html.length)) return undefined;
      return { type: 'render', ...fields, html: value.html };
    }
    case 'renderPatch': {
      const fields = renderFieldsOf(value, about);
      const { baseVersion, start, removed, inserted, length, hash } = value;
      if (!fields || !isOffset(baseVersion) || !isOffset(start) || !isOffset(removed) || typeof inserted !== 'string') return undefined;
      return isOffset(length) && isOffset(hash) && partsFit(fields.parts, length)
        ? { type: 'renderPatch', ...fields, baseVersion, start, removed, inserted, length, hash }
        : undefined;
    }
    case 'showBuilt': {
      if (!isLocalAddress(value.address) || !isText(value.label)) return undefined;
      const search = value.search === undefined ? undefined : searchOf(value.search);
      const social = value.social === undefined ? undefined : socialOf(value.social);
      if ((value.search !== undefined && !search) || (value.social !== undefined && !social)) return undefined;
      return { type: 'showBuilt', ...about, address: value.address, label: value.label, ...(search ? { search } : {}), ...(social ? { social } : {}) };
    }
    case 'scrollTo':
      return isOffset(value.offset) ? { type: value.type, ...about, offset: value.offset } : undefined;
    case 'checkPage':
      return { type: 'checkPage', ...about };
    case 'cursor':
      if (!isOffset(value.offset) || (value.reveal !== undefined && typeof value.reveal !== 'boolean')) return undefined;
      return { type: 'cursor', ...about, offset: value.offset, ...(value.reveal ? { reveal: true } : {}) };
    case 'problems': {
      if (!Array.isArray(value.problems) || value.problems.length > maxProblems) return undefined;
      const problems = value.problems.map(problemOf);
      return problems.every((problem) => problem !== undefined) ? { type: 'problems', ...about, problems: problems as PageProblem[] } : undefined;
    }
    default:
      return undefined;
  }
}

/** What a `render` and a `renderPatch` both carry (all but the HTML), if well-formed. */
function renderFieldsOf(value: Record<string, unknown>, about: DocumentVersion): Omit<RenderPageMessage, 'type' | 'html'> | undefined {
  const { baseHref, kind } = value;
  if (!isText(baseHref) || (kind !== 'html' && kind !== 'markdown')) return undefined;
  const card = value.card === undefined ? undefined : cardOf(value.card);
  if (value.card !== undefined && !card) return undefined;
  const search = searchOf(value.search);
  const social = socialOf(value.social);
  if (!search || !social || (value.scripts !== undefined && typeof value.scripts !== 'boolean')) return undefined;
  if (value.lines !== undefined && !isLineStarts(value.lines)) return undefined;
  if (value.parts !== undefined && !isPartBoundaries(value.parts)) return undefined;
  return {
    ...about,
    baseHref,
    kind,
    ...(card ? { card } : {}),
    search,
    social,
    ...(value.scripts ? { scripts: true } : {}),
    ...(value.lines !== undefined ? { lines: value.lines } : {}),
    ...(value.parts !== undefined ? { parts: value.parts } : {}),
  };
}

/** Part boundaries: increasing offsets, at least two (one part). */
function isPartBoundaries(value: unknown): value is readonly number[] {
  if (!Array.isArray(value) || value.length < 2 || value.length > maxParts) return false;
  for (let index = 0; index < value.length; index++) {
    const offset: unknown = value[index];
    if (!isOffset(offset) || (index > 0 && offset <= (value[index - 1] as number))) return false;
  }
  return true;
}

/** The last boundary lies within the page's HTML (the others are before it). */
function partsFit(parts: readonly number[] | undefined, htmlLength: number): boolean {
  return parts === undefined || parts[parts.length - 1] <= htmlLength;
}

/** Built pages come only from a server on this computer. */
function isLocalAddress(value: unknown): value is string {
  return isText(value) && (value.startsWith('http://localhost:') || value.startsWith('http://127.0.0.1:'));
}

function documentVersionOf(value: Record<string, unknown>): DocumentVersion | undefined {
  const { documentUri, version } = value;
  return isText(documentUri) && documentUri !== '' && Number.isSafeInteger(version) && (version as number) >= 0
    ? { documentUri, version: version as number }
    : undefined;
}

function problemOf(value: unknown): PageProblem | undefined {
  if (!isRecord(value)) return undefined;
  const { start, end, severity, message } = value;
  if (!isOffset(start) || !isOffset(end) || start > end || !isText(message)) return undefined;
  if (typeof severity !== 'string' || !(severities as readonly string[]).includes(severity)) return undefined;
  return { start, end, severity: severity as ProblemSeverity, message };
}

function searchOf(value: unknown): SearchResultPreview | undefined {
  if (!isRecord(value)) return undefined;
  const { title, address, description, notes } = value;
  return isText(title) && isText(address) && isText(description) && isTextList(notes) ? { title, address, description, notes } : undefined;
}

function socialOf(value: unknown): SocialCardPreview | undefined {
  if (!isRecord(value)) return undefined;
  const { title, description, image, site, largeImage, notes } = value;
  if (!isText(title) || !isText(description) || !isText(site) || typeof largeImage !== 'boolean' || !isTextList(notes)) return undefined;
  if (image !== undefined && !isText(image)) return undefined;
  return { title, description, site, largeImage, notes, ...(image !== undefined ? { image: image as string } : {}) };
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= 50 && value.every(isText);
}

function cardOf(value: unknown): FrontMatterCard | undefined {
  if (!isRecord(value)) return undefined;
  const { title, description, date, draft } = value;
  const optionalText = (field: unknown) => field === undefined || isText(field);
  if (!optionalText(title) || !optionalText(description) || !optionalText(date)) return undefined;
  if (draft !== undefined && typeof draft !== 'boolean') return undefined;
  return {
    ...(title !== undefined ? { title: title as string } : {}),
    ...(description !== undefined ? { description: description as string } : {}),
    ...(date !== undefined ? { date: date as string } : {}),
    ...(draft !== undefined ? { draft } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxTextLength;
}

/** A theme colour as the webview reads it (`#e51400`, `rgb(…)`): short text; the frame checks it is a colour before use. */
function isColour(value: unknown): value is string {
  return isText(value) && value.length <= 100;
}

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
