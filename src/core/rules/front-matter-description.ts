import type { Rule } from './rule';
import { docPathFor } from './rule';
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
  settingsPlace,
  settingText,
  writableKey,
  type KeysByGenerator,
} from '../frontMatter/pageSettings';

const id = 'front-matter-description';

const common = ['seo.description', 'meta_description'];

/** Where each site generator (and its usual SEO plugin) reads a page's description. */
const descriptionKeys: KeysByGenerator = {
  hugo: ['description', 'summary', ...common],
  jekyll: ['description', 'excerpt', ...common],
  eleventy: ['description', ...common],
  astro: ['description', ...common],
  docusaurus: ['description', ...common],
  mkdocs: ['description'],
  plain: ['description', 'summary', 'excerpt', ...common],
};

const titleKeys = ['title', 'seo.title', 'meta_title'];

const descriptionPrompt = {
  prompt: 'Write the page description shown under the title in search results',
  placeholder: 'One or two sentences that tell searchers what they will find and why it is worth a click.',
} as const;

export const frontMatterDescription: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Page settings need a description for search results',
    description:
      'Finds pages whose settings at the top of the file (front matter) have no `description` (Hugo: or `summary`), an empty one, or one shorter or longer than the limits (50–160 characters by default). Docusaurus pages are not asked for one when they start with a paragraph, which Docusaurus uses instead; plain Markdown files without settings are not asked either.',
    whyItMatters:
      "The site turns this setting into the page's description for search engines, which often show it under the page title in results. A clear description of the right length tells people what they will find; without one, the search engine picks some text from the page, which may not be the best.",
    equivalents: { lighthouse: 'meta-description' },
    docPath: docPathFor(id),
    options: {
      minLength: { type: 'integer', default: 50, minimum: 0, description: 'Descriptions shorter than this many characters are reported.' },
      maxLength: {
        type: 'integer',
        default: 160,
        minimum: 1,
        description: 'Descriptions longer than this many characters are reported (search engines cut them off).',
      },
      keys: {
        type: 'string',
        default: '',
        description:
          'The settings that hold the description, separated by commas, the first one found counting (for example `description, seo.description`). Empty: the usual ones for the site generator.',
      },
    },
  },
  check({ page, source, options, report }) {
    const readable = readableSettings(source);
    const text = fileText(source, page);
    if (!readable || text === undefined) return;
    const { settings } = readable;
    if (!settings && (source.kind !== 'markdown' || source.generator === 'plain')) return;
    const length = { min: options.number('minLength'), max: options.number('maxLength') };
    const keys = settingKeys(options.string('keys'), descriptionKeys, source.generator);
    const entry = firstEntry(settings, keys);
    if (!entry) {
      // A whole HTML page with its own description tag is the page-description check's business.
      if (
        source.kind === 'html' &&
        isWholePage(page, source) &&
        page.elementsNamed('meta').some((meta) => meta.attribs['name']?.trim().toLowerCase() === 'description')
      )
        return;
      if (source.generator === 'docusaurus' && source.kind === 'markdown' && page.first('p')) return;
      const key = writableKey(keys);
      const example = exampleSetting(settings?.format, key ?? keys[0] ?? 'description');
      const where = settings
        ? `Add ${example} to ${settingsPlace(settings)}`
        : `Add page settings at the top of the file with a description (a line with ---, then ${example}, then ---)`;
      report({
        message: `This page has no description for search results. ${where}, with ${length.min}–${length.max} characters that sum up the page.`,
        ...settingsAnchor(text, settings),
        inSource: true,
        fixes: key
          ? [addSettingFix('Add a page description…', text, settings, key, { ...descriptionPrompt, length }, { after: firstEntry(settings, titleKeys) })]
          : [],
      });
      return;
    }
    const value = settingText(entry.value);
    if (value === undefined) return;
    const words = value.replace(/\s+/g, ' ').trim();
    if (words === '') {
      report({
        message: `The page description is empty. Write ${length.min}–${length.max} characters that tell searchers what they will find on this page.`,
        ...entry.keySpan,
        inSource: true,
        fixes: [rewriteSettingFix('Write the page description…', text, entry, { ...descriptionPrompt, length })],
      });
      return;
    }
    const count = [...words].length;
    if (count >= length.min && count <= length.max) return;
    const advice =
      count < length.min ? `add a little more detail (at least ${length.min})` : `shorten it to ${length.max} or fewer, or search engines will cut it off`;
    report({
      message: `The page description is ${count} characters long: ${advice}.`,
      ...entry.valueSpan,
      inSource: true,
      fixes: [rewriteSettingFix('Rewrite the page description…', text, entry, { ...descriptionPrompt, length, initialValue: words })],
    });
  },
};
