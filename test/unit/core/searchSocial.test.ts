import * as assert from 'node:assert/strict';
import { cutToWidth, displayAddress, markdownPreview, pageMetaOf, searchResultPreview, socialCardPreview, textWidth } from '../../../src/core';

describe('Text width in Arial', () => {
  it("measures with Arial's own widths: narrow and wide letters differ", () => {
    assert.equal(textWidth('iiii', 20), 4 * 222 * 0.02);
    assert.equal(textWidth('MMMM', 20), 4 * 833 * 0.02);
    assert.equal(textWidth('é', 10), textWidth('e', 10), 'an accented letter is as wide as its base letter');
  });

  it('cuts after the last whole word that leaves room for " ..."', () => {
    const cut = cutToWidth('one two three four five six', 100, 20);
    assert.equal(cut.cut, true);
    assert.ok(cut.text.endsWith(' ...'));
    assert.ok(textWidth(cut.text, 20) <= 100, cut.text);
    assert.ok('one two three four five six'.startsWith(cut.text.slice(0, -4)), 'whole words only');
    assert.deepEqual(cutToWidth('  Short   title ', 600, 20), { text: 'Short title', cut: false });
  });
});

describe('Search result preview', () => {
  it('shows a short title and description whole, with no notes', () => {
    const result = searchResultPreview(
      { title: 'Opening hours – Riverside Library', description: 'When the library is open.', social: {} },
      'pages/opening-hours.html',
    );
    assert.equal(result.title, 'Opening hours – Riverside Library');
    assert.equal(result.description, 'When the library is open.');
    assert.equal(result.address, 'your-site › pages › opening-hours');
    assert.deepEqual(result.notes, []);
  });

  it('cuts a long title (wide capitals sooner than narrow letters) and says so', () => {
    const wide = searchResultPreview({ title: 'WWWWWWWWWW WWWWWWWWWW WWWWWWWWWW WWWWWWWWWW', description: 'x', social: {} }, 'a.html');
    assert.ok(wide.title.endsWith(' ...'));
    assert.ok(wide.notes.some((note) => note.startsWith('The title is cut off')));
    const narrow = searchResultPreview(
      { title: 'illicit little lilies fill the hill till fall illicit little lilies', description: 'x', social: {} },
      'a.html',
    );
    assert.ok(!narrow.title.endsWith(' ...'), 'narrow letters fit in the same width');
  });

  it('says what is missing', () => {
    const result = searchResultPreview({ social: {} }, 'news/index.html');
    assert.equal(result.title, 'Untitled page');
    assert.equal(result.notes.length, 2);
    assert.ok(result.notes[1].includes('no description'));
  });

  it('shows the canonical address the way results do', () => {
    assert.equal(displayAddress('https://www.riverside.example/news/summer-fair/', 'x.html'), 'riverside.example › news › summer-fair');
  });
});

describe('Social card preview', () => {
  const page =
    '<html><head><title>Spring fair</title><meta name="description" content="Games and cake.">' +
    '<meta property="og:title" content="Spring fair at the library"><meta property="og:image" content="https://riverside.example/fair.jpg">' +
    '<meta property="og:image:width" content="400"><meta property="og:image:height" content="300"><meta property="og:site_name" content="Riverside Library">' +
    '<meta name="twitter:card" content="summary_large_image"></head><body></body></html>';

  it("reads Open Graph first, then the page's own title and description", () => {
    const card = socialCardPreview(pageMetaOf(page));
    assert.equal(card.title, 'Spring fair at the library');
    assert.equal(card.description, 'Games and cake.');
    assert.equal(card.image, 'https://riverside.example/fair.jpg');
    assert.equal(card.site, 'Riverside Library');
    assert.equal(card.largeImage, true);
    assert.ok(card.notes.some((note) => note.startsWith('No sharing description')));
    assert.ok(
      card.notes.some((note) => note.includes('400 × 300 pixels: it will be shown as a small thumbnail')),
      card.notes.join('|'),
    );
  });

  it('notes a missing image, and an image address that is not absolute', () => {
    assert.ok(socialCardPreview({ title: 'T', social: {} }).notes.some((note) => note.startsWith('No image')));
    const relative = socialCardPreview({ title: 'T', social: { 'og:image': '/images/fair.jpg' } });
    assert.ok(relative.notes.some((note) => note.includes('full address starting with https://')));
    const tiny = socialCardPreview({ title: 'T', social: { 'og:image': 'https://x.example/a.png', 'og:image:width': '100', 'og:image:height': '100' } });
    assert.ok(tiny.notes.some((note) => note.includes('too small')));
  });

  it("a Markdown page's settings give its title, description and image", () => {
    const { meta } = markdownPreview('---\ntitle: Fair\ndescription: Cake.\nimages: ["https://x.example/fair.jpg"]\n---\n# Fair\n');
    const card = socialCardPreview(meta);
    assert.deepEqual([card.title, card.description, card.image], ['Fair', 'Cake.', 'https://x.example/fair.jpg']);
  });
});
