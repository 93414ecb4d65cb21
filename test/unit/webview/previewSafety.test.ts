import * as assert from 'node:assert/strict';
import { linkAction, scrollTargetOf } from '../../../webview/preview/navigation';
import { runsCode, sanitizePage } from '../../../webview/preview/sanitizePage';

// jsdom parses HTML as browsers do (the HTML standard's algorithm), so the hidden markup lands where Chromium puts it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS load typed with only the shape this test uses
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };
const { window } = new JSDOM('<!doctype html><title>test</title>');

function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

function cleaned(html: string): string {
  const page = parse(html);
  sanitizePage(page);
  return page.documentElement.outerHTML;
}

const hiddenRedirects: Record<string, string> = {
  'inside <svg><style>': '<svg><style><meta http-equiv="refresh" content="0;url=https://evil.test"></style></svg>',
  'inside <svg><title>': '<svg><title><meta http-equiv="refresh" content="0;url=https://evil.test"></title></svg>',
  'inside <math><style>': '<math><style><meta http-equiv="refresh" content="0;url=https://evil.test"></style></math>',
  'after <!-- x --!>': '<!-- x --!><meta http-equiv="refresh" content="0;url=https://evil.test">',
  'with an upper-case http-equiv': '<svg><style><META HTTP-EQUIV="Refresh" content="0;url=https://evil.test"></style></svg>',
};

describe('Preview safety: cleaning the page the browser parsed', () => {
  for (const [where, html] of Object.entries(hiddenRedirects)) {
    it(`removes an automatic redirect hidden ${where}`, () => {
      // The payload really is an element after the browser's parse (the test would prove nothing otherwise)…
      assert.ok(parse(html).querySelector('meta[http-equiv]'), 'the browser parses a live <meta> here');
      // …and it is gone after cleaning.
      assert.doesNotMatch(cleaned(html), /<meta/i);
    });
  }

  it('removes scripts, bases, frames, objects and embeds wherever they are, including inside svg, math and templates', () => {
    const html = cleaned(
      '<head><base href="https://evil.test/"><script>1</script></head><body><svg><style><base href="https://evil.test/"><script>2</script></style></svg>' +
        '<math><style><iframe src="x"></iframe></style></math><iframe srcdoc="<script>3</script>"></iframe><frameset><frame src="x"></frameset>' +
        '<object data="x"></object><embed src="x"><template><p>Kept</p><script>4</script><iframe></iframe></template><p>Text</p></body>',
    );
    assert.doesNotMatch(html, /<(script|base|iframe|frame|object|embed)\b/i);
    assert.match(html, /<p>Text<\/p>/);
    assert.match(html, /<template><p>Kept<\/p><\/template>/);
  });

  it('removes event handlers, srcdoc, form actions, link targets and javascript: addresses, keeping the rest', () => {
    const html = cleaned(
      '<body onload="x()"><img src="a.png" alt="A" onerror="x()"><a href=" java\tscript:x()" title="t">A</a><a href="page.html" target="_top">B</a>' +
        '<form action="https://evil.test" method="post"><button formaction="https://evil.test">Go</button></form>' +
        '<svg><a xlink:href="javascript:x()"><text>C</text></a><set attributeName="href" to="javascript:x()"/></svg></body>',
    );
    assert.doesNotMatch(html, /\bon[a-z]+=|javascript|srcdoc|action=|target=|<set/i);
    assert.match(html, /<img src="a.png" alt="A">/);
    assert.match(html, /<a href="page.html">B<\/a>/);
    assert.match(html, /<a title="t">A<\/a>/);
    assert.match(html, /<form method="post">/);
  });

  it('keeps an ordinary page as it is', () => {
    const page =
      '<html lang="en"><head><title>Hours</title><meta charset="utf-8"><meta name="description" content="When we open"><link rel="stylesheet" href="site.css"></head><body><h1 id="top">Hours</h1><a href="#top">Top</a><svg><title>Logo</title><a href="about.html"><rect></rect></a></svg></body></html>';
    assert.equal(cleaned(page), page);
  });

  it('recognises code addresses as browsers do, and nothing else', () => {
    for (const address of ['javascript:x()', ' JavaScript:x()', '\u0001java\nscript:x()', 'vbscript:x']) assert.ok(runsCode(address), address);
    for (const address of ['https://example.org', 'page.html', '#javascript:', 'mailto:a@b.c', 'data:image/png;base64,AA', ''])
      assert.ok(!runsCode(address), address);
  });
});

describe('Preview safety: cleaning only what changed since the page on show', () => {
  const onShow = [
    '<p>Text</p>',
    '<h1>Title</h1><p>Text</p><template><p>Kept</p></template><ul><li>One</li><li>Two</li></ul>',
    '<p onclick="x()">Text</p><iframe src="x"></iframe><p>After</p>',
  ];
  const next = [
    '<p onclick="x()">Text</p>',
    '<h1>Title</h1><p>Text</p><template><p>Kept</p><script>1</script></template><ul><li>One</li><li>Two</li></ul>',
    '<h1>Title</h1><p>Text</p><template><p>Kept</p></template><ul><li>One</li><li onmouseover="x()">Two</li><script>2</script></ul>',
    '<h1>Title</h1><iframe src="x"></iframe><p>Text</p><svg><a href="javascript:x()"><text>Go</text></a></svg><template><p>Kept</p></template>',
    '<p>Text</p><p>Text</p><base href="https://evil.test/"><meta http-equiv="refresh" content="0;url=https://evil.test">',
    '<svg><style><meta http-equiv="refresh" content="0;url=https://evil.test"></style></svg><p>Text</p>',
    '<p>New</p><h1>Title</h1><p>Text</p><template><p>Kept</p></template><ul><li>One</li><li>Two</li><li><img src="x" onerror="x()"></li></ul>',
  ];
  for (const [shownIndex, shownHtml] of onShow.entries()) {
    for (const [nextIndex, nextHtml] of next.entries()) {
      it(`a new version comes out as clean as when cleaned whole (page on show ${shownIndex + 1}, new version ${nextIndex + 1})`, () => {
        const shown = parse(shownHtml);
        sanitizePage(shown);
        const page = parse(nextHtml);
        sanitizePage(page, { cleanedBefore: shown.documentElement });
        assert.equal(page.documentElement.outerHTML, cleaned(nextHtml));
      });
    }
  }

  it('does not walk again an element equal to the one on show (which was cleaned when it arrived)', () => {
    // Only possible if the page on show had not been cleaned: it shows which parts the cleaning skipped.
    const shown = parse('<h1>Title</h1><p onclick="x()">Same</p><p>Old</p>');
    const page = parse('<h1>Title</h1><p onclick="x()">Same</p><p onclick="y()">New</p>');
    const summary = sanitizePage(page, { cleanedBefore: shown.documentElement });
    assert.equal(summary.removedAttributes, 1);
    assert.match(page.body.innerHTML, /<p onclick="x\(\)">Same<\/p><p>New<\/p>/);
  });
});

describe('Preview safety: links', () => {
  it('scrolls for in-page links and hands every other address to the editor', () => {
    assert.deepEqual(linkAction('#opening-hours'), { kind: 'scroll', fragment: 'opening-hours' });
    assert.deepEqual(linkAction('#caf%C3%A9'), { kind: 'scroll', fragment: 'café' });
    assert.deepEqual(linkAction('#%E0%A4%A'), { kind: 'scroll', fragment: '%E0%A4%A' });
    assert.deepEqual(linkAction('../news/'), { kind: 'open', href: '../news/' });
    assert.deepEqual(linkAction('https://example.org/'), { kind: 'open', href: 'https://example.org/' });
    assert.deepEqual(linkAction(''), { kind: 'ignore' });
    assert.deepEqual(linkAction(null), { kind: 'ignore' });
  });

  it('finds the section an in-page link points at: by id, by <a name>, or the top', () => {
    const page = parse('<h2 id="hours">Hours</h2><a name="old-anchor"></a><p>Text</p>');
    assert.equal((scrollTargetOf(page, 'hours') as Element).textContent, 'Hours');
    assert.equal((scrollTargetOf(page, 'old-anchor') as Element).localName, 'a');
    assert.equal(scrollTargetOf(page, ''), 'top');
    assert.equal(scrollTargetOf(page, 'top'), 'top');
    assert.equal(scrollTargetOf(page, 'missing'), undefined);
  });
});
