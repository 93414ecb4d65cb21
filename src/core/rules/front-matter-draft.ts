import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { dateHold } from '../frontMatter/publishDates';
import { fileText, readableSettings, setValueFix, settingKeys, settingsAnchor, settingSpan, type KeysByGenerator } from '../frontMatter/pageSettings';

const id = 'front-matter-draft';

/** Settings that keep a page unpublished: `published` when false (Jekyll), the others when true. */
const draftKeys: KeysByGenerator = {
  hugo: ['draft'],
  jekyll: ['published', 'draft'],
  eleventy: ['draft'],
  astro: ['draft'],
  docusaurus: ['draft'],
  mkdocs: ['draft'],
  plain: ['draft', 'published'],
};

/** Keys that say "published" (false keeps the page back), rather than "draft" (true keeps it back). */
function meansPublished(key: string): boolean {
  return key.split('.').pop()?.toLowerCase() === 'published';
}

/** True for YAML's and TOML's true, and for the words a person might write instead. */
function truthy(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === 'yes') return true;
    if (word === 'false' || word === 'no') return false;
  }
  return undefined;
}

export const frontMatterDraft: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'info',
    title: 'Draft pages are not published',
    description:
      "Tells you when a page will not be published: its settings at the top of the file say `draft: true` (Hugo, Astro, Docusaurus, Eleventy) or `published: false` (Jekyll), it is in Jekyll's `_drafts` folder, or it is dated in the future (Hugo's `publishDate` or `date`, a Jekyll post's `date`) or past its Hugo `expiryDate`.",
    whyItMatters:
      'A draft page is left out when the site is built, so readers will not see it, links to it will not work, and search engines will not find it. That is right while you are writing it; this note is a reminder to publish it when it is ready.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      draftFolder:
        'This page is a draft: it is in the _drafts folder, so it will not be published until it is moved to the _posts folder, with its date at the start of its name (for example 2025-06-01-summer-reading.md).',
      future: 'This page is dated in the future ({date}): it will not be published until then, unless the site is built with future pages included.',
      expired: 'This page expired on {date}: it is no longer published. Remove the expiry date or move it later if the page should stay on the site.',
      notPublished: 'This page is not published: it will not be on the site until "{written}{separator}false" is removed or set to true.',
      draft: 'This page is a draft: it will not be published until "{written}{separator}true" is removed or set to false.',
      publishTrue: 'Publish this page (set {written} to true)',
      publishFalse: 'Publish this page (set {written} to false)',
    },
    options: {
      keys: {
        type: 'string',
        default: '',
        description:
          'The settings that mark a draft, separated by commas (a key named `published` means a draft when false, any other when true). Empty: the usual ones for the site generator.',
      },
    },
  },
  check({ page, source, options, report }) {
    const readable = readableSettings(source);
    const text = fileText(source, page);
    if (!readable || text === undefined) return;
    const { settings } = readable;
    const inDrafts = source.path !== undefined && ('/' + source.path).includes('/_drafts/');
    if (inDrafts) {
      report({
        message: ruleMessage(frontMatterDraft.meta, 'draftFolder'),
        ...settingsAnchor(text, settings),
        inSource: true,
      });
    }
    const held = dateHold(settings, source.generator, source.path, Date.now());
    if (held) {
      report({
        message:
          held.kind === 'future'
            ? ruleMessage(frontMatterDraft.meta, 'future', { date: held.written })
            : ruleMessage(frontMatterDraft.meta, 'expired', { date: held.written }),
        ...(held.entry ? settingSpan(text, held.entry) : settingsAnchor(text, settings)),
        inSource: true,
      });
    }
    if (!settings) return;
    for (const key of settingKeys(options.string('keys'), draftKeys, source.generator)) {
      const entry = settings.entries.get(key);
      if (!entry) continue;
      const value = truthy(entry.value);
      if (value === undefined) continue;
      if (meansPublished(key) ? value : !value) continue;
      const published = meansPublished(key);
      const written = text.slice(entry.keySpan.start, entry.keySpan.end).replace(/^["']|["']$/g, '');
      const separator = settings.format === 'toml' ? ' = ' : ': ';
      report({
        message: published
          ? ruleMessage(frontMatterDraft.meta, 'notPublished', { written, separator })
          : ruleMessage(frontMatterDraft.meta, 'draft', { written, separator }),
        ...settingSpan(text, entry),
        inSource: true,
        fixes: [
          setValueFix(ruleMessage(frontMatterDraft.meta, published ? 'publishTrue' : 'publishFalse', { written }), text, entry, published ? 'true' : 'false'),
        ],
      });
      return;
    }
  },
};
