/**
 * Address patterns as site generators write them: Jekyll's and Hugo's `:placeholders` (`/:year/:month/:title/`) and
 * Eleventy's simplest `{{ page.fileSlug }}` forms. Values are filled in as the generator does; a pattern with a
 * placeholder we cannot fill is undefined, so the page keeps its default address.
 */

/** Jekyll's built-in permalink styles. */
const jekyllStyles: Readonly<Record<string, string>> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** A Jekyll `permalink` value as a pattern: a style name becomes its pattern; anything else is already one. */
export function jekyllPermalinkPattern(permalink: string): string {
  return jekyllStyles[permalink.trim()] ?? permalink.trim();
}

/**
 * Fills `:name` placeholders (letters and `_`) from `values`; repeated slashes left by empty values (Jekyll's
 * `:categories` of a post without any) become one. Undefined when a placeholder is unknown or has no value.
 */
export function applyPermalinkPattern(pattern: string, values: Readonly<Record<string, string | undefined>>): string | undefined {
  let result = '';
  let index = 0;
  while (index < pattern.length) {
    const colon = pattern.indexOf(':', index);
    if (colon === -1) {
      result += pattern.slice(index);
      break;
    }
    result += pattern.slice(index, colon);
    let end = colon + 1;
    while (end < pattern.length && isNameCharacter(pattern.charCodeAt(end))) end++;
    const name = pattern.slice(colon + 1, end);
    const value = name === '' ? undefined : values[name];
    if (value === undefined) return undefined;
    result += value;
    index = end;
  }
  return collapseSlashes(result);
}

/**
 * An Eleventy permalink with its simple template forms filled in: `{{ page.fileSlug }}`, `{{ page.filePathStem }}`,
 * `{{ page.outputFileExtension }}` and `{{ title | slugify }}`. Undefined when it holds any other template code.
 * `inputPath` is the page's path inside Eleventy's input folder.
 */
export function eleventyPermalink(permalink: string, inputPath: string, title: string | undefined): string | undefined {
  let result = '';
  let index = 0;
  while (index < permalink.length) {
    const open = permalink.indexOf('{{', index);
    if (open === -1) {
      result += permalink.slice(index);
      break;
    }
    const close = permalink.indexOf('}}', open + 2);
    if (close === -1) return undefined;
    const value = eleventyValue(permalink.slice(open + 2, close), inputPath, title);
    if (value === undefined) return undefined;
    result += permalink.slice(index, open) + value;
    index = close + 2;
  }
  return result.includes('{%') ? undefined : result;
}

function eleventyValue(expression: string, inputPath: string, title: string | undefined): string | undefined {
  const parts = expression.split('|').map((part) => part.trim());
  const [subject, ...filters] = parts;
  let value: string | undefined;
  const stem = inputPath.slice(0, inputPath.length - extensionOf(inputPath).length);
  if (subject === 'page.fileSlug') value = fileSlug(stem);
  else if (subject === 'page.filePathStem') value = `/${stem}`;
  else if (subject === 'page.outputFileExtension') value = 'html';
  else if (subject === 'title') value = title;
  if (value === undefined) return undefined;
  for (const filter of filters) {
    if (filter === 'slugify' || filter === 'slug') value = slugify(value);
    else if (filter !== 'url') return undefined;
  }
  return value;
}

/** Eleventy's `fileSlug`: the file name without its extension, or its folder's name for an `index` file. */
function fileSlug(stem: string): string {
  const parts = stem.split('/');
  const name = parts[parts.length - 1];
  return name === 'index' ? (parts[parts.length - 2] ?? '') : name;
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

/** Eleventy's `slugify`: lower case, letters and digits kept, everything else one hyphen. */
export function slugify(text: string): string {
  let slug = '';
  let pendingHyphen = false;
  for (const character of text.normalize('NFKD')) {
    if (isCombiningMark(character)) continue;
    if (isLetterOrDigit(character)) {
      if (pendingHyphen && slug !== '') slug += '-';
      pendingHyphen = false;
      slug += character.toLowerCase();
    } else pendingHyphen = true;
  }
  return slug;
}

/** Hugo's `urlize` for addresses: lower case, spaces to hyphens, letters, digits and `-_.~+` kept, other marks dropped. */
export function urlize(text: string): string {
  let result = '';
  for (const character of text.trim()) {
    if (character === ' ' || character === '\t') result += '-';
    else if (isLetterOrDigit(character) || '-_.~+/'.includes(character)) result += character.toLowerCase();
  }
  return result;
}

function isNameCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;
const combiningMark = /^\p{M}$/u;

function isLetterOrDigit(character: string): boolean {
  return letterOrDigit.test(character);
}

function isCombiningMark(character: string): boolean {
  return combiningMark.test(character);
}

function collapseSlashes(address: string): string {
  let result = '';
  for (const character of address) if (!(character === '/' && result.endsWith('/'))) result += character;
  return result;
}
