import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, documentKindOf, pageFacts, type SiteGenerator } from '../../../src/core';
import { checkWithFacts } from '../../../src/core/site/checkWithFacts';
import { fixturesRoot } from '../fixtureExpectations';

/** Every page file under a folder, with forward slashes. */
function pageFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && documentKindOf(entry.name)) found.push(path.join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** Facts and findings of one page, both ways: read alone, and from the page check's own parse. */
function bothWays(text: string, file: string, generator: SiteGenerator): boolean {
  const options = { path: file, generator };
  let reused = false;
  const checked = checkWithFacts(text, { ...options, onParsed: () => (reused = true) });
  assert.deepEqual(checked.facts, pageFacts(text, options), `facts of ${file} (${generator})`);
  assert.deepEqual(checked.findings, checkDocument(text, options), `findings of ${file} (${generator})`);
  return reused;
}

describe('page facts from the page check’s parse', () => {
  it('equal the facts of the page read alone, on every fixture page (HTML, Markdown, templates, sites)', function () {
    this.timeout(180_000);
    const files = pageFiles(fixturesRoot);
    assert.ok(files.length > 300, `found ${files.length} fixture pages`);
    let parsedOnce = 0;
    for (const absolute of files) {
      const file = path.relative(fixturesRoot, absolute).split(path.sep).join('/');
      const text = fs.readFileSync(absolute, 'utf8');
      // Generators change Markdown heading ids and page roles: the rule fixtures (HTML) are read as a plain site.
      const generators = file.startsWith('rules/') ? (['plain'] as const) : (['plain', 'hugo', 'jekyll'] as const);
      for (const generator of generators) if (bothWays(text, file, generator)) parsedOnce++;
    }
    // The facts came from the check's own parse (a page the check does not parse is read alone, as before).
    assert.ok(parsedOnce > files.length, `${parsedOnce} checks handed their parse on`);
  });

  it('equal them on the pages the check does not parse (not text, nested too deeply) and on raw HTML in Markdown', () => {
    const cases: Array<[string, string]> = [
      ['image.html', 'PNG\u0000\u0000binary'],
      ['deep.html', '<div>'.repeat(1100)],
      ['deep.md', `${'> '.repeat(120)}quote\n`],
      [
        'raw.md',
        '---\ntitle: Raw HTML\n---\n\n# Page\n\n<div id="box"><a href="other.html#x">x</a><img src="/i.png"></div>\n\n[ref][r]\n\n[r]: /target/ "T"\n',
      ],
      ['templated.md', '---\ntitle: "{{ site.title }}"\n---\n\n# {{ page.title }}\n\n[Link]({{ "/about/" | relative_url }})\n'],
      ['layout.html', '<!doctype html><html><head><title>{{ title }}</title></head><body>{% include nav.html %}<a href="/x/">x</a></body></html>'],
      ['crlf.md', '# Title\r\n\r\nText [a](b.md) <!-- content-bridge-disable-next-line missing-page -->\r\n[c](d.md)\r\n'],
    ];
    for (const [file, text] of cases) for (const generator of ['plain', 'hugo', 'mkdocs'] as const) bothWays(text, file, generator);
  });

  it('are the facts of the page, not of another kind: an HTML page named .md in the request is read as Markdown', () => {
    const text = '<title>Hello</title>\n\n# Heading\n';
    assert.deepEqual(checkWithFacts(text, { path: 'a.md', kind: 'markdown' }).facts, pageFacts(text, { path: 'a.md', kind: 'markdown' }));
    assert.equal(checkWithFacts(text, { path: 'a.md', kind: 'markdown' }).facts.kind, 'markdown');
    assert.deepEqual(checkWithFacts(text, { path: 'a.md', kind: 'html' }).facts.title?.text, 'Hello');
  });
});
