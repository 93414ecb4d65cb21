import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isWholePage } from '../html/document';
import {
  addSettingFix,
  exampleSetting,
  fileText,
  firstEntry,
  readableSettings,
  rewriteSettingFix,
  settingKeys,
  settingsAnchor,
  settingsWording,
  settingText,
  writableKey,
  type KeysByGenerator,
} from '../frontMatter/pageSettings';
import type { SiteGenerator } from '../site/generator';

const id = 'front-matter-title';

/** Where each site generator reads a page's title; SEO plugins' own title keys count too. */
const titleKeys: KeysByGenerator = {
  hugo: ['title', 'seo.title', 'meta_title'],
  jekyll: ['title', 'seo.title', 'meta_title'],
  eleventy: ['title', 'seo.title', 'meta_title'],
  astro: ['title', 'seo.title', 'meta_title'],
  docusaurus: ['title', 'seo.title'],
  mkdocs: ['title'],
  plain: ['title', 'seo.title', 'meta_title'],
};

/** Generators that take a Markdown page's first main heading as its title when the settings give none. */
const headingIsTitle: ReadonlySet<SiteGenerator> = new Set(['mkdocs', 'docusaurus', 'plain']);

/** What the fixes ask, in the rule's words. */
function titlePrompt() {
  return { prompt: ruleMessage(frontMatterTitle.meta, 'prompt'), placeholder: ruleMessage(frontMatterTitle.meta, 'placeholder') };
}

export const frontMatterTitle: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'error',
    title: 'Page settings need a title of the right length',
    description:
      'Finds pages whose settings at the top of the file (front matter) have no `title`, an empty one, or one shorter or longer than the limits (10–60 characters by default). For MkDocs, Docusaurus and plain Markdown, a first main heading (`# …`) counts as the title.',
    whyItMatters:
      "The site builds the page's `<title>` from this setting: it is the blue link in search results, the name of the browser tab, and the first thing a screen reader announces. Without it the page shows up untitled or with a made-up name; a very long one is cut off.",
    equivalents: { axe: 'document-title', lighthouse: 'document-title' },
    docPath: docPathFor(id),
    messages: {
      missingYaml:
        'This page has no title. Add {example} to the page settings between the --- lines at the top of the file: it is the link text people see in search results and the name of the browser tab.',
      missingYamlOrHeading:
        'This page has no title. Add {example} to the page settings between the --- lines at the top of the file, or start the page with a main heading (# …): it is the link text people see in search results and the name of the browser tab.',
      missingToml:
        'This page has no title. Add {example} to the page settings between the +++ lines at the top of the file: it is the link text people see in search results and the name of the browser tab.',
      missingTomlOrHeading:
        'This page has no title. Add {example} to the page settings between the +++ lines at the top of the file, or start the page with a main heading (# …): it is the link text people see in search results and the name of the browser tab.',
      missingJson:
        'This page has no title. Add {example} to the page settings in { } at the top of the file: it is the link text people see in search results and the name of the browser tab.',
      missingJsonOrHeading:
        'This page has no title. Add {example} to the page settings in { } at the top of the file, or start the page with a main heading (# …): it is the link text people see in search results and the name of the browser tab.',
      missingSettings:
        'This page has no title. Add page settings at the top of the file with a title (a line with ---, then {example}, then ---): it is the link text people see in search results and the name of the browser tab.',
      missingSettingsOrHeading:
        'This page has no title. Add page settings at the top of the file with a title (a line with ---, then {example}, then ---), or start the page with a main heading (# …): it is the link text people see in search results and the name of the browser tab.',
      tooShort: 'The page title is only {count} characters. Say a little more (at least {min}) so searchers can tell what the page is about.',
      tooLong: 'The page title is {count} characters long. Search engines cut titles off after about {max}: put the words that matter first and shorten it.',
      headingTooShort:
        'The page title (its main heading) is only {count} characters. Say a little more (at least {min}) so searchers can tell what the page is about.',
      headingTooLong:
        'The page title (its main heading) is {count} characters long. Search engines cut titles off after about {max}: put the words that matter first and shorten it.',
      add: 'Add a page title…',
      write: 'Write the page title…',
      rewrite: 'Rewrite the page title…',
      prompt: 'Write the page title: what is this page about?',
      placeholder: 'Short and specific, e.g. "Summer reading challenge for children"; the site name is usually added by the site.',
      empty: 'The page title is empty. Write a short title that says what this page is about: it is the link text people see in search results.',
    },
    options: {
      minLength: { type: 'integer', default: 10, minimum: 0, description: 'Titles shorter than this many characters are reported.' },
      maxLength: {
        type: 'integer',
        default: 60,
        minimum: 1,
        description: 'Titles longer than this many characters are reported (search engines cut them off).',
      },
      keys: {
        type: 'string',
        default: '',
        description:
          'The settings that hold the title, separated by commas, the first one found counting (for example `title, seo.title`). Empty: the usual ones for the site generator.',
      },
    },
  },
  check({ page, source, options, report }) {
    const readable = readableSettings(source);
    const text = fileText(source, page);
    if (!readable || text === undefined) return;
    const { settings } = readable;
    if (!settings && source.kind !== 'markdown') return;
    const length = { min: options.number('minLength'), max: options.number('maxLength') };
    const keys = settingKeys(options.string('keys'), titleKeys, source.generator);
    const entry = firstEntry(settings, keys);
    if (!entry) {
      // A whole HTML page with its own <title> is the page-title check's business.
      if (source.kind === 'html' && isWholePage(page, source) && page.first('title')) return;
      const heading = source.kind === 'markdown' && headingIsTitle.has(source.generator) ? page.first('h1') : undefined;
      if (heading) {
        const words = page.textOf(heading).replace(/\s+/g, ' ').trim();
        const count = [...words].length;
        if (words === '' || (count >= length.min && count <= length.max)) return;
        report({
          message: ruleMessage(frontMatterTitle.meta, count < length.min ? 'headingTooShort' : 'headingTooLong', { count, min: length.min, max: length.max }),
          ...page.elementSpan(heading),
        });
        return;
      }
      const key = writableKey(keys);
      const example = exampleSetting(settings?.format, key ?? keys[0] ?? 'title');
      const orHeading = source.kind === 'markdown' && headingIsTitle.has(source.generator) ? 'OrHeading' : '';
      report({
        message: ruleMessage(frontMatterTitle.meta, `missing${settings ? settingsWording(settings) : 'Settings'}${orHeading}`, { example }),
        ...settingsAnchor(text, settings),
        inSource: true,
        fixes: () => (key ? [addSettingFix(ruleMessage(frontMatterTitle.meta, 'add'), text, settings, key, { ...titlePrompt(), length })] : []),
      });
      return;
    }
    const value = settingText(entry.value);
    if (value === undefined) return;
    const words = value.trim();
    if (words === '') {
      report({
        message: ruleMessage(frontMatterTitle.meta, 'empty'),
        ...entry.keySpan,
        inSource: true,
        fixes: () => [rewriteSettingFix(ruleMessage(frontMatterTitle.meta, 'write'), text, entry, { ...titlePrompt(), length })],
      });
      return;
    }
    const count = [...words].length;
    if (count >= length.min && count <= length.max) return;
    report({
      message: ruleMessage(frontMatterTitle.meta, count < length.min ? 'tooShort' : 'tooLong', { count, min: length.min, max: length.max }),
      ...entry.valueSpan,
      inSource: true,
      fixes: () => [rewriteSettingFix(ruleMessage(frontMatterTitle.meta, 'rewrite'), text, entry, { ...titlePrompt(), length, initialValue: words })],
    });
  },
};
