import type { HtmlPage } from './parse';

/**
 * One kind of fact worked out once per page and shared by every rule that asks for it (headings, label index,
 * names, visibility…). The key names what is stored and how to work it out; the value's type comes with the key.
 */
export interface PageCacheKey<T> {
  /** What is kept, for a reader of the code (keys are compared by identity, not by this text). */
  readonly description: string;
  create(page: HtmlPage): T;
}

export function pageCacheKey<T>(description: string, create: (page: HtmlPage) => T): PageCacheKey<T> {
  return { description, create };
}

/** The value for this page and key, worked out on first use. Kept on the page, so it goes when the page goes. */
export function pageCached<T>(page: HtmlPage, key: PageCacheKey<T>): T {
  const values = page.cachedFacts;
  const known = values.get(key);
  if (known !== undefined || values.has(key)) return known as T;
  const value = key.create(page);
  values.set(key, value);
  return value;
}
