import * as assert from 'node:assert/strict';
import {
  fileSlug,
  mailtoLink,
  markdownFile,
  newIssueUrl,
  parseGitRemote,
  parseRemoteAddress,
  remoteWithoutCredentials,
  workingDaysUntil,
} from '../../../../src/core';

const tracker = parseGitRemote('example/site')!;

describe('new issue page address', () => {
  it('never throws when shortening would cut an emoji in half, at any length', () => {
    for (let padding = 0; padding < 40; padding++) {
      const body = 'x'.repeat(padding) + '😀'.repeat(4000);
      const { url, bodyShortened } = newIssueUrl(tracker, 'Emoji 🎉', body);
      assert.equal(bodyShortened, true);
      assert.ok(url.length <= 7500, `length ${url.length}`);
      const decoded = decodeURIComponent(url);
      assert.ok(!decoded.includes('\uFFFD'), 'no emoji is broken into a replacement character');
      assert.match(decoded, /😀\n\n_…the rest of this request was too long for a link; it has been copied to the clipboard — please paste it here\._\n$/);
    }
  });

  it('caps a 20,000-character title so the address stays short', () => {
    const { url } = newIssueUrl(tracker, 'Logo '.repeat(4000), 'Short body');
    assert.ok(url.length <= 7500, `length ${url.length}`);
    const title = new URL(url).searchParams.get('title')!;
    assert.ok(title.length <= 256 && title.length > 250, String(title.length));
    assert.ok(title.endsWith('…'));
    assert.equal(new URL(url).searchParams.get('body'), 'Short body');
  });

  it('turns half an emoji already in the text into a replacement character instead of throwing', () => {
    const { url } = newIssueUrl(tracker, 'Broken \uD83D title', 'Body \uDE00 here');
    assert.equal(new URL(url).searchParams.get('title'), 'Broken \uFFFD title');
    assert.equal(new URL(url).searchParams.get('body'), 'Body \uFFFD here');
  });

  it('keeps as much of a long body as fits', () => {
    const { url } = newIssueUrl(tracker, 'Long', 'abc '.repeat(5000));
    assert.ok(url.length > 7300 && url.length <= 7500, `length ${url.length}`);
  });
});

describe('email link', () => {
  it('prefills the subject and body, with CRLF line breaks', () => {
    const link = mailtoLink('it-help@council.example', 'Logo & header', 'Line one\nLine two');
    assert.equal(link.url, 'mailto:it-help@council.example?subject=Logo%20%26%20header&body=Line%20one%0D%0ALine%20two');
    assert.equal(link.bodyShortened, false);
    assert.equal(link.fullText, '# Logo & header\n\nLine one\nLine two');
  });

  it('stays under the length that opens reliably, and keeps the full text for the clipboard', () => {
    const body = '## What I need\n\n' + 'Please update the opening hours on every branch page. 🕘 '.repeat(100);
    const link = mailtoLink('it-help@council.example', 'Opening hours', body);
    assert.equal(link.bodyShortened, true);
    assert.ok(link.url.length <= 1800, `length ${link.url.length}`);
    assert.ok(link.url.length > 1600, `length ${link.url.length}`);
    assert.match(decodeURIComponent(link.url), /The full text is on your clipboard: please paste it here, in place of this message\.\r\n$/);
    assert.equal(link.fullText, `# Opening hours\n\n${body}`);
  });

  it('accepts several addresses', () => {
    assert.match(mailtoLink('a@x.example; b@x.example', 's', 'b').url, /^mailto:a@x\.example,b@x\.example\?/);
  });
});

describe('Markdown file', () => {
  it('names the file from the date and the title, safely', () => {
    const file = markdownFile('The news page: "old" logo / header?', 'Body\n', '2026-12-01');
    assert.equal(file.fileName, '2026-12-01-the-news-page-old-logo-header.md');
    assert.equal(file.content, '# The news page: "old" logo / header?\n\nBody\n');
  });

  it('keeps names short and usable on every system', () => {
    assert.equal(fileSlug('Café crème brûlée'), 'cafe-creme-brulee');
    assert.equal(fileSlug('../../etc/passwd'), 'etc-passwd');
    assert.equal(fileSlug('CON'), 'con-request');
    assert.equal(fileSlug('🎉🎉'), 'it-request');
    assert.ok(fileSlug('word '.repeat(100)).length <= 60);
    assert.equal(fileSlug('x'.repeat(500)).length, 60);
    assert.equal(markdownFile('', 'b', 'not a date').fileName, 'it-request.md');
  });
});

describe('IT request helpers stay quick on 100 KB of adversarial input', () => {
  const size = 100_000;
  const cases: Record<string, () => unknown> = {
    'a remote of slashes and colons': () => parseRemoteAddress('git@' + ':/'.repeat(size / 2)),
    'a remote of at signs': () => remoteWithoutCredentials('https://' + '@'.repeat(size)),
    'a long scp-like remote': () => parseRemoteAddress('a'.repeat(size) + ':b/c'),
    'a file name of dots and dashes': () => fileSlug('.-'.repeat(size / 2)),
    'an email of emoji': () => mailtoLink('a@b.example', '😀'.repeat(size / 2), '😀'.repeat(size / 2)),
    'a title of spaces': () => newIssueUrl(tracker, ' '.repeat(size), 'b'),
    'a deadline of digits': () => workingDaysUntil('2026-12-01', '9'.repeat(size)),
  };
  for (const [name, run] of Object.entries(cases)) {
    it(name, () => {
      const started = performance.now();
      run();
      assert.ok(performance.now() - started < 250, name);
    });
  }
});
