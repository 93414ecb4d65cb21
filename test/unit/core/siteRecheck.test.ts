import * as assert from 'node:assert/strict';
import { checkCrossPage, pageFacts, type PageFacts, type SiteFindings, type SiteIndex } from '../../../src/core';

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta name="description" content="About ${title}, for people who want to know.">${head}</head><body>${body}</body></html>`;

/** Findings as plain data in a stable order, to compare two runs. */
function plain(findings: SiteFindings): unknown {
  return [...findings.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, list]) => [path, list.map((f) => [f.ruleId, f.message, f.startOffset, f.endOffset])]);
}

/** Re-checking with what the last run kept must give what a first run gives. */
function assertSameAsFresh(site: SiteIndex, step: string): SiteFindings {
  const again = checkCrossPage(site);
  const fresh = checkCrossPage({ ...site, files: [...site.files] });
  assert.deepEqual(plain(again), plain(fresh), step);
  return again;
}

describe('whole-site checks after one change (what is kept from the last run)', () => {
  it('report what a first run reports, through edits that change links, ids, titles, addresses and the files', () => {
    const texts = new Map<string, string>([
      [
        'index.html',
        page('Home', '<a href="a.html">A</a> <a href="b.html#part">B</a> <a href="/fr/">Français</a>', '<link rel="alternate" hreflang="fr" href="/fr/">'),
      ],
      ['a.html', page('Page A', '<a href="b.html">B</a> <a href="c.html">C</a> <img src="/images/x.png" alt="x">')],
      ['b.html', page('Page B', '<h2 id="part">Part</h2><a href="a.html#nowhere">A</a>')],
      ['fr/index.html', page('Accueil', '<a href="/">Home</a>', '<link rel="alternate" hreflang="en" href="/">')],
      ['post.md', '---\ntitle: A post of ours\npermalink: /news/post/\n---\n\n# A post\n\n[Home](/) [B](b.html#part)\n'],
    ]);
    const facts = new Map<string, PageFacts>();
    const read = (path: string) => facts.set(path, pageFacts(texts.get(path)!, { path, generator: 'jekyll' }));
    for (const path of texts.keys()) read(path);
    const files = [...texts.keys(), 'images/x.png'].sort();
    const site = (): SiteIndex => ({ pages: [...facts.values()], files, generator: 'jekyll' });
    const edit = (path: string, text: string) => {
      texts.set(path, text);
      read(path);
    };

    const first = assertSameAsFresh(site(), 'first run');
    assert.ok(
      (first.get('b.html') ?? []).some((f) => f.ruleId === 'missing-anchor'),
      'a link to a missing part is reported',
    );

    edit('b.html', page('Page B', '<h2 id="part">Part</h2><a href="a.html#nowhere">A</a><a href="gone.html">Gone</a>'));
    assert.ok((assertSameAsFresh(site(), 'a link added').get('b.html') ?? []).some((f) => f.ruleId === 'missing-page'));
    edit('b.html', page('Page B', '<h2 id="other">Part</h2><a href="a.html">A</a>'));
    assert.ok((assertSameAsFresh(site(), 'an id renamed on a linked page').get('index.html') ?? []).some((f) => f.ruleId === 'missing-anchor'));
    edit('a.html', page('Page B', '<a href="b.html">B</a>'));
    assertSameAsFresh(site(), 'a title duplicated, a link removed (an orphan)');
    edit('post.md', '---\ntitle: A post of ours\npermalink: /news/moved/\n---\n\n# A post\n\n[Home](/)\n');
    assertSameAsFresh(site(), 'a page moved to another address');
    edit('c.html', page('Page C', '<a href="/news/moved/">The post</a>'));
    files.push('c.html');
    files.sort();
    const added = assertSameAsFresh(site(), 'a page added (the list of files changed in place)');
    assert.ok(!(added.get('post.md') ?? []).some((f) => f.ruleId === 'orphan-page'), 'the new page links to the moved post');
    facts.delete('fr/index.html');
    files.splice(files.indexOf('fr/index.html'), 1);
    assert.ok((assertSameAsFresh(site(), 'a page deleted').get('index.html') ?? []).some((f) => f.ruleId === 'hreflang-no-return'));
    files.splice(files.indexOf('images/x.png'), 1);
    assertSameAsFresh(site(), 'an image deleted');
    assertSameAsFresh({ ...site(), generator: 'plain' }, 'another generator');
    assertSameAsFresh({ ...site(), siteUrl: 'https://example.org/' }, 'the site address given');
  });
});
