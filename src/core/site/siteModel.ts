import { addressFolder, addressKey, pathKeys, decodeAddress, fileAddress, generatedRoutes, pageAddresses, pageExtensionOf, repositoryPath } from './addresses';
import { matchesRoute, type RoutePattern } from './generators/routes';
import type { PageFacts, ReferenceFact, SiteIndex, TextFact } from './siteCheck';

/** Where a reference goes, once the site's addresses are known. */
export type Resolution =
  /** Another site, an email address, a phone number, template code: not checked. */
  | { readonly kind: 'elsewhere' }
  /** A page of the site; `fragment` is the part after `#`, decoded, when there is one. */
  | { readonly kind: 'page'; readonly page: PageFacts; readonly fragment?: string | undefined }
  /** A file of the site that is not a page (an image, a PDF). */
  | { readonly kind: 'file' }
  /** Nothing of the site is at that address. `looksLikeFile` when the address ends in a file extension. */
  | { readonly kind: 'missing'; readonly looksLikeFile: boolean };

export interface ResolvedReference {
  readonly from: PageFacts;
  readonly reference: ReferenceFact;
  readonly to: Resolution;
}

/** One page's references resolved against the site's addresses, in the page's order, and the short lists rules read. */
export interface ResolvedPage {
  readonly references: readonly ResolvedReference[];
  /** The references that lead nowhere in the site (`to.kind === 'missing'`). */
  readonly missing: readonly ResolvedReference[];
  /** The links to a part of a page of the site (`#id`). */
  readonly toParts: readonly ResolvedReference[];
  /** The language versions (`hreflang` alternates). */
  readonly alternates: readonly ResolvedReference[];
}

/**
 * What a cross-page check's findings on a page depend on besides the page itself: its resolved references (and the
 * pages they reach), the pages sharing its title or its description, or the links other pages make to it.
 */
export type SiteDependency = 'references' | 'title' | 'description' | 'linksIn';

/** The pages (by their place in `SiteModel.pages`) each kind of check must look at again; `all` after a rebuild. */
export type Revisit = 'all' | Readonly<Record<SiteDependency, ReadonlySet<number>>>;

/**
 * The site's pages and files by address, and every reference of every page resolved once, for all cross-page rules.
 * A reference is found when it names a file relative to the page's own file (`../about.md`, as on GitHub, MkDocs or
 * Docusaurus) or an address the generator publishes (`/posts/hello/`, relative to the page's address).
 *
 * Re-checking after one file changed must stay fast on a site of 10,000 pages, so one model is kept per site (per
 * `files` list) and brought up to date: while the list of pages and the site's addresses stay the same, only the
 * changed pages and the pages whose references reach them are resolved again, and indexes of who reaches whom, who
 * links to whom and which pages share a title or a description say which pages' findings can have changed.
 * PageFacts are never changed in place, so an unchanged page is the same object.
 */
export class SiteModel {
  /** The pages as given (with those that are not text), to see which changed. */
  private given: PageFacts[] = [];
  private pageList: PageFacts[] = [];
  private derived: DerivedFacts[] = [];
  private context = '';
  private current: SiteIndex | undefined;
  private addresses: SiteAddresses | undefined;
  /** The place of the page at each path (the last one, should two pages share a path). */
  private byPath = new Map<string, number>();
  private placeOf = new Map<PageFacts, number>();
  private resolved: ResolvedPageAt[] = [];
  /** For each page, the other pages whose references reach it: they are resolved again when it changes. */
  private reachedFrom: Set<number>[] = [];
  /** For each page, how many other pages link to it (a link or a language version). */
  private linksIn: number[] = [];
  private readonly texts = { title: new TextGroups(), description: new TextGroups() };

  /** The model kept for this site (the same `files` list), or a new one; call `update` before reading it. */
  static of(site: SiteIndex): SiteModel {
    let model = models.get(site.files);
    if (!model) models.set(site.files, (model = new SiteModel()));
    return model;
  }

  /** The site's pages and layouts that are text (a file that is not text is only a file), in the site's order. */
  get pages(): readonly PageFacts[] {
    return this.pageList;
  }

  /** A page's references, resolved. */
  resolvedOf(page: PageFacts): ResolvedPage {
    return this.resolved[this.placeOf.get(page)!];
  }

  /** The other pages (in the site's order) whose title, or description, is the same as this page's. */
  sameText(kind: 'title' | 'description', page: PageFacts): readonly PageFacts[] {
    return this.texts[kind].others(this.placeOf.get(page)!).map((index) => this.pageList[index]);
  }

  /** True when some other page links to this one (a link or a language version). */
  isLinkedFromOthers(page: PageFacts): boolean {
    return this.linksIn[this.placeOf.get(page)!] > 0;
  }

  /** The site generator and its address settings (a change to either rebuilds the model, so every page is re-checked). */
  get generatorAndSettings(): Pick<SiteIndex, 'generator' | 'settings'> {
    return this.current!;
  }

  /** True when the page is published at the site's home address. */
  isHome(page: PageFacts): boolean {
    return this.addresses!.homes.has(page.path);
  }

  /** Brings the model up to date with the site and says which pages' findings can have changed. */
  update(site: SiteIndex): Revisit {
    this.current = site;
    const own = siteAddress(site.siteUrl);
    const context = `${site.generator} ${own?.host ?? ''} ${own?.path ?? '/'} ${site.settings ? JSON.stringify(site.settings) : ''}`;
    const changed = this.addresses && context === this.context && sameFiles(this.addresses.files, site.files) ? this.changedPages(site.pages) : undefined;
    if (!changed) return this.rebuild(site, context, own);
    const derived = changed.map(({ page }) => derivedFacts(page, context, site, own));
    // A page that now has other addresses changes the site's addresses: everything is resolved again.
    if (changed.some(({ place }, k) => !sameKeys(this.derived[place].addressKeys, derived[k].addressKeys))) return this.rebuild(site, context, own);

    const places = changed.map(({ place }) => place);
    changed.forEach(({ place, page }, k) => {
      this.placeOf.delete(this.pageList[place]);
      this.placeOf.set(page, place);
      this.pageList[place] = page;
      this.derived[place] = derived[k];
    });
    // The site's addresses are the same, so only a changed page's own references resolve differently; the pages whose
    // references reach a changed page resolve the same, but what their findings read there (ids, language versions)
    // may have changed, so they are checked again.
    const references = new Set(places);
    for (const place of places) for (const from of this.reachedFrom[place]) references.add(from);
    const linksIn = new Set(places);
    for (const place of places) this.resolveAgain(place, linksIn);
    const title = new Set(places);
    const description = new Set(places);
    for (const { place, page } of changed) {
      this.texts.title.place(place, textKey(page, page.title), title);
      this.texts.description.place(place, textKey(page, page.description), description);
    }
    return { references, title, description, linksIn };
  }

  /**
   * The pages whose facts are new since the last update, with their places; undefined when pages were added, removed
   * or moved, or a page's file became or stopped being text (the site's addresses change: it is rebuilt).
   */
  private changedPages(pages: readonly PageFacts[]): { place: number; page: PageFacts }[] | undefined {
    if (pages.length !== this.given.length) return undefined;
    const changed: { place: number; page: PageFacts; index: number }[] = [];
    for (let index = 0; index < pages.length; index++) {
      const before = this.given[index];
      const now = pages[index];
      if (now === before) continue;
      const place = this.placeOf.get(before);
      if (place === undefined || now.notText || now.path !== before.path) return undefined;
      changed.push({ place, page: now, index });
    }
    // The caller's list may be the same array next time, changed in place: what was given is kept as a copy.
    for (const { index, page } of changed) this.given[index] = page;
    return changed;
  }

  private rebuild(site: SiteIndex, context: string, own: { host: string; path: string } | undefined): Revisit {
    const pages = site.pages.filter((page) => !page.notText);
    this.given = [...site.pages];
    this.context = context;
    this.pageList = pages;
    this.derived = pages.map((page) => derivedFacts(page, context, site, own));
    this.addresses = siteAddresses(site, pages, this.derived, context, this.addresses);
    this.byPath = new Map();
    this.placeOf = new Map();
    pages.forEach((page, index) => {
      this.byPath.set(page.path, index);
      this.placeOf.set(page, index);
    });
    this.reachedFrom = pages.map(() => new Set<number>());
    this.linksIn = pages.map(() => 0);
    this.resolved = pages.map((_, index) => this.resolvePage(index));
    this.resolved.forEach((page, index) => {
      for (const target of page.targets) this.reachedFrom[target].add(index);
      for (const target of page.linkTargets) this.linksIn[target]++;
    });
    this.texts.title.rebuild(pages.map((page) => textKey(page, page.title)));
    this.texts.description.rebuild(pages.map((page) => textKey(page, page.description)));
    return 'all';
  }

  /** Resolves one page's references again, keeping the indexes of who reaches and links to whom up to date. */
  private resolveAgain(index: number, linksInChanged: Set<number>): void {
    const before = this.resolved[index];
    const after = this.resolvePage(index);
    for (const target of before.targets) this.reachedFrom[target].delete(index);
    for (const target of after.targets) this.reachedFrom[target].add(index);
    for (const target of before.linkTargets) if (--this.linksIn[target] === 0) linksInChanged.add(target);
    for (const target of after.linkTargets) if (this.linksIn[target]++ === 0) linksInChanged.add(target);
    this.resolved[index] = after;
  }

  private resolvePage(index: number): ResolvedPageAt {
    const page = this.pageList[index];
    const prepared = this.derived[index].references;
    const result: ResolvedPageAt = { targets: [], references: [], missing: [], toParts: [], alternates: [], linkTargets: [] };
    const targets = new Set<number>();
    const linkTargets = new Set<number>();
    for (let r = 0; r < page.references.length; r++) {
      const reference = page.references[r];
      const to = this.lookup(prepared[r], page);
      const resolvedReference: ResolvedReference = { from: page, reference, to };
      result.references.push(resolvedReference);
      if (to.kind === 'missing') result.missing.push(resolvedReference);
      else if (to.kind === 'page') {
        const target = to.place;
        if (to.page !== page) targets.add(target);
        if (reference.kind === 'link' && to.fragment !== undefined) result.toParts.push(resolvedReference);
        if (to.page !== page && (reference.kind === 'link' || reference.kind === 'alternate')) linkTargets.add(target);
      }
      if (reference.kind === 'alternate') result.alternates.push(resolvedReference);
    }
    result.targets.push(...targets);
    result.linkTargets.push(...linkTargets);
    return result;
  }

  private lookup(prepared: PreparedReference, page: PageFacts): Exclude<Resolution, { readonly kind: 'page' }> | PageResolution {
    if (prepared.kind === 'elsewhere') return elsewhere;
    if (prepared.kind === 'self') return new PageResolution(this.pageList, this.placeOf.get(page)!, prepared.fragment);
    const { byPath, byAddress } = this.addresses!;
    if (prepared.fromTemplate) {
      const file = prepared.fromTemplate.files.find((candidate) => byPath.has(candidate));
      const reached = file === undefined ? byAddress.get(prepared.addressKey) : byPath.get(file);
      const reachedPlace = reached === undefined || reached === 'file' ? undefined : this.byPath.get(reached.path);
      return reachedPlace === undefined ? elsewhere : new PageResolution(this.pageList, reachedPlace, undefined);
    }
    const found = (prepared.fileKey === undefined ? undefined : byPath.get(prepared.fileKey)) ?? byAddress.get(prepared.addressKey);
    if (found === 'file') return { kind: 'file' };
    const target = found === undefined ? undefined : this.byPath.get(found.path);
    if (target !== undefined) return new PageResolution(this.pageList, target, prepared.fragment);
    // An address the generator builds from code (a dynamic route, a tag page) cannot be judged: it counts as found.
    if (matchesRoute(this.addresses!.routes, prepared.addressKey)) return { kind: 'file' };
    return { kind: 'missing', looksLikeFile: prepared.looksLikeFile };
  }
}

/**
 * A reference's page, read from the model's list of pages when asked: the list holds each page's latest facts, so a
 * resolution stays true while the site's addresses do not change, however often the page it reaches is edited.
 */
class PageResolution {
  readonly kind = 'page' as const;
  constructor(
    private readonly pages: readonly PageFacts[],
    readonly place: number,
    readonly fragment: string | undefined,
  ) {}

  get page(): PageFacts {
    return this.pages[this.place];
  }
}

/** The model of each site (by its list of files, the same array while no file is added or removed). */
const models = new WeakMap<readonly string[], SiteModel>();

/** A resolved page, with the places of the other pages its references reach and link to. */
interface ResolvedPageAt extends ResolvedPage {
  readonly references: ResolvedReference[];
  readonly missing: ResolvedReference[];
  readonly toParts: ResolvedReference[];
  readonly alternates: ResolvedReference[];
  readonly targets: number[];
  readonly linkTargets: number[];
}

/** What a page's title or description is compared by ('' for none: a layout, or no text). */
function textKey(page: PageFacts, fact: TextFact | undefined): string {
  return page.role === 'page' && fact ? comparableText(fact) : '';
}

/** Kept per text fact, so updating the model after one change does not redo the other pages' texts. */
const comparable = new WeakMap<TextFact, string>();

/** Compared without letter case and extra spaces. */
function comparableText(fact: TextFact): string {
  let key = comparable.get(fact);
  if (key === undefined) {
    key = fact.text.replace(/\s+/g, ' ').trim().toLowerCase();
    comparable.set(fact, key);
  }
  return key;
}

/** Pages grouped by the same text, each group in the site's order, so a page's group is found without a scan. */
class TextGroups {
  private keys: string[] = [];
  private groups = new Map<string, number[]>();

  rebuild(keys: string[]): void {
    this.keys = keys;
    this.groups = new Map();
    keys.forEach((key, index) => {
      if (key === '') return;
      const group = this.groups.get(key);
      if (group) group.push(index);
      else this.groups.set(key, [index]);
    });
  }

  /** The other pages with the same text as the page at `index`. */
  others(index: number): number[] {
    const key = this.keys[index];
    if (key === '') return [];
    return (this.groups.get(key) ?? []).filter((other) => other !== index);
  }

  /** Moves a page to the group of its new text; the pages whose list of others changes are added to `revisit`. */
  place(index: number, key: string, revisit: Set<number>): void {
    const before = this.keys[index];
    if (before === key) return;
    this.keys[index] = key;
    if (before !== '') {
      const group = this.groups.get(before)!;
      group.splice(group.indexOf(index), 1);
      if (group.length === 0) this.groups.delete(before);
      for (const other of group) revisit.add(other);
    }
    if (key !== '') {
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = []));
      group.splice(sortedPlace(group, index), 0, index);
      for (const other of group) revisit.add(other);
    }
  }
}

/** Where `value` goes in an ascending list. */
function sortedPlace(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A page of the site as the address maps hold it: its path (the facts object may be newer). */
interface PageAt {
  readonly path: string;
}

/** Which page or file is at each address and repository path. */
interface SiteAddresses {
  readonly context: string;
  readonly files: readonly string[];
  /** Each page's path and address keys, in order: when they and the files are unchanged, so are the maps. */
  readonly pages: readonly { readonly path: string; readonly addressKeys: readonly string[] }[];
  readonly byAddress: ReadonlyMap<string, PageAt | 'file'>;
  readonly byPath: ReadonlyMap<string, PageAt | 'file'>;
  /** Paths of the pages published at the home address. */
  readonly homes: ReadonlySet<string>;
  /** Addresses the generator builds from code (see generators/routes.ts). */
  readonly routes: readonly RoutePattern[];
}

function siteAddresses(
  site: SiteIndex,
  pages: readonly PageFacts[],
  derived: readonly DerivedFacts[],
  context: string,
  previous: SiteAddresses | undefined,
): SiteAddresses {
  if (previous && previous.context === context && sameFiles(previous.files, site.files) && samePages(previous, pages, derived)) return previous;
  const byAddress = new Map<string, PageAt | 'file'>();
  const byPath = new Map<string, PageAt | 'file'>();
  for (const file of site.files) {
    byPath.set(file, 'file');
    const address = fileAddress(file, site.generator, site.settings);
    if (address !== undefined) byAddress.set(addressKey(address), 'file');
  }
  const homes = new Set<string>();
  const entries = pages.map((page, index) => {
    const at: PageAt = { path: page.path };
    const addressKeys = derived[index].addressKeys;
    byPath.set(page.path, at);
    for (const key of addressKeys) byAddress.set(key, at);
    if (addressKeys.includes('/')) homes.add(page.path);
    return { path: page.path, addressKeys };
  });
  // A copy: the list it is compared with next time may be the same array, changed in place.
  return { context, files: [...site.files], pages: entries, byAddress, byPath, homes, routes: generatedRoutes(site.files, site.generator) };
}

function sameFiles(before: readonly string[], now: readonly string[]): boolean {
  if (before.length !== now.length) return false;
  for (let index = 0; index < now.length; index++) if (before[index] !== now[index]) return false;
  return true;
}

function sameKeys(before: readonly string[], now: readonly string[]): boolean {
  return before === now || (before.length === now.length && before.every((key, k) => key === now[k]));
}

function samePages(previous: SiteAddresses, pages: readonly PageFacts[], derived: readonly DerivedFacts[]): boolean {
  if (previous.pages.length !== pages.length) return false;
  for (let index = 0; index < pages.length; index++) {
    const before = previous.pages[index];
    const keys = derived[index].addressKeys;
    if (before.path !== pages[index].path) return false;
    if (before.addressKeys !== keys && (before.addressKeys.length !== keys.length || before.addressKeys.some((key, k) => key !== keys[k]))) return false;
  }
  return true;
}

/** A reference worked out as far as it can be from its own page: the keys to look up in the site's maps. */
type PreparedReference =
  | { readonly kind: 'elsewhere' }
  | { readonly kind: 'self'; readonly fragment?: string }
  | {
      readonly kind: 'lookup';
      readonly fileKey?: string;
      readonly addressKey: string;
      readonly fragment?: string;
      readonly looksLikeFile: boolean;
      /** Template code in a known form: counts when it reaches a page, is never reported when it does not. */
      readonly fromTemplate?: { readonly files: readonly string[] };
    };

interface DerivedFacts {
  readonly context: string;
  readonly addressKeys: readonly string[];
  readonly references: readonly PreparedReference[];
}

/**
 * What one page's facts give on their own, kept per facts object: when one file changes, only its facts are new, so
 * re-checking the site costs map lookups for every other page (PageFacts are never changed in place).
 */
const derivedCache = new WeakMap<PageFacts, DerivedFacts>();

function derivedFacts(page: PageFacts, context: string, site: SiteIndex, own: { host: string; path: string } | undefined): DerivedFacts {
  const cached = derivedCache.get(page);
  if (cached?.context === context) return cached;
  // Permalink patterns may use the page's title (Hugo's `:title`, Eleventy's `{{ title | slugify }}`).
  const hints = page.title ? { title: page.title.text, ...page.addressHints } : page.addressHints;
  const addresses = page.role === 'page' ? pageAddresses(page.path, site.generator, hints, site.settings) : [];
  const pageAddress = addresses[0] ?? `/${page.path}`;
  const derived: DerivedFacts = {
    context,
    addressKeys: addresses.map(addressKey),
    references: page.references.map((reference) => prepare(reference, page, pageAddress, own)),
  };
  derivedCache.set(page, derived);
  return derived;
}

function prepare(reference: ReferenceFact, page: PageFacts, pageAddress: string, own: { host: string; path: string } | undefined): PreparedReference {
  if (reference.isTemplate) return templateLookup(reference);
  if (reference.file !== undefined) return { kind: 'lookup', fileKey: reference.file, addressKey: addressKey(reference.address), looksLikeFile: false };
  const parts = splitAddress(reference.address);
  if (!parts) return elsewhere;
  let path = parts.path;
  if (parts.host !== undefined) {
    if (own === undefined || parts.host !== own.host || !path.startsWith(own.path)) return elsewhere;
    path = `/${path.slice(own.path.length)}`;
  }
  // A layout builds pages at many addresses: only its addresses from the site's root mean one thing.
  if (page.role === 'layout' && !path.startsWith('/')) return elsewhere;
  const fragment = parts.fragment === undefined ? {} : { fragment: decodeAddress(parts.fragment) };
  if (path === '') return { kind: 'self', ...fragment };
  if (path.startsWith('/')) return { kind: 'lookup', addressKey: addressKey(path), ...fragment, looksLikeFile: hasFileExtension(path) };
  const fromFile = addressFolder(`/${page.path}`) + path;
  const fromAddress = addressFolder(pageAddress) + path;
  // A page published at its file's place (a plain HTML site) resolves both from the same folder: one path, read once.
  const keys = fromFile === fromAddress ? pathKeys(fromFile) : { fileKey: repositoryPath(fromFile), addressKey: addressKey(fromAddress) };
  return { kind: 'lookup', ...keys, ...fragment, looksLikeFile: hasFileExtension(path) };
}

const elsewhere = { kind: 'elsewhere' } as const;

/** A link written with template code: looked up only when its form is known (its target is then never reported). */
function templateLookup(reference: ReferenceFact): PreparedReference {
  const target = reference.templateTarget;
  if (!target) return elsewhere;
  return {
    kind: 'lookup',
    addressKey: target.address === undefined ? '' : addressKey(target.address),
    looksLikeFile: false,
    fromTemplate: { files: target.files ?? [] },
  };
}

interface AddressParts {
  readonly host?: string;
  readonly path: string;
  readonly fragment?: string;
}

/** Scheme, host, path and fragment of an address; undefined for addresses that are not web addresses of a page. */
function splitAddress(address: string): AddressParts | undefined {
  if (address === '' || address.includes('{') || address.includes('<')) return undefined;
  const hash = address.indexOf('#');
  const beforeHash = hash === -1 ? address : address.slice(0, hash);
  const fragment = hash === -1 ? undefined : address.slice(hash + 1);
  const query = beforeHash.indexOf('?');
  const withoutQuery = query === -1 ? beforeHash : beforeHash.slice(0, query);
  if (withoutQuery.startsWith('//')) return hostAndPath(withoutQuery.slice(2), fragment);
  const colon = withoutQuery.indexOf(':');
  const slash = withoutQuery.indexOf('/');
  if (colon !== -1 && (slash === -1 || colon < slash)) {
    const scheme = withoutQuery.slice(0, colon).toLowerCase();
    if ((scheme !== 'http' && scheme !== 'https') || !withoutQuery.startsWith('//', colon + 1)) return undefined;
    return hostAndPath(withoutQuery.slice(colon + 3), fragment);
  }
  return { path: withoutQuery, ...(fragment !== undefined ? { fragment } : {}) };
}

function hostAndPath(rest: string, fragment: string | undefined): AddressParts {
  const slash = rest.indexOf('/');
  const host = (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
  return {
    host: host.startsWith('www.') ? host.slice(4) : host,
    path: slash === -1 ? '/' : rest.slice(slash),
    ...(fragment !== undefined ? { fragment } : {}),
  };
}

/** The site's own host and path prefix, from its address (`https://example.org/blog/`). */
function siteAddress(siteUrl: string | undefined): { host: string; path: string } | undefined {
  if (!siteUrl) return undefined;
  const parts = splitAddress(siteUrl.trim());
  if (!parts?.host) return undefined;
  const path = parts.path.endsWith('/') ? parts.path : `${parts.path}/`;
  return { host: parts.host, path };
}

function hasFileExtension(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return false;
  if (pageExtensionOf(name) !== undefined) return false;
  const extension = name.slice(dot + 1).toLowerCase();
  return extension !== 'php' && extension !== 'aspx' && /^[a-z0-9]{1,5}$/.test(extension);
}
