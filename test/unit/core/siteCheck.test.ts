import * as assert from 'node:assert/strict';
import { addressKey, checkCrossPage, pageAddresses, pageFacts, siteUrlFromConfig, type PageFacts, type SiteIndex } from '../../../src/core';
import { loadFixtureSite } from '../siteFixtures';

function site(pages: Record<string, string>, extra: Partial<SiteIndex> = {}): SiteIndex {
  const generator = extra.generator ?? 'plain';
  const facts = Object.entries(pages).map(([path, text]) => pageFacts(text, { path, generator }));
  return { pages: facts, files: [...Object.keys(pages), ...(extra.files ?? [])], generator, ...extra };
}

const page = (body: string, title = 'A page') => `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;

describe('whole-site checks (checkCrossPage)', () => {
  it('reports a broken link on the linking page, at the exact address, in plain words', () => {
    const fixture = loadFixtureSite('missing-page');
    const findings = checkCrossPage(fixture.index).get('content/posts/summer.md') ?? [];
    const text = fixture.texts.get('content/posts/summer.md')!;
    const first = findings.find((finding) => finding.ruleId === 'missing-page')!;
    assert.equal(text.slice(first.startOffset, first.endOffset), '/posts/winners-2023/');
    assert.equal(
      first.message,
      'This link goes to "/posts/winners-2023/", but the site has no page at that address. Readers would get a "page not found" error: correct the address, or remove the link.',
    );
    assert.equal(first.severity, 'error');
    assert.deepEqual(first.range, { start: { line: 7, character: 31 }, end: { line: 7, character: 51 } });
  });

  it('leaves out a place a disable comment covers, and only that place', () => {
    const fixture = loadFixtureSite('missing-page');
    const count = (index: SiteIndex) => (checkCrossPage(index).get('content/posts/summer.md') ?? []).filter((f) => f.ruleId === 'missing-page').length;
    const text = fixture.texts.get('content/posts/summer.md')!;
    const withoutComment = text.replace('<!-- content-bridge-disable-next-line missing-page -->', '');
    const pages = fixture.index.pages.map((facts) =>
      facts.path === 'content/posts/summer.md' ? pageFacts(withoutComment, { path: facts.path, generator: 'hugo' }) : facts,
    );
    assert.equal(count(fixture.index), 3);
    assert.equal(count({ ...fixture.index, pages }), 4);
  });

  it('follows the project config: a check turned off, another made an error', () => {
    const index = site({ 'index.html': page('<a href="gone.html">Gone</a> <img src="nope.png" alt="x">') });
    const config = { rules: { 'missing-page': 'off' as const, 'missing-file': 'warning' as const } };
    const findings = checkCrossPage({ ...index, config }).get('index.html') ?? [];
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.severity]),
      [['missing-file', 'warning']],
    );
  });

  it("counts links to the site's own address as internal, and ignores other sites, email, phone and template addresses", () => {
    const index = site(
      {
        'index.html': page(
          '<a href="https://www.library.example/about.html">About</a> <a href="https://library.example/gone.html">Gone</a> ' +
            '<a href="https://other.example/gone.html">Other</a> <a href="mailto:a@b.example">Mail</a> <a href="tel:123">Call</a> ' +
            '<a href="{{ site.url }}/gone.html">Template</a> <a href="/about">Pretty</a> <a href="about.html?x=1#top">Query</a>',
        ),
        'about.html': page('<a href="/">Home</a>', 'About us'),
      },
      { siteUrl: 'https://www.library.example/' },
    );
    const findings = checkCrossPage(index).get('index.html') ?? [];
    assert.deepEqual(
      findings.map((finding) => finding.message.split(',')[0]),
      ['This link goes to "https://library.example/gone.html"'],
    );
  });

  it('checks root-relative links in layouts but not relative ones (a layout builds pages at many addresses)', () => {
    const index = site({
      'index.html': page('<a href="a.html">A</a>'),
      'a.html': page(''),
      'partials/nav.html': '<nav><a href="/gone.html">x</a> <a href="gone.html">y</a></nav>',
    });
    const findings = checkCrossPage(index).get('partials/nav.html') ?? [];
    assert.deepEqual(
      findings.map((finding) => finding.ruleId),
      ['missing-page'],
    );
    assert.equal(findings[0].range.start.character, 14);
  });

  it('keeps page facts plain data (they cross a worker boundary and are kept per file)', () => {
    const facts = pageFacts('---\ntitle: Hello\npermalink: /hi/\n---\n# Hello\n\n[a](b.md#c) ![i](i.png)\n', { path: 'a.md', generator: 'jekyll' });
    assert.deepEqual(structuredClone(facts), facts);
    assert.deepEqual(JSON.parse(JSON.stringify(facts)), facts);
    assert.equal(facts.title?.text, 'Hello');
    assert.deepEqual(facts.addressHints, { permalink: '/hi/' });
    assert.deepEqual(
      facts.references.map((reference) => [reference.kind, reference.address]),
      [
        ['link', 'b.md#c'],
        ['image', 'i.png'],
      ],
    );
  });

  it('never fails on a page that is not text, too deep, or broken', () => {
    for (const text of ['\u0000\u0001PNG', '<div>'.repeat(5000), '> '.repeat(500) + 'x', '<a href="%E0%A4%A">x</a>', '[x](<>)', '---\ntitle: [\n---\n']) {
      const facts: PageFacts = pageFacts(text, { path: 'x.md' });
      assert.equal(facts.path, 'x.md');
      checkCrossPage({ pages: [facts, pageFacts(text, { path: 'y.html' })], files: [], generator: 'plain' });
    }
  });
});

describe('page addresses per site generator', () => {
  const key = (path: string, generator: Parameters<typeof pageAddresses>[1], hints?: Record<string, string>) =>
    pageAddresses(path, generator, hints).map(addressKey);

  it('Hugo: content sections, bundles, slug, url and aliases', () => {
    assert.deepEqual(key('content/_index.md', 'hugo'), ['/']);
    assert.deepEqual(key('content/posts/_index.md', 'hugo'), ['/posts']);
    assert.deepEqual(key('content/about/index.md', 'hugo'), ['/about']);
    assert.deepEqual(key('content/posts/hello.md', 'hugo', { slug: 'hi' }), ['/posts/hi']);
    assert.deepEqual(key('content/posts/hello.md', 'hugo', { url: '/greeting/', aliases: '/old/hello/\n/older/' }), ['/greeting', '/old/hello', '/older']);
  });

  it('Jekyll: posts by date under their categories, pages with .html, permalinks', () => {
    assert.deepEqual(key('_posts/2024-05-01-summer.md', 'jekyll'), ['/2024/05/01/summer.html', '/2024/05/01/summer']);
    assert.deepEqual(key('_posts/2024-05-01-summer.md', 'jekyll', { categories: 'news events' })[0], '/news/events/2024/05/01/summer.html');
    assert.deepEqual(key('about.md', 'jekyll'), ['/about.html', '/about']);
    assert.deepEqual(key('about.md', 'jekyll', { permalink: '/about-us/' }), ['/about-us']);
  });

  it('Eleventy, Astro, Docusaurus and MkDocs: pretty addresses', () => {
    assert.deepEqual(key('blog/post.md', 'eleventy'), ['/blog/post']);
    assert.deepEqual(key('index.njk', 'eleventy'), ['/']);
    // Astro's build.format 'file' publishes /about.html: its settings are code, so both count.
    assert.deepEqual(key('src/pages/about.md', 'astro'), ['/about', '/about.html']);
    assert.deepEqual(key('docs/intro.md', 'docusaurus'), ['/docs/intro']);
    assert.deepEqual(key('blog/2024-01-02-launch.md', 'docusaurus'), ['/blog/2024/01/02/launch']);
    assert.deepEqual(key('docs/setup/README.md', 'mkdocs'), ['/setup']);
  });

  it('plain HTML: as written, and without .html', () => {
    assert.deepEqual(key('news/index.html', 'plain'), ['/news']);
    assert.deepEqual(key('news/a.html', 'plain'), ['/news/a.html', '/news/a']);
  });

  it('reads the site address from the generator config', () => {
    assert.equal(siteUrlFromConfig('hugo.toml', 'baseURL = "https://example.org/"'), 'https://example.org/');
    assert.equal(siteUrlFromConfig('_config.yml', 'url: https://example.org\nbaseurl: /blog'), 'https://example.org/blog');
    assert.equal(siteUrlFromConfig('mkdocs.yml', 'site_url: https://docs.example.org/'), 'https://docs.example.org/');
    assert.equal(siteUrlFromConfig('hugo.toml', 'baseURL = '), undefined);
  });
});

describe('heading ids of Markdown pages per generator', () => {
  const anchors = (generator: 'hugo' | 'jekyll' | 'mkdocs') =>
    pageFacts("# What's on?\n\n## What's on?\n\n## 2024 Events & more\n\n## Custom {#my-id}\n", { path: 'a.md', generator }).anchors;

  it('GitHub style for Hugo, with -1 for a repeated heading and {#id} kept', () => {
    assert.deepEqual(anchors('hugo'), ['whats-on', 'whats-on-1', '2024-events--more', 'my-id']);
  });

  it('kramdown style for Jekyll (from the first letter)', () => {
    assert.deepEqual(anchors('jekyll'), ['whats-on', 'whats-on-1', 'events--more', 'my-id']);
  });

  it('toc style for MkDocs (single hyphens, _1 for a repeat)', () => {
    assert.deepEqual(anchors('mkdocs'), ['whats-on', 'whats-on_1', '2024-events-more', 'my-id']);
  });
});
