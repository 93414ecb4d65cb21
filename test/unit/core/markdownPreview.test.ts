import * as assert from 'node:assert/strict';
import { markdownPreview, preparePreviewHtml, siteStylesheetCandidates } from '../../../src/core';

/** The source each `data-cb-src` attribute points at, in order. */
function sources(html: string, text: string): string[] {
  const found: string[] = [];
  let at = html.indexOf('data-cb-src="');
  while (at !== -1) {
    const value = html.slice(at + 13, html.indexOf('"', at + 13));
    const [start, end] = value.split('-').map(Number);
    found.push(text.slice(start, end));
    at = html.indexOf('data-cb-src="', at + 1);
  }
  return found;
}

describe('Preview source positions', () => {
  it('marks each shown element of an HTML page with where it is written, and nothing in the head', () => {
    const text = '<html><head><title>T</title></head><body><h1>Hello</h1><p>A <em>word</em>.</p></body></html>';
    const html = preparePreviewHtml(text, { sourceOf: (span) => span });
    assert.deepEqual(sources(html, text), ['<h1>Hello</h1>', '<p>A <em>word</em>.</p>', '<em>word</em>']);
    assert.ok(html.startsWith('<html><head><title>T</title></head><body><h1 data-cb-src='));
  });

  it('leaves the page as it was when no positions are asked for', () => {
    const text = '<body><h1 class="x">Hello</h1></body>';
    assert.equal(preparePreviewHtml(text, {}), text);
  });
});

describe('markdownPreview()', () => {
  const text =
    '---\ntitle: Summer fair\ndescription: Games and food on the green.\ndate: 2026-06-20\ndraft: true\n---\n\n# Summer fair\n\nCome *along*.\n\n<script>alert(1)</script>\n';

  it('hides the page settings from the page and returns them as a card', () => {
    const preview = markdownPreview(text);
    assert.deepEqual(preview.card, { title: 'Summer fair', description: 'Games and food on the green.', date: '2026-06-20', draft: true });
    assert.ok(!preview.html.includes('description:'), 'the settings are not page text');
    assert.ok(preview.html.includes('<title>Summer fair</title>'));
    assert.ok(preview.html.includes('<h1>Summer fair</h1>'));
  });

  it('renders with the same HTML as the checks and removes scripts from raw HTML', () => {
    const { html } = markdownPreview(text);
    assert.ok(html.includes('<p>Come <em>along</em>.</p>'));
    assert.ok(!html.includes('<script'), html);
  });

  it('marks elements with the Markdown that produced them', () => {
    const { html } = markdownPreview(text, { sourcePositions: true });
    assert.deepEqual(sources(html, text), ['# Summer fair', 'Come *along*.', '*along*']);
  });

  it('links the site stylesheet when one is given', () => {
    const { html } = markdownPreview('Hi', { stylesheetHref: 'https://x/css/a "b".css' });
    assert.ok(html.includes('<link rel="stylesheet" href="https://x/css/a &quot;b&quot;.css">'), html);
  });

  it('has no card for a page without settings', () => {
    assert.equal(markdownPreview('# Hi\n').card, undefined);
  });
});

describe('siteStylesheetCandidates()', () => {
  it("prefers the stylesheet the user set, else the generator's usual places", () => {
    assert.deepEqual(siteStylesheetCandidates('hugo', './static/site.css'), ['static/site.css']);
    assert.equal(siteStylesheetCandidates('eleventy')[0], 'css/style.css');
    assert.ok(siteStylesheetCandidates('jekyll').includes('assets/css/style.css'));
  });
});
