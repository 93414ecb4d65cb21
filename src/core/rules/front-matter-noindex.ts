import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { FrontMatterEntry } from '../frontMatter/frontMatter';
import { fileText, readableSettings, removeSettingEdit, settingKeys, settingSpan, writtenValueSpan, type KeysByGenerator } from '../frontMatter/pageSettings';
import type { Fix } from '../types';

const id = 'front-matter-noindex';

const common = ['noindex', 'robots', 'seo.noindex', 'seo.robots', 'meta.robots'];

/** Settings that keep a page out of search engines, by site generator and its usual SEO plugins and themes. */
const hidingKeys: KeysByGenerator = {
  hugo: [...common, 'sitemap.disable', 'private'],
  jekyll: [...common, 'sitemap'],
  eleventy: [...common, 'eleventyExcludeFromCollections', 'sitemap'],
  astro: [...common, 'sitemap'],
  docusaurus: [...common, 'unlisted'],
  mkdocs: [...common],
  plain: [...common, 'sitemap', 'sitemap.disable', 'private', 'unlisted'],
};

/** Keys where false hides the page (`sitemap: false`); for the others true hides it. */
const hiddenWhenFalse = new Set(['sitemap', 'index']);

/** A robots directive that keeps a page out of results (Lighthouse's list: noindex, none). */
function blocksIndexing(content: string): string | undefined {
  for (const raw of content.split(',')) {
    const directive = raw.trim().toLowerCase();
    if (directive === 'noindex' || directive === 'none') return directive;
  }
  return undefined;
}

/** How the setting hides the page, or undefined when it does not. */
function hiding(key: string, value: unknown): 'noindex' | 'sitemap' | 'unlisted' | undefined {
  const last = key.split('.').pop()!.toLowerCase();
  if (typeof value === 'string') return blocksIndexing(value) ? 'noindex' : undefined;
  if (typeof value !== 'boolean') return undefined;
  if (hiddenWhenFalse.has(last)) return value ? undefined : last === 'sitemap' ? 'sitemap' : 'noindex';
  if (!value) return undefined;
  if (key.toLowerCase() === 'sitemap.disable') return 'sitemap';
  if (last === 'noindex') return 'noindex';
  return 'unlisted';
}

export const frontMatterNoindex: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Page settings must not hide the page from search engines',
    description:
      "Finds settings at the top of the file (front matter) that keep the page out of search engines: `noindex: true`, `robots: noindex` (or `none`), `sitemap: false`, Hugo's `sitemap: { disable: true }`, `private: true`, Docusaurus's `unlisted: true`, Eleventy's `eleventyExcludeFromCollections: true`.",
    whyItMatters:
      'These settings make the site tell search engines not to list the page, or leave it out of the site map they read, so people may not find it by searching. They are often left behind by mistake after a page was drafted. If the page should be found, the setting must go.',
    equivalents: { lighthouse: 'is-crawlable' },
    docPath: docPathFor(id),
    messages: {
      sitemap:
        'This setting ({setting}) leaves this page out of the site map that search engines read, so they may never find it. If the page should be found, remove the setting.',
      noindex:
        'This setting ({setting}) tells search engines not to list this page, so people cannot find it by searching. If the page should be found, remove the setting.',
      unlisted:
        "This setting ({setting}) hides this page from search engines and from the site's own lists, so people may not find it. If the page should be found, remove the setting.",
      remove: 'Remove this setting so search engines can list the page',
    },
    options: {
      keys: {
        type: 'string',
        default: '',
        description:
          'The settings that can hide a page, separated by commas (`sitemap` and `index` hide it when false, text settings when they say noindex or none, the others when true). Empty: the usual ones for the site generator.',
      },
    },
  },
  check({ page, source, options, report }) {
    const readable = readableSettings(source);
    const text = fileText(source, page);
    const settings = readable?.settings;
    if (!settings || text === undefined) return;
    for (const key of settingKeys(options.string('keys'), hidingKeys, source.generator)) {
      const entry = settings.entries.get(key);
      if (!entry) continue;
      const how = hiding(key, entry.value);
      if (!how) continue;
      const remove = removeSettingEdit(text, settings, entry);
      const fixes: Fix[] = remove ? [{ title: ruleMessage(frontMatterNoindex.meta, 'remove'), edits: [remove] }] : [];
      report({
        message: ruleMessage(frontMatterNoindex.meta, how, { setting: writtenSetting(text, entry) }),
        ...settingSpan(text, entry),
        inSource: true,
        fixes,
      });
    }
  },
};

/** The setting as written, on one line, so the reader can find it. */
function writtenSetting(text: string, entry: FrontMatterEntry): string {
  return text.slice(entry.keySpan.start, writtenValueSpan(text, entry).end).replace(/\s+/g, ' ');
}
