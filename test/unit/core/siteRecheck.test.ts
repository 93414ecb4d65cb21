import * as assert from 'node:assert/strict';
import { checkCrossPage, pageFacts, type PageFacts, type SiteFindings, type SiteIndex } from '../../../src/core';
import { Random } from '../differential/random';
import { SiteModel } from '../../../src/core/site/siteModel';

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta name="description" content="About ${title}, for people who want to know.">${head}</head><body>${body}</body></html>`;

/** Findings as plain data in a stable order, to compare two runs. */
function plain(findings: SiteFindings): unknown {
  return [...findings.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, list]) => [path, list.map((f) => [f.ruleId, f.severity, f.message, f.startOffset, f.endOffset, f.range])]);
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

  it('report what a first run reports through 200 random edits of a site of 60 pages (links, parts, titles, descriptions, language versions, addresses, files, settings)', () => {
    const source = new Random(0x5eed);
    const random = () => source.next();
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const count = 60;
    const titles = ['Opening hours', 'Our library', 'News', 'Events this summer', 'Contact us'];
    const pathOf = (index: number) => (index % 4 === 3 ? `posts/post-${index}.md` : `page-${index}.html`);
    const addressOf = (index: number) => (index % 4 === 3 ? `/posts/post-${index}/` : `/page-${index}.html`);
    const textOf = (index: number): string => {
      const title = random() < 0.4 ? pick(titles) : `Page ${index} ${Math.floor(random() * 3)}`;
      const description = random() < 0.3 ? 'The same words about the page, long enough to be a description.' : `About page ${index}.`;
      const links = Array.from({ length: Math.floor(random() * 4) }, () => {
        const to = Math.floor(random() * count);
        const part = random() < 0.3 ? `#${pick(['one', 'two', 'three'])}` : '';
        return random() < 0.1 ? `/gone-${to}.html` : `${addressOf(to)}${part}`;
      });
      const ids = ['one', 'two', 'three'].filter(() => random() < 0.5);
      const alternates = random() < 0.3 ? [addressOf(Math.floor(random() * count))] : [];
      if (index % 4 === 3) {
        const permalink = random() < 0.1 ? `/moved/post-${index}/` : addressOf(index);
        return `---\ntitle: ${title}\ndescription: ${description}\npermalink: ${permalink}\n---\n\n${ids.map((id) => `<h2 id="${id}">${id}</h2>`).join('\n\n')}\n\n${links.map((link, k) => `[Link ${k}](${link})`).join(' ')}\n`;
      }
      if (random() < 0.03) return 'PNG\u0000\u0000 not a page any more';
      const head =
        alternates.map((to) => `<link rel="alternate" hreflang="fr" href="${to}">`).join('') +
        (random() < 0.1 ? '<link rel="canonical" href="/nowhere.html">' : '');
      const body =
        ids.map((id) => `<h2 id="${id}">${id}</h2>`).join('') +
        links.map((link, k) => `<a href="${link}">Link ${k}</a>`).join(' ') +
        (random() < 0.1 ? '<img src="/images/gone.png" alt="A photo">' : '');
      return `<!doctype html><html lang="en"><head><title>${title}</title><meta name="description" content="${description}">${head}</head><body>${body}</body></html>`;
    };
    const read = (index: number) => pageFacts(textOf(index), { path: pathOf(index), generator: 'jekyll' });
    // One list of pages changed in place, as the worker and the benchmark do, and one list of files.
    const pages: PageFacts[] = Array.from({ length: count }, (_, index) => read(index));
    const files = Array.from({ length: count }, (_, index) => pathOf(index)).sort();
    let config: SiteIndex['config'] = undefined;
    const site = (): SiteIndex => ({ pages, files, generator: 'jekyll', ...(config ? { config } : {}) });
    assertSameAsFresh(site(), 'first run');
    for (let step = 1; step <= 200; step++) {
      const roll = random();
      if (roll < 0.02) config = config ? undefined : { rules: { 'orphan-page': 'off', 'duplicate-title': 'error' } };
      else if (roll < 0.04) {
        const index = pages.length;
        pages.push(read(index));
        files.push(pathOf(index));
        files.sort();
      } else {
        const edits = roll < 0.1 ? 2 : 1;
        for (let e = 0; e < edits; e++) {
          const index = Math.floor(random() * pages.length);
          pages[index] = read(index);
        }
      }
      assertSameAsFresh(site(), `step ${step}`);
    }
  });

  it('after one page changes, looks again only at the pages that change can reach', () => {
    const texts: Record<string, string> = {
      'index.html': page('Home', '<a href="a.html">A</a> <a href="b.html#part">B</a>'),
      'a.html': page('Page A', '<a href="b.html">B</a>'),
      'b.html': page('Page B', '<h2 id="part">Part</h2>'),
      'c.html': page('Page C', '<a href="index.html">Home</a>'),
      'd.html': page('Page A', '<a href="c.html">C</a>'),
    };
    const paths = Object.keys(texts);
    const pages = paths.map((path) => pageFacts(texts[path], { path }));
    const files = [...paths].sort();
    const site = (): SiteIndex => ({ pages: [...pages], files, generator: 'plain' });
    const model = SiteModel.of(site());
    assert.equal(model.update(site()), 'all', 'a first run looks at every page');
    const names = (places: ReadonlySet<number>) => [...places].map((place) => model.pages[place].path).sort();

    pages[2] = pageFacts(page('Page B', '<h2 id="other">Part</h2>'), { path: 'b.html' });
    const revisit = model.update(site());
    assert.notEqual(revisit, 'all');
    if (revisit === 'all') return;
    assert.deepEqual(names(revisit.references), ['a.html', 'b.html', 'index.html'], 'the pages that link to the changed page, and itself');
    assert.deepEqual(names(revisit.title), ['b.html']);
    assert.deepEqual(names(revisit.linksIn), ['b.html']);

    pages[4] = pageFacts(page('Page D', ''), { path: 'd.html' });
    const renamed = model.update(site());
    if (renamed === 'all') return assert.fail('one page changed: not everything is looked at again');
    assert.deepEqual(names(renamed.title), ['a.html', 'd.html'], 'the page that shared the title is looked at again');
    assert.deepEqual(names(renamed.linksIn), ['c.html', 'd.html'], 'the page no longer linked to is looked at again');
    assert.deepEqual(names(renamed.references), ['d.html'], 'no page links to the changed page');
  });
});
