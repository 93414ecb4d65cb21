import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isWholePage } from '../html/document';
import {
  addSettingFix,
  exampleSetting,
  fileText,
  firstEntry,
  hasValue,
  readableSettings,
  rewriteSettingFix,
  settingKeys,
  settingsAnchor,
  settingsWording,
  writableKey,
  type KeysByGenerator,
} from '../frontMatter/pageSettings';

const id = 'front-matter-image';

const common = ['seo.image', 'og_image', 'social_image'];

/** Where each site generator (and its usual themes and SEO plugins) reads the picture shown when a page is shared. */
const imageKeys: KeysByGenerator = {
  hugo: ['images', 'image', 'featured_image', 'cover.image', ...common],
  jekyll: ['image', 'image.path', ...common],
  eleventy: ['image', 'socialImage', ...common],
  astro: ['image', 'heroImage', 'cover', 'ogImage', ...common],
  docusaurus: ['image', ...common],
  mkdocs: ['image', ...common],
  plain: ['image', 'images', 'heroImage', 'cover', 'featured_image', ...common],
};

/** What the fixes ask, in the rule's words. */
function imagePrompt() {
  return { prompt: ruleMessage(frontMatterImage.meta, 'prompt'), placeholder: ruleMessage(frontMatterImage.meta, 'placeholder') };
}

export const frontMatterImage: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'info',
    title: 'Page settings should name a picture for sharing',
    description:
      'Finds pages with settings at the top of the file (front matter) but no sharing picture in them: `images` or `image` for Hugo, `image` for Jekyll, Eleventy and Docusaurus, `image`, `heroImage` or `cover` for Astro, or an empty one.',
    whyItMatters:
      "When someone shares the page on Facebook, LinkedIn, X, WhatsApp or Teams, the site's sharing tags show this picture on the preview card. Without it the sites guess, often picking a logo or nothing at all, and the post gets fewer clicks.",
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      missingYaml:
        'This page has no picture for when it is shared. Add {example} to the page settings between the --- lines at the top of the file: social media and chat apps show it on the preview card.',
      missingToml:
        'This page has no picture for when it is shared. Add {example} to the page settings between the +++ lines at the top of the file: social media and chat apps show it on the preview card.',
      missingJson:
        'This page has no picture for when it is shared. Add {example} to the page settings in { } at the top of the file: social media and chat apps show it on the preview card.',
      choose: 'Choose a sharing picture…',
      prompt: 'The picture to show when this page is shared: its path on the site or its web address',
      placeholder: 'e.g. /images/summer-reading.jpg (at least 1200 × 630 pixels works best)',
      empty:
        'The sharing picture setting is empty. Give the path of a picture that shows what the page is about: it appears when the page is shared on social media or in chat apps.',
    },
    options: {
      keys: {
        type: 'string',
        default: '',
        description:
          'The settings that name the sharing picture, separated by commas (for example `image, seo.image`). Empty: the usual ones for the site generator.',
      },
    },
  },
  check({ page, source, options, report }) {
    const readable = readableSettings(source);
    const text = fileText(source, page);
    const settings = readable?.settings;
    if (!settings || text === undefined) return;
    // A whole HTML page with its own sharing picture tag is the social tags check's business.
    if (
      source.kind === 'html' &&
      isWholePage(page, source) &&
      page.elementsNamed('meta').some((meta) => meta.attribs['property']?.trim().toLowerCase() === 'og:image')
    )
      return;
    const keys = settingKeys(options.string('keys'), imageKeys, source.generator);
    const entry = firstEntry(settings, keys);
    if (entry && hasValue(entry)) return;
    if (entry) {
      report({
        message: ruleMessage(frontMatterImage.meta, 'empty'),
        ...entry.keySpan,
        inSource: true,
        fixes:
          typeof entry.value === 'string' || entry.value === null
            ? [rewriteSettingFix(ruleMessage(frontMatterImage.meta, 'choose'), text, entry, imagePrompt())]
            : [],
      });
      return;
    }
    const key = writableKey(keys);
    const list = key === 'images';
    const example = exampleSetting(settings.format, key ?? keys[0] ?? 'image', list ? '/images/…' : '…', list);
    report({
      message: ruleMessage(frontMatterImage.meta, `missing${settingsWording(settings)}`, { example }),
      ...settingsAnchor(text, settings),
      inSource: true,
      fixes: () => (key ? [addSettingFix(ruleMessage(frontMatterImage.meta, 'choose'), text, settings, key, imagePrompt(), { list })] : []),
    });
  },
};
