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

/** What the fixes ask, in the rule's words. */
function descriptionPrompt() {
  return { prompt: ruleMessage(frontMatterDescription.meta, 'prompt'), placeholder: ruleMessage(frontMatterDescription.meta, 'placeholder') };
}

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
    messages: {
      missingYaml:
        'This page has no description for search results. Add {example} to the page settings between the --- lines at the top of the file, with {min}–{max} characters that sum up the page.',
      missingToml:
        'This page has no description for search results. Add {example} to the page settings between the +++ lines at the top of the file, with {min}–{max} characters that sum up the page.',
      missingJson:
        'This page has no description for search results. Add {example} to the page settings in { } at the top of the file, with {min}–{max} characters that sum up the page.',
      missingSettings:
        'This page has no description for search results. Add page settings at the top of the file with a description (a line with ---, then {example}, then ---), with {min}–{max} characters that sum up the page.',
      empty: 'The page description is empty. Write {min}–{max} characters that tell searchers what they will find on this page.',
      tooShort: 'The page description is {count} characters long: add a little more detail (at least {min}).',
      tooLong: 'The page description is {count} characters long: shorten it to {max} or fewer, or search engines will cut it off.',
      add: 'Add a page description…',
      write: 'Write the page description…',
      rewrite: 'Rewrite the page description…',
      prompt: 'Write the page description shown under the title in search results',
      placeholder: 'One or two sentences that tell searchers what they will find and why it is worth a click.',
    },
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
      report({
        message: ruleMessage(frontMatterDescription.meta, settings ? `missing${settingsWording(settings)}` : 'missingSettings', {
          example,
          min: length.min,
          max: length.max,
        }),
        ...settingsAnchor(text, settings),
        inSource: true,
        fixes: () =>
          key
            ? [
                addSettingFix(
                  ruleMessage(frontMatterDescription.meta, 'add'),
                  text,
                  settings,
                  key,
                  { ...descriptionPrompt(), length },
                  { after: firstEntry(settings, titleKeys) },
                ),
              ]
            : [],
      });
      return;
    }
    const value = settingText(entry.value);
    if (value === undefined) return;
    const words = value.replace(/\s+/g, ' ').trim();
    if (words === '') {
      report({
        message: ruleMessage(frontMatterDescription.meta, 'empty', { min: length.min, max: length.max }),
        ...entry.keySpan,
        inSource: true,
        fixes: () => [rewriteSettingFix(ruleMessage(frontMatterDescription.meta, 'write'), text, entry, { ...descriptionPrompt(), length })],
      });
      return;
    }
    const count = [...words].length;
    if (count >= length.min && count <= length.max) return;
    report({
      message: ruleMessage(frontMatterDescription.meta, count < length.min ? 'tooShort' : 'tooLong', { count, min: length.min, max: length.max }),
      ...entry.valueSpan,
      inSource: true,
      fixes: () => [
        rewriteSettingFix(ruleMessage(frontMatterDescription.meta, 'rewrite'), text, entry, { ...descriptionPrompt(), length, initialValue: words }),
      ],
    });
  },
};
