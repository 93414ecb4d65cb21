import * as assert from 'node:assert/strict';
import { addressKey, checkCrossPage, fileAddress, pageAddresses, readSiteSetup, siteRules, type SiteSettings } from '../../../src/core';
import { pathKeys, repositoryPath } from '../../../src/core/site/addresses';
import { expectedSiteLines, findingLines, loadFixtureSite } from '../siteFixtures';

/**
 * Sites per generator in test/fixtures/siteAddresses/<generator>/: permalink patterns, languages and menus in data
 * files. Every cross-page finding must be a marked one (`expect-next-line: <rule-id>`), in pages and menu files alike.
 */
describe('site addresses per generator: fixture sites', () => {
  for (const generator of ['jekyll', 'hugo', 'eleventy', 'astro', 'docusaurus', 'mkdocs']) {
    it(`${generator}: links that follow the generator's addresses and menus are found, and only the marked ones are reported`, () => {
      const site = loadFixtureSite(generator, 'siteAddresses');
      assert.equal(site.index.generator, generator);
      const findings = checkCrossPage(site.index);
      let expectedCount = 0;
      for (const rule of siteRules) {
        for (const [file, text] of site.texts) {
          const expected = expectedSiteLines(text, rule.meta.id);
          expectedCount += expected.length;
          assert.deepEqual(findingLines(findings, file, rule.meta.id), expected, `${rule.meta.id} in ${file}`);
        }
      }
      assert.ok(expectedCount > 0);
      for (const file of findings.keys()) assert.ok(site.texts.has(file), `finding on an unknown file: ${file}`);
    });
  }

  it('without the generator settings and menus, the same sites have broken links and unlinked pages (the fixtures test them)', () => {
    for (const generator of ['jekyll', 'hugo']) {
      const site = loadFixtureSite(generator, 'siteAddresses');
      const { settings: _settings, ...withoutSettings } = site.index;
      const pagesOnly = { ...withoutSettings, pages: site.index.pages.filter((page) => page.role === 'page') };
      const findings = checkCrossPage(pagesOnly);
      const ids = new Set([...findings.values()].flat().map((finding) => finding.ruleId));
      assert.ok(ids.has('orphan-page'), generator);
      if (generator === 'hugo') assert.ok(ids.has('missing-page'), generator);
    }
  });

  it('reports a broken menu entry on its line of the data file, with the address as written', () => {
    const site = loadFixtureSite('jekyll', 'siteAddresses');
    const findings = checkCrossPage(site.index).get('_data/navigation.yml') ?? [];
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 7);
    assert.equal(findings[0].range.start.character, 7);
    assert.match(findings[0].message, /"\/events-old\/"/);
  });
});

describe('site addresses per generator: patterns', () => {
  const keys = (path: string, generator: Parameters<typeof pageAddresses>[1], hints: Record<string, string> = {}, settings: SiteSettings = {}) =>
    pageAddresses(path, generator, hints, settings).map(addressKey);

  it('Jekyll: permalink styles and patterns in _config.yml and per page, categories from folders and settings', () => {
    const post = '_posts/2024-05-01-summer.md';
    assert.deepEqual(keys(post, 'jekyll', {}, { permalink: 'pretty' }), ['/2024/05/01/summer']);
    assert.deepEqual(keys(post, 'jekyll', {}, { permalink: 'none' }), ['/summer.html', '/summer']);
    assert.deepEqual(keys(post, 'jekyll', { categories: 'News' }, { permalink: '/:categories/:title/' }), ['/news/summer']);
    assert.deepEqual(keys('blog/_posts/2024-05-01-summer.md', 'jekyll'), ['/blog/2024/05/01/summer.html', '/blog/2024/05/01/summer']);
    assert.deepEqual(keys(post, 'jekyll', { permalink: '/:year/:i_month/:title' }), ['/2024/5/summer']);
    assert.deepEqual(keys(post, 'jekyll', { permalink: 'pretty' }), ['/2024/05/01/summer']);
    assert.deepEqual(keys('guides/hours.md', 'jekyll', { permalink: '/:path/:basename:output_ext' }), ['/guides/hours.html', '/guides/hours']);
    // A placeholder Jekyll does not have leaves the usual address.
    assert.deepEqual(keys(post, 'jekyll', { permalink: '/:nothing/:title/' }), ['/2024/05/01/summer.html', '/2024/05/01/summer']);
  });

  it('Hugo: [permalinks] per section with :year, :month, :slug, :title, :filename and :sections', () => {
    const settings: SiteSettings = { permalinks: { posts: '/:year/:month/:slug/', docs: '/:sections/:filename/' } };
    assert.deepEqual(keys('content/posts/hello.md', 'hugo', { date: '2024-05-01', title: 'Hello, World!' }, settings), ['/2024/05/hello-world']);
    assert.deepEqual(keys('content/posts/hello.md', 'hugo', { date: '2024-05-01', slug: 'hi' }, settings), ['/2024/05/hi']);
    assert.deepEqual(keys('content/docs/setup/install.md', 'hugo', {}, settings), ['/docs/setup/install']);
    assert.deepEqual(keys('content/posts/_index.md', 'hugo', {}, settings), ['/posts']);
    // Without a date the pattern cannot be filled: the section's address stays.
    assert.deepEqual(keys('content/posts/hello.md', 'hugo', {}, settings), ['/posts/hello']);
  });

  it('Hugo: languages by content folder or by file name, with the default language at the root or in its own folder', () => {
    const languages = { codes: ['en', 'fr'], defaultLanguage: 'en', defaultInSubdir: false, contentDirs: { en: 'content/en', fr: 'content/fr' } };
    assert.deepEqual(keys('content/en/about.md', 'hugo', {}, { languages }), ['/about']);
    assert.deepEqual(keys('content/fr/about.md', 'hugo', {}, { languages }), ['/fr/about']);
    assert.deepEqual(keys('content/fr/_index.md', 'hugo', {}, { languages }), ['/fr']);
    const byName = { codes: ['en', 'fr'], defaultLanguage: 'en', defaultInSubdir: true, contentDirs: {} };
    assert.deepEqual(keys('content/about.fr.md', 'hugo', {}, { languages: byName }), ['/fr/about']);
    assert.deepEqual(keys('content/about.md', 'hugo', {}, { languages: byName }), ['/en/about']);
    assert.deepEqual(
      keys('content/posts/a.fr.md', 'hugo', { date: '2024-01-02', title: 'Un' }, { languages: byName, permalinks: { posts: '/:year/:title/' } }),
      ['/fr/2024/un'],
    );
  });

  it('Eleventy: permalinks with page.fileSlug, page.filePathStem and title | slugify; other template code keeps the usual address', () => {
    assert.deepEqual(keys('src/blog/hello.md', 'eleventy', { permalink: '/posts/{{ page.fileSlug }}/' }), ['/posts/hello']);
    assert.deepEqual(keys('blog/trip/index.md', 'eleventy', { permalink: '/{{page.fileSlug}}/' }), ['/trip']);
    assert.deepEqual(keys('blog/hello.md', 'eleventy', { permalink: '{{ page.filePathStem }}.html' }), ['/blog/hello.html']);
    assert.deepEqual(keys('blog/hello.md', 'eleventy', { permalink: '/{{ title | slugify }}/', title: 'Café & Books' }), ['/cafe-books']);
    assert.deepEqual(keys('blog/hello.md', 'eleventy', { permalink: '/{{ site.prefix }}/hello/' }), ['/blog/hello']);
  });

  it('Astro: src/pages by path (not _ files, not dynamic routes), collection entries by slug, endpoints and public files', () => {
    assert.deepEqual(keys('src/pages/index.md', 'astro'), ['/']);
    assert.deepEqual(keys('src/pages/about/team.md', 'astro'), ['/about/team', '/about/team.html']);
    assert.deepEqual(keys('src/pages/_notes.md', 'astro'), []);
    assert.deepEqual(keys('src/content/blog/2024/My Trip.md', 'astro'), ['/blog/2024/my-trip']);
    assert.deepEqual(keys('src/content/blog/trip/index.md', 'astro'), ['/blog/trip']);
    assert.deepEqual(keys('src/content/blog/a.md', 'astro', { slug: '/custom/path/' }), ['/blog/custom/path']);
    assert.equal(fileAddress('src/pages/events.astro', 'astro'), '/events/');
    assert.equal(fileAddress('src/pages/blog/[slug].astro', 'astro'), undefined);
    assert.equal(fileAddress('src/pages/rss.xml.js', 'astro'), '/rss.xml');
    assert.equal(fileAddress('public/logo.svg', 'astro'), '/logo.svg');
    assert.equal(fileAddress('src/styles/site.css', 'astro'), undefined);
  });

  it('Docusaurus: docs without order numbers, id and slug, folder index pages; blog posts by date or slug; src/pages', () => {
    assert.deepEqual(keys('docs/01-intro.md', 'docusaurus'), ['/docs/intro']);
    assert.deepEqual(keys('docs/02-guides/guides.md', 'docusaurus'), ['/docs/guides']);
    assert.deepEqual(keys('docs/guides/README.md', 'docusaurus'), ['/docs/guides']);
    assert.deepEqual(keys('docs/guides/hours.md', 'docusaurus', { id: 'opening' }), ['/docs/guides/opening']);
    assert.deepEqual(keys('docs/guides/hours.md', 'docusaurus', { slug: '/hours' }), ['/docs/hours']);
    assert.deepEqual(keys('docs/guides/hours.md', 'docusaurus', { slug: 'when' }), ['/docs/guides/when']);
    assert.deepEqual(keys('blog/2024-05-01-hello.md', 'docusaurus'), ['/blog/2024/05/01/hello']);
    assert.deepEqual(keys('blog/2024-05-01-hello/index.md', 'docusaurus'), ['/blog/2024/05/01/hello']);
    assert.deepEqual(keys('blog/hello.md', 'docusaurus', { slug: 'hi-there' }), ['/blog/hi-there']);
    assert.deepEqual(keys('src/pages/about.md', 'docusaurus'), ['/about']);
    // A date is not an order number.
    assert.deepEqual(keys('docs/2024-05-01-notes.md', 'docusaurus'), ['/docs/2024-05-01-notes']);
    assert.equal(fileAddress('docs/setup.mdx', 'docusaurus'), '/docs/setup');
    assert.equal(fileAddress('src/pages/contact.tsx', 'docusaurus'), '/contact');
    assert.equal(fileAddress('static/img/logo.svg', 'docusaurus'), '/img/logo.svg');
  });

  it('MkDocs: docs_dir and use_directory_urls from mkdocs.yml; index.md and README.md are their folder', () => {
    assert.deepEqual(keys('docs/about.md', 'mkdocs'), ['/about']);
    assert.deepEqual(keys('docs/guides/README.md', 'mkdocs'), ['/guides']);
    const setup = readSiteSetup(new Map([['mkdocs.yml', 'site_name: Library\ndocs_dir: pages/\nuse_directory_urls: false\n']]), 'mkdocs', ['mkdocs.yml']);
    assert.deepEqual(setup.settings, { docsDir: 'pages', useDirectoryUrls: false });
    assert.deepEqual(keys('pages/about.md', 'mkdocs', {}, setup.settings), ['/about.html']);
    assert.deepEqual(keys('pages/index.md', 'mkdocs', {}, setup.settings), ['/']);
    assert.deepEqual(keys('docs/about.md', 'mkdocs', {}, setup.settings), []);
    assert.equal(fileAddress('pages/img/map.svg', 'mkdocs', setup.settings), '/img/map.svg');
    // Tags MkDocs plugins add to mkdocs.yml do not stop it being read.
    const tagged = readSiteSetup(
      new Map([
        [
          'mkdocs.yml',
          'use_directory_urls: false\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n',
        ],
      ]),
      'mkdocs',
      ['mkdocs.yml'],
    );
    assert.deepEqual(tagged.settings, { useDirectoryUrls: false });
  });

  it('reads the settings from Hugo (one file or config/_default/) and Jekyll configuration files', () => {
    const hugo = readSiteSetup(
      new Map([
        ['hugo.toml', 'DefaultContentLanguage = "fr"\ndefaultContentLanguageInSubdir = true\n[permalinks.page]\nposts = "/:year/:slug/"\n'],
        ['config/_default/languages.yaml', 'fr:\n  contentDir: content/fr/\nen:\n  weight: 2\n'],
      ]),
      'hugo',
      ['hugo.toml', 'config/_default/languages.yaml'],
    );
    assert.deepEqual(hugo.settings, {
      permalinks: { posts: '/:year/:slug/' },
      languages: { codes: ['fr', 'en'], defaultLanguage: 'fr', defaultInSubdir: true, contentDirs: { fr: 'content/fr' } },
    });
    assert.deepEqual(readSiteSetup(new Map([['_config.yml', 'permalink: pretty\n']]), 'jekyll', ['_config.yml']).settings, { permalink: 'pretty' });
    // A configuration that does not parse gives the generator's defaults, never an error.
    assert.deepEqual(readSiteSetup(new Map([['hugo.toml', '[permalinks\nposts = ']]), 'hugo', ['hugo.toml']).settings, {});
    assert.deepEqual(readSiteSetup(new Map([['_data/menu.yml', 'a: [b\n']]), 'jekyll', ['_data/menu.yml']).menus, []);
  });

  it('Hugo menus: pageRef names a content file; a missing one is reported', () => {
    const files = ['content/visit/_index.md', 'config/_default/menus.en.toml'];
    const setup = readSiteSetup(
      new Map([['config/_default/menus.en.toml', '[[main]]\nname = "Visit"\npageRef = "/visit"\n[[main]]\nname = "Gone"\npageRef = "gone"\n']]),
      'hugo',
      files,
    );
    assert.equal(setup.menus.length, 1);
    assert.deepEqual(
      setup.menus[0].references.map((reference) => [reference.address, reference.file, reference.range.start.line]),
      [
        ['/visit', 'content/visit/_index.md', 2],
        ['gone', 'content/gone.md', 5],
      ],
    );
  });
});

describe('site addresses: a path read once for both keys', () => {
  it('gives the repository path and the address key that reading it twice gives', () => {
    const paths = [
      '/a/b.html',
      '/a/./b/../c/index.html',
      '/a%20b/index.htm',
      '/../x',
      '/',
      '',
      '/a/%zz/index.html',
      '//a//b/',
      '/a/index.html/',
      '/é/%C3%A9.md',
    ];
    for (const path of paths) assert.deepEqual(pathKeys(path), { fileKey: repositoryPath(path), addressKey: addressKey(path) }, path);
  });
});
