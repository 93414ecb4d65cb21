import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Parser, type Handler } from 'htmlparser2';
import { FastTokenizer } from '../../../src/core/html/fastTokenizer';

// The page parser's tokenizer skips ahead with the string's own search; every event and offset must be the one
// htmlparser2's own tokenizer gives, on whole pages and on pages that end inside text, values, comments or scripts.

function events(chunks: readonly string[], withFastTokenizer: boolean): string[] {
  const seen: string[] = [];
  const record =
    (kind: string) =>
    (...values: unknown[]) =>
      seen.push(`${kind} ${JSON.stringify(values)} ${parser.startIndex}-${parser.endIndex}`);
  const handler: Partial<Handler> = {
    onopentag: record('open'),
    onclosetag: record('close'),
    onattribute: record('attribute'),
    ontext: record('text'),
    oncomment: record('comment'),
    onprocessinginstruction: record('instruction'),
    oncdatastart: record('cdata'),
  };
  const parser: Parser = new Parser(handler, {
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: false,
    decodeEntities: false,
    ...(withFastTokenizer ? { Tokenizer: FastTokenizer } : {}),
  });
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return seen;
}

function assertSameEvents(chunks: readonly string[]): void {
  assert.deepEqual(events(chunks, true), events(chunks, false), JSON.stringify(chunks));
}

describe('FastTokenizer', () => {
  const pages = [
    '',
    'text only, no tag',
    '<p>one</p> two <b>three',
    '<a href="x.html" title=\'single\' data-x=unquoted>link</a>',
    '<a href="never closed>text</a>',
    "<a title='never closed>text</a>",
    '<p>text <!-- a comment --> more',
    '<p>text <!-- never closed',
    '<!---->x<!-- - -- --->y<!--->z',
    '<script>if (a < b && c > d) { x = "</p>"; }</script>after',
    '<script>never closed <',
    '<style>p > a { color: red }</style><title>T & <b>x</b></title>',
    '<textarea>a <b> c</textarea><xmp>raw</xmp>',
    '</p>stray</ div junk>and</div',
    '<![CDATA[ data ]]><?php echo 1 ?><!doctype html>',
    'ends with <',
    'ends with </',
    'ends with <a href="x',
    'a < b and c > d <<<>>> </>',
  ];
  for (const page of pages) {
    it(`reads ${JSON.stringify(page.slice(0, 40))} as htmlparser2 does`, () => assertSameEvents([page]));
  }

  it('reads a page written in pieces, cut at every place, as htmlparser2 does', () => {
    const page = '<p class="a">Hello <!-- c --> <a href="x">link</a></p><script>x<y</script> tail';
    for (let cut = 0; cut <= page.length; cut++) assertSameEvents([page.slice(0, cut), page.slice(cut)]);
  });

  it('reads every rule fixture as htmlparser2 does', () => {
    const rules = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'rules');
    let pagesRead = 0;
    for (const rule of readdirSync(rules)) {
      for (const name of readdirSync(path.join(rules, rule)).filter((file) => file.endsWith('.html'))) {
        assertSameEvents([readFileSync(path.join(rules, rule, name), 'utf8')]);
        pagesRead++;
      }
    }
    assert.ok(pagesRead > 100, `${pagesRead} pages`);
  });
});
