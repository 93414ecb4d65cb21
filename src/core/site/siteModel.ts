import { addressFolder, addressKey, decodeAddress, fileAddress, generatedRoutes, pageAddresses, pageExtensionOf, repositoryPath } from './addresses';
import { matchesRoute, type RoutePattern } from './generators/routes';
import type { PageFacts, ReferenceFact, SiteIndex } from './siteCheck';

/** Where a reference goes, once the site's addresses are known. */
export type Resolution =
  /** Another site, an email address, a phone number, template code: not checked. */
  | { readonly kind: 'elsewhere' }
  /** A page of the site; `fragment` is the part after `#`, decoded, when there is one. */
  | { readonly kind: 'page'; readonly page: PageFacts; readonly fragment?: string }
  /** A file of the site that is not a page (an image, a PDF). */
  | { readonly kind: 'file' }
  /** Nothing of the site is at that address. `looksLikeFile` when the address ends in a file extension. */
  | { readonly kind: 'missing'; readonly looksLikeFile: boolean };

export interface ResolvedReference {
  readonly from: PageFacts;
  readonly reference: ReferenceFact;
  readonly to: Resolution;
}

/**
 * The site's pages and files by address, and every reference of every page resolved once, for all cross-page rules.
 * A reference is found when it names a file relative to the page's own file (`../about.md`, as on GitHub, MkDocs or
 * Docusaurus) or an address the generator publishes (`/posts/hello/`, relative to the page's address).
 *
 * Re-checking after one file changed must stay fast on a site of 10,000 pages, so what does not change is kept from
 * the previous model of the same site (the same `files` list): the site's addresses (rebuilt only when a page's
 * path or addresses, or the files, change) and each page's resolved references (redone only for a changed page, or
 * one whose targets changed). PageFacts are never changed in place, so an unchanged page is the same object.
 */
export class SiteModel {
  /** The site's pages and layouts that are text (a file that is not text is only a file). */
  readonly pages: readonly PageFacts[];
  private readonly addresses: SiteAddresses;
  private readonly lists = new Map<string, unknown>();
  private readonly byPath: ReadonlyMap<string, PageFacts>;
  private readonly resolved: ReadonlyMap<PageFacts, ResolvedPage>;

  constructor(
    readonly site: SiteIndex,
    previous: SiteModel | undefined = previousModels.get(site.files),
  ) {
    this.pages = site.pages.filter((page) => !page.notText);
    const own = siteAddress(site.siteUrl);
    const context = `${site.generator} ${own?.host ?? ''} ${own?.path ?? '/'} ${site.settings ? JSON.stringify(site.settings) : ''}`;
    const derived = this.pages.map((page) => derivedFacts(page, context, site, own));
    this.addresses = siteAddresses(site, this.pages, derived, context, previous?.addresses);
    const byPath = new Map<string, PageFacts>();
    for (const page of this.pages) byPath.set(page.path, page);
    this.byPath = byPath;
    const resolved = new Map<PageFacts, ResolvedPage>();
    this.pages.forEach((page, index) => {
      const kept = previous?.resolved.get(page);
      resolved.set(page, kept && this.stillValid(kept) ? kept : this.resolvePage(page, derived[index].references));
    });
    this.resolved = resolved;
    previousModels.set(site.files, this);
  }

  /** Every reference of every page, in page order. */
  get references(): readonly ResolvedReference[] {
    return this.joined('references');
  }

  /** The references that lead nowhere in the site (`to.kind === 'missing'`), in page order. */
  get missing(): readonly ResolvedReference[] {
    return this.joined('missing');
  }

  /** The links to a part of a page of the site (`#id`), in page order. */
  get toParts(): readonly ResolvedReference[] {
    return this.joined('toParts');
  }

  /** The language versions (`hreflang` alternates), in page order. */
  get alternates(): readonly ResolvedReference[] {
    return this.joined('alternates');
  }

  /** Pages some other page links to (a link or a language version). */
  get linkedFromOthers(): ReadonlySet<PageFacts> {
    let linked = this.lists.get('linked') as Set<PageFacts> | undefined;
    if (!linked) {
      linked = new Set();
      for (const page of this.resolved.values()) for (const target of page.linkTargets) linked.add(target);
      this.lists.set('linked', linked);
    }
    return linked;
  }

  /** One kind of list of every page's resolved references, joined in page order on first use (rules ask for few). */
  private joined(list: 'references' | 'missing' | 'toParts' | 'alternates'): readonly ResolvedReference[] {
    let joined = this.lists.get(list) as ResolvedReference[] | undefined;
    if (!joined) {
      joined = [];
      for (const page of this.resolved.values()) for (const reference of page[list]) joined.push(reference);
      this.lists.set(list, joined);
    }
    return joined;
  }

  /** True when the page is published at the site's home address. */
  isHome(page: PageFacts): boolean {
    return this.addresses.homes.has(page.path);
  }

  /** A page's references resolved earlier still hold if the site's addresses and the pages they reach are the same. */
  private stillValid(kept: ResolvedPage): boolean {
    if (kept.addresses !== this.addresses) return false;
    for (const target of kept.targets) if (this.byPath.get(target.path) !== target) return false;
    return true;
  }

  private resolvePage(page: PageFacts, prepared: readonly PreparedReference[]): ResolvedPage {
    const result: ResolvedPage = { addresses: this.addresses, targets: [], references: [], missing: [], toParts: [], alternates: [], linkTargets: [] };
    const targets = new Set<PageFacts>();
    const linkTargets = new Set<PageFacts>();
    for (let r = 0; r < page.references.length; r++) {
      const reference = page.references[r];
      const to = this.lookup(prepared[r], page);
      const resolvedReference: ResolvedReference = { from: page, reference, to };
      result.references.push(resolvedReference);
      if (to.kind === 'missing') result.missing.push(resolvedReference);
      else if (to.kind === 'page') {
        if (to.page !== page) targets.add(to.page);
        if (reference.kind === 'link' && to.fragment !== undefined) result.toParts.push(resolvedReference);
        if (to.page !== page && (reference.kind === 'link' || reference.kind === 'alternate')) linkTargets.add(to.page);
      }
      if (reference.kind === 'alternate') result.alternates.push(resolvedReference);
    }
    result.targets.push(...targets);
    result.linkTargets.push(...linkTargets);
    return result;
  }

  private lookup(prepared: PreparedReference, page: PageFacts): Resolution {
    if (prepared.kind === 'elsewhere') return elsewhere;
    const fragment = prepared.fragment === undefined ? {} : { fragment: prepared.fragment };
    if (prepared.kind === 'self') return { kind: 'page', page, ...fragment };
    const { byPath, byAddress } = this.addresses;
    if (prepared.fromTemplate) {
      const file = prepared.fromTemplate.files.find((candidate) => byPath.has(candidate));
      const reached = file === undefined ? byAddress.get(prepared.addressKey) : byPath.get(file);
      const reachedPage = reached === undefined || reached === 'file' ? undefined : this.byPath.get(reached.path);
      return reachedPage ? { kind: 'page', page: reachedPage } : elsewhere;
    }
    const found = (prepared.fileKey === undefined ? undefined : byPath.get(prepared.fileKey)) ?? byAddress.get(prepared.addressKey);
    if (found === 'file') return { kind: 'file' };
    const target = found === undefined ? undefined : this.byPath.get(found.path);
    if (target) return { kind: 'page', page: target, ...fragment };
    // An address the generator builds from code (a dynamic route, a tag page) cannot be judged: it counts as found.
    if (matchesRoute(this.addresses.routes, prepared.addressKey)) return { kind: 'file' };
    return { kind: 'missing', looksLikeFile: prepared.looksLikeFile };
  }
}

/** The last model of each site (by its list of files, the same array while no file is added or removed). */
const previousModels = new WeakMap<readonly string[], SiteModel>();

/** One page's references resolved against one version of the site's addresses. */
interface ResolvedPage {
  readonly addresses: SiteAddresses;
  /** The other pages its references reach (they must be the same objects for the resolution to be reused). */
  readonly targets: PageFacts[];
  readonly references: ResolvedReference[];
  readonly missing: ResolvedReference[];
  readonly toParts: ResolvedReference[];
  readonly alternates: ResolvedReference[];
  readonly linkTargets: PageFacts[];
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
  const fileKey = path.startsWith('/') ? {} : { fileKey: repositoryPath(addressFolder(`/${page.path}`) + path) };
  return {
    kind: 'lookup',
    ...fileKey,
    addressKey: addressKey(path.startsWith('/') ? path : addressFolder(pageAddress) + path),
    ...fragment,
    looksLikeFile: hasFileExtension(path),
  };
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
