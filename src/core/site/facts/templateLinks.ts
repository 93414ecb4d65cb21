import { trimSlashes } from '../generators/slugs';
import type { SiteGenerator } from '../generator';

/**
 * Links written with template code in the usual ways themes write menus, read so that the page they lead to counts
 * as linked: Hugo's `{{ "about/" | relURL }}`, `{{ relref . "about.md" }}` and `{{ .Site.BaseURL }}about/`, Jekyll's
 * `{{ "/about/" | relative_url }}`, `{{ site.baseurl }}/about/`, `{% link about.md %}` and `{% post_url … %}`, and
 * Eleventy's `{{ "/about/" | url }}`. Anything else in template code stays unknown. Such a link is never reported
 * (it is template code, not content): it only counts for the page it reaches.
 */
export interface TemplateTarget {
  /** The address on the site (from its root), when the code names one. */
  readonly address?: string;
  /** The files the code may name, in the order the generator tries them. */
  readonly files?: readonly string[];
}

/** Filters and functions that turn a path into an address on the site. */
const addressFilters = new Set(['relURL', 'absURL', 'relLangURL', 'absLangURL', 'relative_url', 'absolute_url', 'url', 'htmlBaseUrl', 'absoluteUrl']);
/** Filters that may follow them without changing the address. */
const harmlessFilters = new Set(['safeURL', 'safe', 'escape', 'xml_escape', 'url_encode']);
/** Template values that are the site's own address (so a path written after them is an address of the site). */
const siteBases = new Set(['.Site.BaseURL', 'site.BaseURL', '.Site.Home.RelPermalink', 'site.Home.RelPermalink', 'site.baseurl', 'site.url']);

/** The target of an address written with template code, or undefined when it is not one of the known forms. */
export function templateLinkTarget(written: string, generator: SiteGenerator): TemplateTarget | undefined {
  const parts = splitTemplate(written.trim());
  if (!parts) return undefined;
  let index = 0;
  while (index < parts.length && parts[index].kind === 'output' && siteBases.has(parts[index].body)) index++;
  const afterBase = index > 0;
  const rest = parts.slice(index);
  if (rest.length === 0) return afterBase ? { address: '/' } : undefined;
  if (rest.length > 1) return undefined;
  const [only] = rest;
  if (only.kind === 'text') return afterBase && !only.body.includes('{') ? { address: fromRoot(only.body) } : undefined;
  return only.kind === 'output' ? outputTarget(only.body, generator) : tagTarget(only.body, generator);
}

interface TemplatePart {
  readonly kind: 'output' | 'tag' | 'text';
  /** For code: what is between the delimiters, without trim markers and outer spaces. */
  readonly body: string;
}

/** `{{ … }}`, `{% … %}` and the text between them; undefined when a block is not closed. */
function splitTemplate(text: string): TemplatePart[] | undefined {
  const parts: TemplatePart[] = [];
  let index = 0;
  while (index < text.length) {
    const output = text.indexOf('{{', index);
    const tag = text.indexOf('{%', index);
    const start = output === -1 ? tag : tag === -1 ? output : Math.min(output, tag);
    if (start === -1) {
      parts.push({ kind: 'text', body: text.slice(index) });
      break;
    }
    if (start > index) parts.push({ kind: 'text', body: text.slice(index, start) });
    const isOutput = start === output;
    const end = text.indexOf(isOutput ? '}}' : '%}', start + 2);
    if (end === -1) return undefined;
    parts.push({ kind: isOutput ? 'output' : 'tag', body: withoutTrimMarkers(text.slice(start + 2, end)) });
    index = end + 2;
  }
  return parts;
}

function withoutTrimMarkers(body: string): string {
  let inner = body.trim();
  if (inner.startsWith('-') || inner.startsWith('~')) inner = inner.slice(1);
  if (inner.endsWith('-') || inner.endsWith('~')) inner = inner.slice(0, -1);
  return inner.trim();
}

/** `"about/" | relURL`, `relURL "about/"`, `relref . "about.md"` (and `ref`, with `.`, `$` or `page`). */
function outputTarget(body: string, generator: SiteGenerator): TemplateTarget | undefined {
  const pipeline = body.split('|').map((part) => part.trim());
  const [first, ...filters] = pipeline;
  const words = wordsOf(first);
  if (!words) return undefined;
  if (words.length === 1 && isQuoted(words[0])) {
    const [filter, ...more] = filters;
    if (filter === undefined || !addressFilters.has(filter) || !more.every((name) => harmlessFilters.has(name))) return undefined;
    return { address: fromRoot(unquoted(words[0])) };
  }
  if (filters.some((name) => !harmlessFilters.has(name))) return undefined;
  if (words.length === 2 && addressFilters.has(words[0]) && isQuoted(words[1])) return { address: fromRoot(unquoted(words[1])) };
  if (words.length === 3 && (words[0] === 'ref' || words[0] === 'relref') && isQuoted(words[2]) && generator === 'hugo')
    return { files: hugoContentFiles(unquoted(words[2])) };
  return undefined;
}

/** Jekyll's `link path/to/file.md` and `post_url 2024-05-01-hello`. */
function tagTarget(body: string, generator: SiteGenerator): TemplateTarget | undefined {
  if (generator !== 'jekyll') return undefined;
  const words = wordsOf(body);
  if (!words || words.length !== 2 || words[1].includes('{')) return undefined;
  const named = trimSlashes(unquoted(words[1]));
  if (words[0] === 'link') return { files: [named] };
  if (words[0] === 'post_url') return { files: ['.md', '.markdown', '.html'].map((extension) => `_posts/${named}${extension}`) };
  return undefined;
}

/** Hugo's `ref`: a content file by its path (from `content/`), with or without its extension. */
function hugoContentFiles(reference: string): string[] {
  const hash = reference.indexOf('#');
  const path = trimSlashes(hash === -1 ? reference : reference.slice(0, hash));
  if (/\.(md|markdown|html)$/i.test(path)) return [`content/${path}`];
  return ['.md', '/index.md', '/_index.md', '.html'].map((ending) => `content/${path}${ending}`);
}

/** Words split on spaces, quoted words kept whole; undefined when a quote is not closed. */
function wordsOf(text: string): string[] | undefined {
  const words: string[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === ' ' || character === '\t') {
      index++;
      continue;
    }
    if (character === '"' || character === "'" || character === '`') {
      const close = text.indexOf(character, index + 1);
      if (close === -1) return undefined;
      words.push(text.slice(index, close + 1));
      index = close + 1;
      continue;
    }
    let end = index;
    while (end < text.length && text[end] !== ' ' && text[end] !== '\t') end++;
    words.push(text.slice(index, end));
    index = end;
  }
  return words;
}

function isQuoted(word: string): boolean {
  return word.length >= 2 && (word[0] === '"' || word[0] === "'" || word[0] === '`') && word[word.length - 1] === word[0];
}

function unquoted(word: string): string {
  return isQuoted(word) ? word.slice(1, -1) : word;
}

/** A path written after the site's address, or given to a filter, is from the site's root. */
function fromRoot(path: string): string {
  return `/${trimSlashes(path.trim())}${path.trim().endsWith('/') && trimSlashes(path.trim()) !== '' ? '/' : ''}`;
}

/**
 * Marks the references written with template code (`{{ }}`, `{% %}`: a statement leaves no trace in the parsed
 * value) and gives those in a known form their target. `text` is the file as written; offsets are the file's.
 */
export function withTemplateTargets<T extends { readonly start: number; readonly end: number; readonly isTemplate?: boolean }>(
  references: T[],
  text: string,
  generator: SiteGenerator,
): void {
  for (let index = 0; index < references.length; index++) {
    const reference = references[index];
    const written = text.slice(reference.start, reference.end);
    if (!written.includes('{{') && !written.includes('{%')) continue;
    const templateTarget = templateLinkTarget(written, generator);
    references[index] = { ...reference, isTemplate: true, ...(templateTarget ? { templateTarget } : {}) };
  }
}
