/**
 * Snippets that belong in a page's <head>. They are offered by the editor only while the cursor is inside <head>,
 * which VS Code's snippet files cannot do; the body uses VS Code's snippet syntax, and every default is one of the
 * sample words `placeholder-text` reports.
 */
export interface HeadSnippet {
  readonly name: string;
  readonly prefix: string;
  readonly body: string;
  readonly description: string;
}

export const headSnippets: readonly HeadSnippet[] = [
  {
    name: 'Page title',
    prefix: 'cb-title',
    body: '<title>${1:Page title for search results…} | ${2:Organisation name…}</title>$0',
    description:
      'The page title: shown in the browser tab and as the link in search results. 10 to 60 characters, the most specific words first, then your organisation.',
  },
  {
    name: 'Page description for search results',
    prefix: 'cb-description',
    body: '<meta name="description" content="${1:Sum up this page in one or two sentences…}">$0',
    description:
      'The short summary search engines often show under the page title. Write 50 to 160 characters that tell people what they will find, so they choose to visit.',
  },
  {
    name: 'Canonical address',
    prefix: 'cb-canonical',
    body: '<link rel="canonical" href="https://${1:www.your-organisation.org}/${2:your-page.html}">$0',
    description:
      'The one address search engines should use for this page, when it can be reached under several (with and without www, with tracking codes). Give the full address, starting with https://.',
  },
  {
    name: 'Sharing tags (social media)',
    prefix: 'cb-sharing',
    body: [
      '<meta property="og:type" content="website">',
      '<meta property="og:title" content="${1:Page title for search results…}">',
      '<meta property="og:description" content="${2:Sum up this page in one or two sentences…}">',
      '<meta property="og:image" content="https://${3:www.your-organisation.org}/images/${4:your-image.jpg}">',
      '<meta name="twitter:card" content="summary_large_image">$0',
    ].join('\n'),
    description:
      'The title, summary and picture shown when someone shares the page on social media or in a chat. The picture needs a full address; 1200 × 630 pixels works everywhere.',
  },
  {
    name: 'Mobile-friendly page width',
    prefix: 'cb-viewport',
    body: '<meta name="viewport" content="width=device-width, initial-scale=1">$0',
    description: 'Makes the page fit phone screens and lets readers zoom in. Every page needs it once, inside <head>.',
  },
];

/**
 * True when `offset` is inside the page's <head>: after an opening <head> tag and before </head> and <body>.
 * One backwards search per tag, so long pages stay quick.
 */
export function isInHead(text: string, offset: number): boolean {
  const before = text.slice(0, offset).toLowerCase();
  const headOpen = lastTag(before, '<head');
  if (headOpen < 0) return false;
  return headOpen > Math.max(before.lastIndexOf('</head'), lastTag(before, '<body'));
}

/** The last `<name` followed by `>` or a space (so `<header` is not `<head`), or -1. */
function lastTag(text: string, name: string): number {
  for (let index = text.lastIndexOf(name); index >= 0; index = index === 0 ? -1 : text.lastIndexOf(name, index - 1)) {
    const after = text[index + name.length];
    if (after === undefined || after === '>' || after === ' ' || after === '\t' || after === '\n' || after === '\r' || after === '/') return index;
  }
  return -1;
}
