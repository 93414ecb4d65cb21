/**
 * The path from a page to another file of the same site, both given relative to the site's folder with `/`
 * between parts, written as a link: `images/a.png` from `news/post.html` is `../images/a.png`.
 */
export function relativePath(fromPage: string, toFile: string): string {
  const from = fromPage.split('/').filter((part) => part !== '' && part !== '.');
  const to = toFile.split('/').filter((part) => part !== '' && part !== '.');
  from.pop(); // the page itself: links are relative to its folder
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].map(encodePathPart).join('/');
}

/** Characters a link path cannot hold as typed; everything else (accents included) stays readable. */
const unsafeInPath: Readonly<Record<string, string>> = {
  ' ': '%20',
  '"': '%22',
  '#': '%23',
  '%': '%25',
  '<': '%3C',
  '>': '%3E',
  '?': '%3F',
  '(': '%28',
  ')': '%29',
  '\\': '%5C',
};

function encodePathPart(part: string): string {
  if (part === '..') return part;
  let result = '';
  for (const character of part) result += unsafeInPath[character] ?? character;
  return result;
}
