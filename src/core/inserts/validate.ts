import { isVagueLinkText } from '../rules/link-text';
import { leftoverPlaceholder } from '../rules/placeholder-text';

/** Each returns the reason an answer is refused, in plain words, or undefined when it is fine. */

export function required(what: string): (value: string) => string | undefined {
  return (value) => (value.trim() === '' ? `Please write ${what}.` : undefined);
}

const fileNameEnding = /\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)$/i;
const wordsThatSayNothing = new Set(['image', 'picture', 'photo', 'photograph', 'graphic', 'img', 'logo', 'icon']);

/** Alt text: what a screen reader says instead of the image. */
export function altText(value: string): string | undefined {
  const text = value.trim();
  if (text === '')
    return 'Alt text is required: it is what a screen reader says instead of the image, and what shows if the image does not load. If the image is only decoration, go back and choose "Only decoration".';
  if (fileNameEnding.test(text)) return 'That looks like a file name. Describe what the image shows, e.g. "Volunteers planting trees in Riverside Park".';
  if (wordsThatSayNothing.has(text.toLowerCase())) return `"${text}" does not say what the image shows. Describe it, e.g. "The new library entrance at night".`;
  return notPlaceholder(text);
}

/** Link text: refused when it says nothing about where the link goes. */
export function linkText(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return 'Please write the words people click.';
  if (isVagueLinkText(text))
    return `"${text}" does not say where the link goes. Screen reader users often hear only the links, and search engines read link text: write something that makes sense on its own, e.g. "Opening hours of the central library".`;
  return notPlaceholder(text);
}

/** A web address, a path on the site, an e-mail or phone link, or a #place on the page. */
export function linkAddress(value: string): string | undefined {
  const url = value.trim();
  if (url === '') return 'Please give the address the link goes to, e.g. https://www.example-council.gov/opening-hours or /about/contact.html.';
  if (/\s/.test(url)) return 'A web address cannot contain spaces.';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    if (/^https?:\/\/[^/?#]+/i.test(url) || /^(?:mailto|tel):./i.test(url)) return exampleAddress(url);
    return 'Start a web address with https:// (or use a path on this site, such as /about/).';
  }
  if (/^www\./i.test(url)) return `Add https:// in front: https://${url}`;
  return undefined;
}

/** A full web address (https://…), for canonical and sharing tags that must not be relative. */
export function absoluteAddress(value: string): string | undefined {
  const url = value.trim();
  if (!/^https?:\/\/[^/?#\s]+(?:[/?#]\S*)?$/i.test(url))
    return 'Give the full address, starting with https://, e.g. https://www.example-council.gov/news/spring-fair.html.';
  return exampleAddress(url);
}

function exampleAddress(url: string): string | undefined {
  let host: string;
  try {
    const parsed = new URL(url);
    // An e-mail link's host is after the @.
    host = (parsed.protocol === 'mailto:' ? parsed.pathname.slice(parsed.pathname.lastIndexOf('@') + 1) : parsed.hostname).toLowerCase();
  } catch {
    return undefined;
  }
  const sample = ['example.org', 'example.com', 'example.net'].some((domain) => host === domain || host.endsWith(`.${domain}`));
  return sample ? 'example.org, example.com and example.net are sample addresses that lead nowhere: give the real address.' : undefined;
}

/** A date written as year-month-day, e.g. 2026-05-14, that exists in the calendar. */
export function isoDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return 'Write the date as year-month-day with dashes, e.g. 2026-05-14 for 14 May 2026.';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return `There is no ${value.trim()} in the calendar: check the month and the day.`;
  return undefined;
}

/** An optional time of day, 24-hour, e.g. 18:30. */
export function timeOfDay(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return 'Write the time on the 24-hour clock, e.g. 18:30, or leave it empty.';
  return undefined;
}

export function emailAddress(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const [name, domain, ...rest] = value.trim().split('@');
  const looksRight = rest.length === 0 && name !== '' && domain !== undefined && !/\s/.test(value.trim()) && domain.indexOf('.') > 0 && !domain.endsWith('.');
  return looksRight ? exampleAddress(`https://${domain}`) : 'That does not look like an e-mail address (name@organisation.org), or leave it empty.';
}

export function phoneNumber(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  return /^\+?[0-9 ()./-]{5,24}$/.test(value.trim())
    ? undefined
    : 'Write the phone number with digits, spaces and an optional + in front, e.g. +44 20 7946 0000, or leave it empty.';
}

/** Within a length readers and search results can take. */
export function lengthBetween(min: number, max: number, what: string): (value: string) => string | undefined {
  return (value) => {
    const length = value.trim().length;
    if (length < min) return `${what} should be at least ${min} characters (now ${length}).`;
    if (length > max) return `${what} should be at most ${max} characters (now ${length}): search results cut off the rest.`;
    return notPlaceholder(value);
  };
}

/** Sample words that must not reach the page. */
export function notPlaceholder(value: string): string | undefined {
  const found = leftoverPlaceholder(value);
  return found ? `"${found}" is sample text: write the real words.` : undefined;
}

/** Several checks in turn; the first reason wins. */
export function all(...checks: readonly ((value: string) => string | undefined)[]): (value: string) => string | undefined {
  return (value) => {
    for (const check of checks) {
      const reason = check(value);
      if (reason) return reason;
    }
    return undefined;
  };
}
