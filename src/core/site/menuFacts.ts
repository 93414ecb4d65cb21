import { LineIndex } from '../text/lineIndex';
import type { SiteGenerator } from './generator';
import { mkdocsDocsDir, mkdocsNavEntries } from './generators/mkdocs';
import type { PageFacts, ReferenceFact } from './siteCheck';
import { hasDataExtension, isRecord, readDataFile, settingsFilesOf, type SiteSettings } from './siteSettings';

/**
 * Menus and other links kept in data files (Jekyll's `_data/navigation.yml`, Hugo's `data/` files and the `menu`
 * settings of its configuration): each file becomes the facts of a layout whose links are the entries' addresses,
 * so a page reached only from a menu is linked, and a menu entry to a missing page is reported on its line.
 */

/** Keys whose text is a link in a menu or data file. Hugo's `pageRef` names a content file, not an address. */
const linkKeys = new Set(['url', 'link', 'href', 'pageRef', 'pageref']);

/** Data files larger than this are not menus: they are not read. */
const largestDataFile = 512 * 1024;

/** The site's files whose links count as links of the site (menus and data), in a stable order. */
export function menuFilesOf(files: readonly string[], generator: SiteGenerator): string[] {
  if (generator === 'jekyll') return files.filter((file) => file.startsWith('_data/') && hasDataExtension(file) && !file.endsWith('.toml'));
  if (generator === 'mkdocs') return settingsFilesOf(files, generator);
  if (generator !== 'hugo') return [];
  return [...settingsFilesOf(files, generator), ...files.filter((file) => file.startsWith('data/') && hasDataExtension(file))];
}

/** The links of one menu or data file as a layout's facts; undefined when it has none or cannot be read. */
export function menuFacts(
  path: string,
  text: string,
  site: { generator: SiteGenerator; files: readonly string[]; settings?: SiteSettings },
): PageFacts | undefined {
  if (text.length > largestDataFile) return undefined;
  const values = readDataFile(path, text);
  const entries: { key: string; value: string }[] = [];
  const isSettingsFile = !path.startsWith('data/') && !path.startsWith('_data/');
  if (site.generator === 'mkdocs') {
    // MkDocs's nav names files in docs_dir (or web addresses).
    for (const value of mkdocsNavEntries(values)) entries.push({ key: 'nav', value });
  } else if (isSettingsFile) {
    // In Hugo's settings only the menus are links; `config/_default/menus.toml` is all menus.
    const isMenusFile = path.slice(path.lastIndexOf('/') + 1).startsWith('menus.');
    if (isMenusFile) collectLinks(values, entries);
    else if (isRecord(values))
      for (const [key, value] of Object.entries(values)) if (key.toLowerCase() === 'menu' || key.toLowerCase() === 'menus') collectLinks(value, entries);
  } else collectLinks(values, entries);
  if (entries.length === 0) return undefined;
  const lines = new LineIndex(text);
  const fileSet = new Set(site.files);
  let searchFrom = 0;
  const references: ReferenceFact[] = [];
  for (const { key, value } of entries) {
    const at = text.indexOf(value, searchFrom);
    const start = at === -1 ? 0 : at;
    const end = at === -1 ? 0 : at + value.length;
    if (at !== -1) searchFrom = end;
    const isTemplate = value.includes('{{') || value.includes('{%');
    const file =
      key.toLowerCase() === 'pageref' && !isTemplate
        ? contentFileOf(value, fileSet, site.settings)
        : key === 'nav' && !value.includes(':')
          ? navFileOf(value, site.settings)
          : undefined;
    references.push({
      kind: 'link',
      address: value.trim(),
      start,
      end,
      range: lines.rangeOf(start, end),
      ...(isTemplate ? { isTemplate: true } : {}),
      ...(file !== undefined ? { file } : {}),
    });
  }
  return { path, kind: 'html', role: 'layout', anchors: [], references, firstLine: { start: 0, end: 0, range: lines.rangeOf(0, 0) } };
}

/** The file a MkDocs nav entry names, in docs_dir. */
function navFileOf(entry: string, settings: SiteSettings | undefined): string {
  let inner = entry;
  while (inner.startsWith('/')) inner = inner.slice(1);
  return `${mkdocsDocsDir(settings ?? {})}${inner}`;
}

/** Every text under a link key, in the file's order (an explicit stack: data files can nest deeply). */
function collectLinks(values: unknown, into: { key: string; value: string }[]): void {
  const stack: { key: string; value: unknown }[] = [{ key: '', value: values }];
  while (stack.length > 0) {
    const { key, value } = stack.pop()!;
    if (typeof value === 'string') {
      if (linkKeys.has(key) && value.trim() !== '') into.push({ key, value });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ key: '', value: value[index] });
    } else if (isRecord(value)) {
      const pairs = Object.entries(value);
      for (let index = pairs.length - 1; index >= 0; index--) stack.push({ key: pairs[index][0], value: pairs[index][1] });
    }
  }
}

/**
 * The content file a Hugo `pageRef` names (`/about` → `content/about.md`, `content/about/index.md` or
 * `content/about/_index.md`, in any language's content folder). When none exists, the first candidate, so the link
 * is reported as going nowhere.
 */
function contentFileOf(pageRef: string, files: ReadonlySet<string>, settings: SiteSettings | undefined): string {
  let inner = pageRef.trim();
  while (inner.startsWith('/')) inner = inner.slice(1);
  while (inner.endsWith('/')) inner = inner.slice(0, -1);
  const roots = ['content', ...Object.values(settings?.languages?.contentDirs ?? {})];
  const candidates: string[] = [];
  for (const root of roots) {
    const base = inner === '' ? root : `${root}/${inner}`;
    if (inner !== '' && /\.[a-z]+$/i.test(inner)) candidates.push(base);
    for (const ending of ['.md', '.html', '/index.md', '/_index.md', '/index.html', '/_index.html']) {
      if (inner === '' && !ending.startsWith('/')) continue;
      candidates.push(`${base}${ending}`);
    }
  }
  return candidates.find((candidate) => files.has(candidate)) ?? candidates[0];
}
