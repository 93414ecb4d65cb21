import { answer, type InsertBlock } from './types';
import { absoluteAddress, lengthBetween } from './validate';
import { escapeAttribute, escapeQuotedString, escapeText } from './escape';

export const pageHeadBlock: InsertBlock = {
  id: 'page-head',
  label: 'Page head (title, description, sharing, canonical)',
  detail: 'What search results and shared links show about the page. HTML: inside <head>; Markdown: the page settings at the top',
  questions: [
    {
      key: 'title',
      kind: 'text',
      prompt: 'Page title',
      guidance: 'Shown in the browser tab and as the link in search results: 10 to 60 characters, the most specific words first.',
      validate: lengthBetween(10, 60, 'The title'),
    },
    {
      key: 'description',
      kind: 'text',
      prompt: 'Page description',
      guidance: 'Search results often show it under the title: 50 to 160 characters that make people want to visit.',
      validate: lengthBetween(50, 160, 'The description'),
    },
    {
      key: 'url',
      kind: 'text',
      prompt: "The page's full address (canonical)",
      guidance: 'The one address search engines should use for this page, e.g. https://www.riverside-council.org/news/spring-fair.html.',
      validate: absoluteAddress,
    },
    {
      key: 'image',
      kind: 'text',
      prompt: 'Full address of the picture shown when the page is shared',
      guidance: 'Shown on social media beside the link, e.g. https://www.riverside-council.org/images/fair.jpg (1200 × 630 works everywhere).',
      validate: absoluteAddress,
    },
  ],
  build(answers, context) {
    const title = answer(answers, 'title');
    const description = answer(answers, 'description');
    const url = answer(answers, 'url');
    const image = answer(answers, 'image');
    if (context.format === 'markdown') {
      const line = (key: string, value: string) => `${key}: "${escapeQuotedString(value)}"`;
      return ['---', line('title', title), line('description', description), line('image', image), line('canonical', url), '---'].join('\n');
    }
    return [
      `<title>${escapeText(title)}</title>`,
      `<meta name="description" content="${escapeAttribute(description)}">`,
      `<link rel="canonical" href="${escapeAttribute(url)}">`,
      '<meta property="og:type" content="website">',
      `<meta property="og:title" content="${escapeAttribute(title)}">`,
      `<meta property="og:description" content="${escapeAttribute(description)}">`,
      `<meta property="og:url" content="${escapeAttribute(url)}">`,
      `<meta property="og:image" content="${escapeAttribute(image)}">`,
      '<meta name="twitter:card" content="summary_large_image">',
    ].join('\n');
  },
};
