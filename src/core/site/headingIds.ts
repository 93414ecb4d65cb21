import type { SiteGenerator } from './generator';

/**
 * The ids a site generator gives Markdown headings, so `page/#opening-hours` can be checked against the page's
 * headings. Jekyll's kramdown drops everything but ASCII letters, digits, spaces and hyphens and starts at the first
 * letter; MkDocs' toc joins words with single hyphens; the others (Hugo's Goldmark, Docusaurus, Astro, GitHub) follow
 * GitHub: lower case, letters, digits, `_` and `-` kept, each space a hyphen. A heading that ends with `{#id}` has
 * that id. Repeated headings get `-1`, `-2`… (MkDocs: `_1`, `_2`…).
 */
export class HeadingIds {
  private readonly used = new Map<string, number>();

  constructor(private readonly generator: SiteGenerator) {}

  /** The id of the next heading with this text. */
  next(text: string): string {
    const explicit = explicitId(text);
    if (explicit !== undefined) return explicit;
    const base = slugFor(this.generator, text);
    const seen = this.used.get(base);
    this.used.set(base, (seen ?? 0) + 1);
    if (seen === undefined) return base;
    return `${base}${this.generator === 'mkdocs' ? '_' : '-'}${seen}`;
  }
}

/** The heading's text without a trailing `{#id}` (what readers see). */
export function headingTextWithoutId(text: string): string {
  const open = explicitIdStart(text);
  return open === -1 ? text : text.slice(0, open).trimEnd();
}

function explicitId(text: string): string | undefined {
  const open = explicitIdStart(text);
  if (open === -1) return undefined;
  const inside = text.slice(open + 2, text.trimEnd().length - 1).trim();
  const end = inside.search(/[\s.]/);
  return end === -1 ? inside : inside.slice(0, end);
}

function explicitIdStart(text: string): number {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('}')) return -1;
  const open = trimmed.lastIndexOf('{#');
  return open === -1 || open + 3 > trimmed.length - 1 ? -1 : open;
}

function slugFor(generator: SiteGenerator, text: string): string {
  switch (generator) {
    case 'jekyll':
      return kramdownSlug(text);
    case 'mkdocs':
      return mkdocsSlug(text);
    default:
      return githubSlug(text);
  }
}

/** GitHub's (github-slugger): lower case; letters, marks, digits, `_` and `-` kept; each space a hyphen. */
export function githubSlug(text: string): string {
  let slug = '';
  for (const character of text.trim().toLowerCase()) {
    if (character === ' ') slug += '-';
    else if (character === '-' || character === '_' || /[\p{L}\p{M}\p{N}]/u.test(character)) slug += character;
  }
  return slug;
}

/** kramdown's auto ids: ASCII letters, digits, spaces and hyphens; from the first letter; spaces to hyphens. */
function kramdownSlug(text: string): string {
  let slug = '';
  for (const character of text) {
    const isLetter = /[A-Za-z]/.test(character);
    if (slug === '' && !isLetter) continue;
    if (isLetter || /[0-9-]/.test(character)) slug += character.toLowerCase();
    else if (character === ' ') slug += '-';
  }
  return slug === '' ? 'section' : slug;
}

/** Python-Markdown's toc: word characters, runs of spaces and hyphens as one hyphen, lower case. */
function mkdocsSlug(text: string): string {
  let slug = '';
  let pendingHyphen = false;
  for (const character of text.normalize('NFKD').toLowerCase()) {
    if (/[a-z0-9_]/.test(character)) {
      if (pendingHyphen && slug !== '') slug += '-';
      pendingHyphen = false;
      slug += character;
    } else if (character === ' ' || character === '-') {
      pendingHyphen = true;
    }
  }
  return slug;
}
