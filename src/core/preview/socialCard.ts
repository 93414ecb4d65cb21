import type { PageMeta } from './pageMeta';

/** Sizes the big social sites ask for: 1200 × 630 is shown large everywhere; under 600 × 315 it may be shown small. */
const recommended = { width: 1200, height: 630 };
const large = { width: 600, height: 315 };
const smallest = { width: 200, height: 200 };

export interface SocialCardPreview {
  readonly title: string;
  readonly description: string;
  /** The image's address as written (absolute or not). */
  readonly image?: string;
  /** The site name, or the address's host when the page gives no name. */
  readonly site: string;
  /** The page asks to be shown with a large image (`twitter:card` = `summary_large_image`). */
  readonly largeImage: boolean;
  readonly notes: readonly string[];
}

/**
 * How a link to the page looks when shared: the Open Graph tags first (what most sites read), then the Twitter
 * ones, then the page's own title and description, with notes about what is missing or will not work.
 */
export function socialCardPreview(meta: PageMeta): SocialCardPreview {
  const tag = (...keys: string[]) => keys.map((key) => meta.social[key]?.trim()).find((value) => value !== undefined && value !== '');
  const notes: string[] = [];
  const title = tag('og:title', 'twitter:title') ?? meta.title?.trim() ?? '';
  const description = tag('og:description', 'twitter:description') ?? meta.description?.trim() ?? '';
  if (!tag('og:title', 'twitter:title')) {
    notes.push(title ? 'No sharing title (og:title): social sites will use the page title.' : 'No title to show when the page is shared: add a page title.');
  }
  if (!tag('og:description', 'twitter:description')) {
    notes.push(
      description ? 'No sharing description (og:description): social sites will use the page description.' : 'No description to show when the page is shared.',
    );
  }
  const image = tag('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src');
  if (!image) {
    notes.push('No image: shared links show as plain text, which people scroll past. Add an image of 1200 × 630 pixels (og:image).');
  } else if (!/^https?:\/\//i.test(image)) {
    notes.push('The image address must be a full address starting with https:// (social sites cannot find "' + image + '").');
  }
  const width = Number(tag('og:image:width'));
  const height = Number(tag('og:image:height'));
  if (image && width > 0 && height > 0) {
    if (width < smallest.width || height < smallest.height) {
      notes.push(`The image is ${width} × ${height} pixels: too small, most social sites will not show it. Use 1200 × 630.`);
    } else if (width < large.width || height < large.height) {
      notes.push(
        `The image is ${width} × ${height} pixels: it will be shown as a small thumbnail. Use ${recommended.width} × ${recommended.height} for a large card.`,
      );
    }
  }
  const site = tag('og:site_name') ?? hostOf(meta.url ?? tag('og:url')) ?? '';
  return {
    title,
    description,
    ...(image ? { image } : {}),
    site,
    largeImage: (tag('twitter:card') ?? (image ? 'summary_large_image' : 'summary')) === 'summary_large_image',
    notes,
  };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const end = afterScheme.search(/[/?#]/);
  return (end === -1 ? afterScheme : afterScheme.slice(0, end)).replace(/^www\./i, '');
}
