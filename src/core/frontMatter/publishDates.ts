import type { SiteGenerator } from '../site/generator';
import type { FrontMatter, FrontMatterEntry } from './frontMatter';

/** A page kept off the site by a date: one in the future, or an expiry date that has passed. */
export interface DateHold {
  readonly kind: 'future' | 'expired';
  /** The setting holding the date; undefined when it comes from a Jekyll post's file name. */
  readonly entry?: FrontMatterEntry;
  /** The date as written. */
  readonly written: string;
}

/** Hugo's publish date and its aliases, then `date`, which it falls back to. */
const hugoPublishKeys = ['publishDate', 'publishdate', 'pubDate', 'pubdate', 'published', 'date'];
const hugoExpiryKeys = ['expiryDate', 'expirydate', 'unpublishdate'];

/**
 * Whether the site generator leaves the page out because of its dates, as it does by default: Hugo skips pages whose
 * publish date is in the future or whose expiry date has passed; Jekyll skips posts dated in the future (from the
 * `date` setting, or the date at the start of the file name).
 */
export function dateHold(settings: FrontMatter | undefined, generator: SiteGenerator, path: string | undefined, now: number): DateHold | undefined {
  if (generator === 'hugo') {
    const published = firstDated(settings, hugoPublishKeys);
    if (published && published.time > now) return { kind: 'future', entry: published.entry, written: published.written };
    const expiry = firstDated(settings, hugoExpiryKeys);
    if (expiry && expiry.time <= now) return { kind: 'expired', entry: expiry.entry, written: expiry.written };
    return undefined;
  }
  if (generator !== 'jekyll' || path === undefined || !('/' + path).includes('/_posts/')) return undefined;
  const dated = firstDated(settings, ['date']);
  if (dated) return dated.time > now ? { kind: 'future', entry: dated.entry, written: dated.written } : undefined;
  const fromName = /^(\d{4}-\d{2}-\d{2})-/.exec(path.slice(path.lastIndexOf('/') + 1));
  const time = fromName ? Date.parse(fromName[1]!) : Number.NaN;
  return time > now ? { kind: 'future', written: fromName![1]! } : undefined;
}

function firstDated(settings: FrontMatter | undefined, keys: readonly string[]): { entry: FrontMatterEntry; time: number; written: string } | undefined {
  for (const key of keys) {
    const entry = settings?.entries.get(key);
    if (!entry) continue;
    const value = entry.value;
    const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value.trim()) : Number.NaN;
    if (Number.isNaN(time)) continue;
    return { entry, time, written: value instanceof Date ? dateText(value) : String(value).trim() };
  }
  return undefined;
}

/** A date read from TOML, written back as it usually is: the day, with the time only when there is one. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
