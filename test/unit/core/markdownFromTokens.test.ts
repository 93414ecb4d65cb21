import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { mdastFromTokens, type MarkdownlintParse } from '../../../src/core/markdown/fromTokens';
import { parseMarkdown, type ParsedMarkdown } from '../../../src/core/markdown/parseMarkdown';
import { lintMarkdown } from '../../../src/core/markdown/markdownlint/lintMarkdown';
import { readFrontMatter } from '../../../src/core/frontMatter/frontMatter';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { seededRandom } from '../../support/seededRandom';

/** What the renderer reads of a tree: every field but `label` (never rendered), positions as offsets, spans. */
function comparable(parsed: ParsedMarkdown): unknown {
  const walk = (node: Record<string, unknown>): unknown => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'label' || key === 'data' || value === undefined) continue;
      if (key === 'position') {
        const position = value as { start: { offset: number }; end: { offset: number } };
        out[key] = `${position.start.offset}-${position.end.offset}`;
      } else if (key === 'children') {
        out[key] = (value as Record<string, unknown>[]).map(walk);
      } else {
        out[key] = value;
      }
    }
    const spans = parsed.spans.get(node as never);
    if (spans) out['spans'] = JSON.stringify(spans);
    return out;
  };
  const { position: _position, ...root } = parsed.root as unknown as Record<string, unknown>;
  return walk(root);
}

/** Both ways of parsing one page (front matter kept, as checkMarkdown gives it to markdownlint). */
function bothParses(text: string): { shared: ParsedMarkdown | undefined; own: ParsedMarkdown } {
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter?.span.end ?? 0;
  const blanked = text.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + text.slice(bodyStart);
  const lines = new LineIndex(text);
  let parse: MarkdownlintParse | undefined;
  lintMarkdown(text, lines, { frontMatter, onParse: (shared) => (parse = shared) });
  assert.ok(parse, 'markdownlint hands its parse on');
  return { shared: mdastFromTokens(parse, text, lines), own: parseMarkdown(blanked) };
}

/** Seeded pages mixing every construct the builder handles, with the awkward cases of each. */
function generatedPages(count: number): string[] {
  const random = seededRandom(0x5eed7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const inline = [
    'plain words',
    '*emphasis*',
    '__strong__',
    '***both***',
    '`code`',
    '``co`de``',
    '[a link](https://example.org/a "Title")',
    '[link *with* `code`](/page)',
    '[reference][ref]',
    '[Ref][]',
    '[ref]',
    '[missing][nowhere]',
    '![alt text](photo.jpg)',
    '![alt *em* and `code`](p.png "t")',
    '![](empty.png)',
    '![ref image][ref]',
    '[![linked image](i.png)](/target)',
    '<https://example.org/auto>',
    '<mail@example.org>',
    'www.example.org/path',
    'https://example.org/bare?x=1.',
    'contact@example.org',
    'a\\*b\\[c\\]',
    '&amp; &copy; &#35; &#x41; &nosuch;',
    '<span class="x">inline html</span>',
    '<!-- a comment -->',
    'a footnote[^note]',
    'line with trailing spaces  \nnext line',
    'escaped break\\\nnext',
    'tab\there',
    'café “quoted” — 12%',
    '[link\nover lines](/x)',
    '**unclosed',
    '_under_score_',
  ];
  const blocks = [
    () => `${'#'.repeat(1 + Math.floor(random() * 6))} Heading ${pick(inline)}`,
    () => `Setext ${pick(inline)}\n${pick(['===', '---'])}`,
    () => `${pick(inline)} ${pick(inline)}\n${pick(inline)}`,
    () => `- ${pick(inline)}\n- ${pick(inline)}\n  - nested ${pick(inline)}\n- last`,
    () => `1. one\n\n2. two ${pick(inline)}\n\n   continued\n3. three`,
    () => `3) start\n4) next`,
    () => `* item\n\n  second paragraph\n* item two`,
    () => `-\n  empty first line\n- b`,
    () => `> quoted ${pick(inline)}\n> more\n>\n> > nested`,
    () => `> - list in quote\n> - two`,
    () => '```' + pick(['js', 'python title="x"', '', 'a&amp;b']) + `\nconst a = 1;\n\n  indented\n` + '```',
    () => '~~~\nnever reached\n~~~',
    () => `    indented code\n    second\n\n    after blank`,
    () => `<div class="note">\n<p>Raw ${pick(inline)}</p>\n</div>`,
    () => `<details>\n<summary>More</summary>\n\n${pick(inline)}\n\n</details>`,
    () => `| a | b |\n| :-- | --: |\n| ${pick(inline)} | \`x\\|y\` |\n| c | d |`,
    () => `| centre |\n| :---: |\n| one |`,
    () => `[ref]: https://example.org/ref "Ref title"\n[other]: <with space.html>`,
    () => `[^note]: The note ${pick(inline)}\n    continued`,
    () => '***',
    () => `- [ ] a task\n- [x] done`,
    () => `Text with ~~strike~~`,
    () => `<img src="x.png">`,
    () => `  - indented list\n\tand a tab`,
  ];
  const pages: string[] = [];
  for (let page = 0; page < count; page++) {
    const parts: string[] = [];
    if (random() < 0.5) parts.push('---\ntitle: "A page"\ndescription: x\n---');
    const blockCount = 2 + Math.floor(random() * 8);
    for (let i = 0; i < blockCount; i++) parts.push(pick(blocks)());
    pages.push(parts.join(pick(['\n\n', '\n\n', '\n'])) + pick(['\n', '', '\n\n']));
  }
  return pages;
}

function markdownFixtures(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...markdownFixtures(full));
    else if (/\.(md|markdown)$/.test(entry)) found.push(full);
  }
  return found;
}

describe("Markdown parsed once: the tree built from markdownlint's tokens equals our own parse", () => {
  const fixturesRoot = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

  it('on every Markdown fixture it handles', () => {
    let shared = 0;
    for (const file of markdownFixtures(fixturesRoot)) {
      const text = readFileSync(file, 'utf8');
      const both = bothParses(text);
      if (!both.shared) continue;
      shared++;
      assert.deepEqual(comparable(both.shared), comparable(both.own), path.relative(fixturesRoot, file));
    }
    assert.ok(shared >= 3, `the shared parse was used on ${shared} fixtures`);
  });

  it('on 200 generated pages, and falls back only where the parsers could differ', function () {
    this.timeout(120_000);
    let shared = 0;
    for (const [index, text] of generatedPages(200).entries()) {
      const both = bothParses(text);
      if (!both.shared) {
        assert.ok(/~|\[[ xX]\]|\r/.test(text) || /^ *>|^ *[-*+] |^ *\d+[.)]/m.test(text), `fell back on page ${index} for no reason:\n${text}`);
        continue;
      }
      shared++;
      assert.deepEqual(comparable(both.shared), comparable(both.own), `page ${index}:\n${text}`);
    }
    assert.ok(shared > 60, `the shared parse was used on ${shared} of 200 pages`);
  });

  it('falls back on what markdownlint parses differently: strikethrough, task lists, math, carriage returns', () => {
    for (const text of ['Some ~~old~~ text\n', '- [ ] task\n- [x] done\n', 'Costs $5 and $6\n', '# Title\r\n\r\nText\r\n']) {
      assert.equal(bothParses(text).shared, undefined, JSON.stringify(text));
    }
  });

  it('keeps exact spans of labels and destinations', () => {
    const text = 'Read [the guide](https://example.org/g "T") and ![a cat](cat.jpg).\n';
    const { shared } = bothParses(text);
    assert.ok(shared);
    const paragraph = shared.root.children[0] as { children: object[] };
    const [, link, , image] = paragraph.children;
    assert.deepEqual(shared.spans.get(link as never), { label: { start: 5, end: 16 }, destination: { start: 17, end: 38 } });
    assert.deepEqual(shared.spans.get(image as never), { label: { start: 48, end: 56 }, destination: { start: 57, end: 64 } });
  });
});
