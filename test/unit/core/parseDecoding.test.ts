import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Parser } from 'htmlparser2';
import { DomHandler, type ChildNode, type Document } from 'domhandler';
import { HtmlPage } from '../../../src/core/html/parse';

// The page parser reads without decoding character references and decodes text and attribute values afterwards
// (html/characterReferences.ts), which is faster. These tests hold it to the page model htmlparser2 builds when it
// decodes as it reads: every node's kind, name, attributes, text and position the same.

function withDecodingWhileReading(text: string): Document {
  const handler = new DomHandler(undefined, { withStartIndices: true, withEndIndices: true });
  new Parser(handler, { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false }).end(text);
  return handler.root;
}

function describeNodes(nodes: readonly ChildNode[], lines: string[] = []): string[] {
  for (const node of nodes) {
    const element = 'attribs' in node ? node : undefined;
    const data = 'data' in node ? node.data : '';
    lines.push(`${node.type} ${element?.name ?? ''} ${JSON.stringify(element?.attribs ?? {})} ${JSON.stringify(data)} ${node.startIndex}-${node.endIndex}`);
    if ('children' in node) describeNodes(node.children, lines);
  }
  return lines;
}

function assertSameModel(text: string): void {
  assert.deepEqual(describeNodes(HtmlPage.parse(text).root.children), describeNodes(withDecodingWhileReading(text).children), JSON.stringify(text));
}

function fixturePages(folder: string): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) pages.push(...fixturePages(full));
    else if (/\.(html?|njk|liquid|hbs)$/.test(name)) pages.push(full);
  }
  return pages;
}

describe('page parser: character references', () => {
  it('decodes text, titles and attribute values as htmlparser2 does, and leaves scripts, styles and text areas as written', () => {
    const page = HtmlPage.parse(
      `<title>Fish &amp; chips &lt;b&gt;</title><p title="a &amp; b" data-x='&quot;q&quot;' alt=caf&eacute;>Caf&eacute; &#8217;s &amp menu</p>` +
        `<script>if (a &amp;&amp; b) {}</script><style>a::after { content: "&amp;" }</style><textarea>&amp;</textarea><a href="?a=1&amp;b=2&copy=3">x</a>`,
    );
    assert.equal(page.textOf(page.first('title')!), 'Fish & chips <b>');
    const paragraph = page.first('p')!;
    assert.deepEqual(paragraph.attribs, { title: 'a & b', 'data-x': '"q"', alt: 'café' });
    assert.equal(page.textOf(paragraph), 'Café ’s & menu');
    assert.equal(page.textOf(page.first('script')!), 'if (a &amp;&amp; b) {}');
    assert.equal(page.textOf(page.first('textarea')!), '&amp;');
    // In an attribute, a reference without its `;` followed by `=` is left as written (`&copy=3`).
    assert.equal(page.first('a')!.attribs['href'], '?a=1&b=2&copy=3');
  });

  it('still finds a bare < in text, but not an escaped one', () => {
    const page = HtmlPage.parse('<p>1 &lt; 2 and 3 < 4</p>');
    assert.deepEqual(page.markupSigns.lessThanInText, [18]);
  });

  it('builds the same page model as decoding while reading, on every fixture page', () => {
    const root = path.resolve(__dirname, '../../../../test/fixtures');
    const pages = fixturePages(root);
    assert.ok(pages.length > 100, `only ${pages.length} fixture pages found`);
    for (const file of pages) assertSameModel(readFileSync(file, 'utf8'));
  });

  it('builds the same page model on generated markup full of references, raw-text elements and unfinished tags', () => {
    const parts = [
      '&',
      '&amp',
      '&amp;',
      '&lt;',
      '&#38;',
      '&#x26',
      '&#0;',
      '&eacute',
      '&notin;',
      '&not',
      '&ampx',
      '&amp=',
      '&#xD800;',
      '&#99999999;',
      '&gt',
      '&copy',
      '&CounterClockwiseContourIntegral;',
      '&#',
      '&#x',
      '&;',
      '<',
      '>',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      'a',
      'é',
      '—',
      '<p>',
      '</p>',
      '<p title="',
      "<p title='",
      '<p title=',
      '<a href="x?a=1&b=2">',
      '<title>',
      '</title>',
      '<script>',
      '</script>',
      '<script/>',
      '<style>',
      '</style>',
      '<textarea>',
      '</textarea>',
      '<svg>',
      '</svg>',
      '<math>',
      '<xmp>',
      '<noscript>',
      '<iframe>',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<?x',
      '</ ',
      '<3',
      '<<',
      '</titlex',
      '</scrip',
      '<titl',
    ];
    let seed = 20261201;
    const next = (limit: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % limit;
    };
    for (let round = 0; round < 20000; round++) {
      let text = '';
      const length = 1 + next(40);
      for (let index = 0; index < length; index++) text += parts[next(parts.length)];
      assertSameModel(text);
    }
  });
});
