import { addressFolder, addressKey, decodeAddress, fileAddress, pageAddresses, pageExtensionOf, repositoryPath } from './addresses';
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
 */
export class SiteModel {
  /** The site's pages and layouts that are text (a file that is not text is only a file). */
  readonly pages: readonly PageFacts[];
  readonly references: readonly ResolvedReference[];
  private readonly byAddress = new Map<string, PageFacts | 'file'>();
  private readonly byPath = new Map<string, PageFacts | 'file'>();

  constructor(readonly site: SiteIndex) {
    this.pages = site.pages.filter((page) => !page.notText);
    for (const file of site.files) {
      this.byPath.set(file, 'file');
      const address = fileAddress(file, site.generator);
      if (address !== undefined) this.byAddress.set(addressKey(address), 'file');
    }
    const own = siteAddress(site.siteUrl);
    const context = `${site.generator} ${own?.host ?? ''} ${own?.path ?? '/'} ${site.settings ? JSON.stringify(site.settings) : ''}`;
    const derived = this.pages.map((page) => derivedFacts(page, context, site, own));
    this.pages.forEach((page, index) => {
      this.byPath.set(page.path, page);
      for (const key of derived[index].addressKeys) this.byAddress.set(key, page);
    });
    const references: ResolvedReference[] = [];
    this.pages.forEach((page, index) => {
      const prepared = derived[index].references;
      for (let r = 0; r < page.references.length; r++) references.push({ from: page, reference: page.references[r], to: this.lookup(prepared[r], page) });
    });
    this.references = references;
    this.homes = new Set(this.pages.filter((_page, index) => derived[index].addressKeys.includes('/')));
  }

  private readonly homes: ReadonlySet<PageFacts>;

  /** True when the page is published at the site's home address. */
  isHome(page: PageFacts): boolean {
    return this.homes.has(page);
  }

  private lookup(prepared: PreparedReference, page: PageFacts): Resolution {
    if (prepared.kind === 'elsewhere') return elsewhere;
    const fragment = prepared.fragment === undefined ? {} : { fragment: prepared.fragment };
    if (prepared.kind === 'self') return { kind: 'page', page, ...fragment };
    const found = (prepared.fileKey === undefined ? undefined : this.byPath.get(prepared.fileKey)) ?? this.byAddress.get(prepared.addressKey);
    if (found === 'file') return { kind: 'file' };
    if (found) return { kind: 'page', page: found, ...fragment };
    return { kind: 'missing', looksLikeFile: prepared.looksLikeFile };
  }
}

/** A reference worked out as far as it can be from its own page: the keys to look up in the site's maps. */
type PreparedReference =
  | { readonly kind: 'elsewhere' }
  | { readonly kind: 'self'; readonly fragment?: string }
  | { readonly kind: 'lookup'; readonly fileKey?: string; readonly addressKey: string; readonly fragment?: string; readonly looksLikeFile: boolean };

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
  if (reference.isTemplate) return elsewhere;
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
