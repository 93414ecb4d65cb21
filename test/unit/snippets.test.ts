import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { check, checkDocument } from '../../src/core';
import { headSnippets, isInHead } from '../../src/core/snippets/headSnippets';
import { sampleWords } from '../../src/core/text/sampleWords';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

function readSnippets(fileName: string): [string, Snippet][] {
  const text = readFileSync(path.resolve(__dirname, '..', '..', '..', 'snippets', fileName), 'utf8');
  return Object.entries(JSON.parse(text) as Record<string, Snippet>);
}

const htmlSnippets = readSnippets('html.code-snippets');
const markdownSnippets = readSnippets('markdown.code-snippets');
const bodyOf = (snippet: { body: string | readonly string[] }) => (typeof snippet.body === 'string' ? snippet.body : snippet.body.join('\n'));

/** Real words for each sample default, as a writer would fill them in. */
const realWords: Readonly<Record<string, string>> = {
  'images/your-image.jpg': 'images/spring-fair.jpg',
  'media/your-video.mp4': 'media/spring-fair.mp4',
  'media/your-captions.vtt': 'media/spring-fair.en.vtt',
  'files/your-document.pdf': 'files/fair-programme.pdf',
  'your-page.html': '/events/spring-fair.html',
  'name@your-organisation.org': 'events@riverside-council.org',
  'www.your-organisation.org': 'www.riverside-council.org',
  '/images/your-image.jpg': '/images/spring-fair.jpg',
  '/img/your-image.jpg': '/img/spring-fair.jpg',
  'your-image.jpg': 'spring-fair.jpg',
  'Describe the image…': 'Children at the book stall on the library lawn',
  'Say where the link goes…': 'Programme of the spring fair',
  'Say what the button does…': 'Show all events',
  'Caption: what to notice, and who took the photo…': 'The new reading garden. Photo: Sam Lee',
  'Section heading…': 'What is on',
  'Subsection heading…': 'Food and drink',
  'Smaller heading…': 'Vegetarian choices',
  'Main heading of the page…': 'Spring fair at Riverside Library',
  'Page title for search results…': 'Spring fair at Riverside Library',
  'News headline for search results…': 'Spring fair raises funds for new books',
  'Organisation name…': 'Riverside Council',
  'Sum up this page in one or two sentences…': "Games, books and cake on the library lawn: everything you need to know about this year's spring fair.",
  'Sum up this post in one or two sentences…': "Our spring fair raised enough to buy 400 new children's books: thank you to everyone who came along.",
  'Name of the person or team…': 'Events team',
  'Their role in the organisation…': 'Library events and outreach',
  'What this table shows…': 'Opening hours over the fair weekend',
  'Column heading…': 'Opens',
  'Row heading…': 'Saturday',
  'Cell value…': '10:00',
  'First item…': 'Bring a bag for books',
  'Second item…': 'Come early for the cake',
  'Third item…': 'Parking is on Mill Lane',
  'Term to explain…': 'Book swap',
  'What the term means…': 'Bring a book, take a book home',
  'The words someone said or wrote…': 'It is the best day of the year for our readers.',
  'Name and role of the person quoted…': 'Amira Haddad, head librarian',
  'Write the paragraph here…': 'The fair opens at ten on the library lawn, with stalls run by local groups.',
  'What readers should do…': 'Volunteer at the spring fair',
  'Why they should do it…': 'We need 20 people on Saturday to run the stalls.',
  'Summary readers click to open…': 'Can I bring my dog?',
  'The details shown when opened…': 'Yes, dogs on a lead are welcome on the lawn.',
  'Name of the document…': 'Programme of the spring fair',
  'File size…': '1 MB',
  'Phone number…': '+44 20 7946 0000',
  'Date in words…': '14 May 2026',
  'Full words of the abbreviation…': 'Frequently asked questions',
  'Abbreviation…': 'FAQ',
  'Width in pixels…': '800',
  'Height in pixels…': '600',
  'Important note for readers…': 'The car park is closed on Saturday: please come by bus or bike.',
};

/** Defaults that are real values a page can keep (sizes, languages, layouts), not sample words. */
const keptDefaults = new Set(['en', 'English', 'page', 'post', 'posts', 'news', 'page.njk', 'post.njk', '../layouts/Page.astro', '1']);

/**
 * The body as the editor first shows it (`fill` undefined: every tab stop keeps its placeholder or first choice), or
 * with each placeholder replaced by `fill(default, stop)`. Mirrors such as `$1` repeat their stop.
 */
function expand(body: string, fill?: (placeholder: string, stop: string) => string): string {
  const text = body
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '05')
    .replace(/\$CURRENT_DATE/g, '14');
  const values = new Map<string, string>();
  const withPlaceholders = text
    .replace(/\$\{(\d+):([^}]*)\}/g, (_match, stop: string, placeholder: string) => remember(values, stop, fill ? fill(placeholder, stop) : placeholder))
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_match, stop: string, choices: string) => remember(values, stop, choices.split(',')[0]));
  return withPlaceholders.replace(/\$\{(\d+)\}|\$(\d+)/g, (_match, braced?: string, bare?: string) => values.get(braced ?? bare ?? '') ?? '');
}

function remember(values: Map<string, string>, stop: string, value: string): string {
  values.set(stop, value);
  return value;
}

const filled = (placeholder: string) => realWords[placeholder] ?? placeholder;

/** Every placeholder default of a body, with its tab stop. */
function placeholdersOf(body: string): { stop: string; placeholder: string }[] {
  const withDates = body
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '05')
    .replace(/\$CURRENT_DATE/g, '14');
  return [...withDates.matchAll(/\$\{(\d+):([^}]*)\}/g)].map((match) => ({ stop: match[1], placeholder: match[2] }));
}

/** A page that passes every check, with the snippet in its body after headings of levels 1 to 3. */
function htmlPage(block: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Spring fair at Riverside Library</title>',
    '<meta name="description" content="Games, books and cake on the library lawn: everything you need to know about this year\'s spring fair.">',
    '<meta property="og:title" content="Spring fair at Riverside Library">',
    '<meta property="og:description" content="Games, books and cake on the library lawn: everything you need to know about this year\'s spring fair.">',
    '<meta property="og:image" content="https://www.riverside-council.org/images/fair.jpg">',
    '<meta name="twitter:card" content="summary_large_image">',
    '</head>',
    '<body>',
    '<main>',
    '<h1>Spring fair</h1>',
    '<h2>Programme</h2>',
    '<h3>Saturday</h3>',
    block,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** A post that passes every check, for Markdown snippets that go inside one. */
const postStart = [
  '---',
  'title: "Spring fair at Riverside Library"',
  'description: "Games, books and cake on the library lawn: everything you need to know about this year\'s spring fair."',
  'image: "/images/fair.jpg"',
  '---',
  '',
  'The fair is on Saturday.',
  '',
  '## What is on',
  '',
  '### Stalls',
  '',
  'Stalls and stories.',
  '',
  '',
].join('\n');
const frontMatterOf = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];

function findingsOf(kind: 'html' | 'markdown' | 'head', text: string): string[] {
  let findings;
  if (kind === 'html') findings = text.includes('<!DOCTYPE html>') ? check(text) : check(htmlPage(text));
  else if (kind === 'head') {
    // The snippet takes the place of the page's own tags of the same kind.
    const keys = [
      '<title>',
      'name="description"',
      'name="viewport"',
      'property="og:title"',
      'property="og:description"',
      'property="og:image"',
      'name="twitter:card"',
    ];
    const page = htmlPage('<p>Join us.</p>')
      .split('\n')
      .filter((line) => !keys.some((key) => line.includes(key) && text.includes(key)));
    findings = check(page.join('\n').replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${text}`));
  } else {
    const page = frontMatterOf(text) !== undefined ? `${text}\nThe first paragraph of the page.\n` : `${postStart}${text}\n`;
    findings = checkDocument(page, { kind: 'markdown', path: 'content/news/new-post.md' });
  }
  return findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
}

const suites: { name: string; kind: 'html' | 'markdown' | 'head'; entries: [string, Snippet][]; minimum: number }[] = [
  { name: 'HTML snippets', kind: 'html', entries: htmlSnippets, minimum: 25 },
  { name: 'Markdown snippets', kind: 'markdown', entries: markdownSnippets, minimum: 10 },
  { name: 'Head snippets (offered inside <head> only)', kind: 'head', entries: headSnippets.map((snippet) => [snippet.name, snippet]), minimum: 4 },
];

describe('Snippets', () => {
  it('expands tab stops, choices and mirrors the way the editor first shows them', () => {
    assert.equal(expand('<${1|ul,ol|}>\n<a href="${2:x}">$3</a>\n</$1>$0'), '<ul>\n<a href="x"></a>\n</ul>');
  });

  for (const suite of suites) {
    describe(suite.name, () => {
      it(`has at least ${suite.minimum}, each under one cb- prefix of its own, with a teaching description`, () => {
        assert.ok(suite.entries.length >= suite.minimum, `expected at least ${suite.minimum}, found ${suite.entries.length}`);
        const prefixes = suite.entries.map(([name, snippet]) => {
          assert.equal(typeof snippet.prefix, 'string', `${name}: one prefix, not aliases`);
          assert.match(snippet.prefix as string, /^cb-[a-z0-9-]+$/, name);
          assert.ok(snippet.description.length >= 80, `${name}: description is only ${snippet.description.length} characters`);
          return snippet.prefix as string;
        });
        assert.equal(new Set(prefixes).size, prefixes.length, 'a prefix is used twice');
      });

      it('uses only sample words the placeholder check knows, or values a page can keep', () => {
        for (const [name, snippet] of suite.entries) {
          for (const { placeholder } of placeholdersOf(bodyOf(snippet))) {
            const known =
              /^\d{4}-\d{2}-\d{2}$/.test(placeholder) ||
              sampleWords.includes(placeholder) ||
              sampleWords.some((words) => placeholder.includes(words)) ||
              keptDefaults.has(placeholder);
            assert.ok(known, `${name}: "${placeholder}" is neither a listed sample nor a value a page can keep`);
            if (!keptDefaults.has(placeholder) && !/^\d{4}-\d{2}-\d{2}$/.test(placeholder))
              assert.ok(realWords[placeholder], `${name}: the test has no real words for "${placeholder}"`);
          }
        }
      });

      for (const [name, snippet] of suite.entries) {
        it(`${name}: filled in with real words, passes every check`, () => {
          assert.deepEqual(findingsOf(suite.kind, expand(bodyOf(snippet), filled)), []);
        });

        it(`${name}: each sample left in is reported`, () => {
          for (const { stop, placeholder } of placeholdersOf(bodyOf(snippet))) {
            if (keptDefaults.has(placeholder) || /^\d{4}-\d{2}-\d{2}$/.test(placeholder)) continue;
            const text = expand(bodyOf(snippet), (words, at) => (at === stop ? words : filled(words)));
            const reported = findingsOf(suite.kind, text).filter((finding) => finding.startsWith('placeholder-text:'));
            assert.ok(reported.length > 0, `"${placeholder}" left in was not reported`);
          }
        });
      }
    });
  }

  it('keeps head-only snippets out of the snippet file, so they are not offered in <body>', () => {
    const filePrefixes = new Set(htmlSnippets.map(([, snippet]) => snippet.prefix as string));
    for (const snippet of headSnippets) assert.ok(!filePrefixes.has(snippet.prefix), snippet.prefix);
    const htmlHeadOnly = htmlSnippets.filter(([, snippet]) => /^<(?:meta|link|title)\b/.test(bodyOf(snippet)));
    assert.deepEqual(
      htmlHeadOnly.map(([name]) => name),
      [],
    );
  });

  it('knows when the cursor is inside <head>', () => {
    const page = '<html>\n<head>\n<title>x</title>\n\n</head>\n<body>\n<header>\n</header>\n</body>\n</html>';
    assert.equal(isInHead(page, page.indexOf('\n\n') + 1), true);
    assert.equal(isInHead(page, page.indexOf('<header>') + 8), false);
    assert.equal(isInHead(page, 2), false);
    assert.equal(isInHead('<div><header>', 13), false, '<header> is not <head>');
    assert.equal(isInHead('<head>\n<body>', 6), true);
  });

  it('Markdown: covers images, links, headings, lists, tables and quotes under the prefixes the HTML snippets use', () => {
    const all = new Set(markdownSnippets.map(([, snippet]) => snippet.prefix));
    for (const prefix of ['cb-image', 'cb-link', 'cb-h2', 'cb-h3', 'cb-list', 'cb-table', 'cb-quote']) assert.ok(all.has(prefix), prefix);
  });

  it('Markdown: offers front matter for a new page and a new post for each common site generator', () => {
    const all = new Set(markdownSnippets.map(([, snippet]) => snippet.prefix));
    for (const generator of ['jekyll', 'hugo', 'eleventy', 'astro', 'docusaurus']) {
      assert.ok(all.has(`cb-page-${generator}`), `cb-page-${generator}`);
      assert.ok(all.has(`cb-post-${generator}`), `cb-post-${generator}`);
    }
  });

  it('Markdown: front matter, once filled, has a title and a description of the lengths search results show', () => {
    const withFrontMatter = markdownSnippets.filter(([, snippet]) => frontMatterOf(expand(bodyOf(snippet))) !== undefined);
    assert.ok(withFrontMatter.length >= 10);
    for (const [name, snippet] of withFrontMatter) {
      const data = parseYaml(frontMatterOf(expand(bodyOf(snippet), filled))!) as Record<string, unknown>;
      const title = String(data['title']);
      const description = String(data['description']);
      assert.ok(title.length >= 10 && title.length <= 60, `${name}: title "${title}" is ${title.length} characters`);
      assert.ok(description.length >= 50 && description.length <= 160, `${name}: description is ${description.length} characters`);
    }
  });
});
