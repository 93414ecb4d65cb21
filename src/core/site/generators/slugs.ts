/** The slug github-slugger makes of one path segment (Astro's collection entries): lower case, spaces to hyphens, marks dropped. */
export function githubSlug(segment: string): string {
  let slug = '';
  for (const character of segment.trim().toLowerCase()) {
    if (character === ' ') slug += '-';
    else if (character === '-' || character === '_' || letterOrDigit.test(character)) slug += character;
  }
  return slug;
}

const letterOrDigit = /^[\p{L}\p{N}\p{M}]$/u;

/** A name without a number prefix that orders it (Docusaurus: `01-intro` → `intro`, `2. Guides` → `Guides`). */
export function withoutNumberPrefix(name: string): string {
  let index = 0;
  while (index < name.length && isDigit(name[index])) index++;
  if (index === 0) return name;
  let end = index;
  while (end < name.length && name[end] === ' ') end++;
  const separatorStart = end;
  while (end < name.length && '-_.'.includes(name[end])) end++;
  if (end === separatorStart) return name;
  while (end < name.length && name[end] === ' ') end++;
  // A date (`2024-05-01-post`) is not an order number, and a name must remain.
  if (end >= name.length || isDigit(name[end])) return name;
  return name.slice(end);
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/** A path's segments, without empty ones. */
export function segmentsOf(folder: string): string[] {
  return folder.split('/').filter((segment) => segment !== '');
}

/** The text without slashes at either end. */
export function trimSlashes(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === '/') start++;
  while (end > start && value[end - 1] === '/') end--;
  return value.slice(start, end);
}
