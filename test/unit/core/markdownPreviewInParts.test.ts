import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { markdownPreview, MarkdownPreviewRenderer, type MarkdownPreview } from '../../../src/core/preview/markdownPreview';
import { markdownSegments, markdownSegmentsAfterEdit } from '../../../src/core/preview/markdownSegments';
import { spliceBetween } from '../../../src/core/preview/textSplice';
import { linePositionText } from '../../../src/core/preview/linePositions';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { seededRandom } from '../../support/seededRandom';

const options = { siteRootHref: 'https://preview.example/site/', sourcePositions: true };

/** The preview without where its parts are (which only the renderer that reads in parts can tell). */
function withoutParts(preview: MarkdownPreview): MarkdownPreview {
  const { parts: _parts, ...rest } = preview;
  return rest;
}

/** Pages mixing paragraphs (where a page can be cut) with every block that could run past a blank line. */
function generatedPages(count: number, random: () => number): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const inline = [
    'plain words',
    '*emphasis*',
    '`code`',
    '[a link](/a "T")',
    '[reference][ref]',
    '![alt](/i.png)',
    '<span>html</span>',
    'www.example.org',
    '<!-- c -->',
  ];
  const blocks = [
    () => `Paragraph ${pick(inline)} ${pick(inline)}\nsecond line ${pick(inline)}`,
    () => `Words ${pick(inline)}`,
    () => `## Heading ${pick(inline)}`,
    () => `Setext ${pick(inline)}\n${pick(['===', '---'])}`,
    () => `- item ${pick(inline)}\n\n  more\n- two`,
    () => `1. one\n\n2. two\n\n   Continued`,
    () => `> quote ${pick(inline)}\n>\n> > nested`,
    () => '```\ncode\n\nWith a blank line\n```',
    () => '~~~~md\n```\nLetters inside\n~~~~',
    () => `    indented code\n\n    After blank`,
    () => `<div class="note">\n\n${pick(inline)}\n\nLater words\n\n</div>`,
    () => `<!--\n\nHidden words\n\n-->`,
    () => `<pre>\n\nKept as is\n</pre>`,
    () => `| a | b |\n| --- | --- |\n| ${pick(inline)} | c |`,
    () => `[ref]: https://example.org/ref "Ref"`,
    () => `<details>\n<summary>More</summary>\n\nInside ${pick(inline)}\n\n</details>`,
    () => `Text with <em>open\n\nAnd closed</em> later`,
    // Lines that start a part though they are not letters, and look-alikes that must not.
    () => `![alt ${pick(inline)}](/i.png) after`,
    () => `${pick(['100%', '2024', '3.5', '1.5x', '1234567890.', '7)x'])} words ${pick(inline)}`,
    () => `${pick(['1.', '1)', '12.', '3)'])} ${pick(['item', ''])}\n\n   More`,
    () => `${pick(['*emph*', '**bold**', '_under_', '__strong__', '-text', '--', '+1', '*', '**', '_'])} start ${pick(inline)}`,
    () => pick(['***', '* * *', '___', '- - -', '---', '+++', '**', '__']),
    () => `${pick(['*', '-', '+'])} item ${pick(inline)}\n\n  continued`,
    () => `| a | b |\n| --- | --- |\n| ${pick(inline)} | d |`,
    () => `\\- escaped ${pick(inline)}`,
    () => `[link](/x) first ${pick(inline)}`,
  ];
  const pages: string[] = [];
  for (let page = 0; page < count; page++) {
    const parts: string[] = [];
    if (random() < 0.5) parts.push('---\ntitle: "A page"\n---');
    const blockCount = 4 + Math.floor(random() * 20);
    for (let i = 0; i < blockCount; i++) parts.push(pick(blocks)());
    pages.push(parts.join(pick(['\n\n', '\n\n', '\n'])) + pick(['\n', '']));
  }
  return pages;
}

/** Typing that can change what a part is: fences, raw HTML, definitions, lists, quotes, blank lines. */
const typed = [
  '```',
  '\n```\n',
  '~~~\n',
  '<!--',
  '-->',
  '\n<div>\n',
  '</div>',
  '\n[ref]: /other\n',
  '[^1]',
  '- ',
  '\n> ',
  '    ',
  '\n\n',
  '\n',
  '# ',
  '\n<pre>\n',
  '</pre>',
  '*',
  '[',
  '\nA',
  '|',
  '\n---\n',
  '\t',
  '1. ',
  'x',
  '!',
  '1) ',
  '2',
  '**',
  '___',
  '-',
  '+ ',
  '\\',
  '\n* ',
  '\n\n1.',
];

function markdownFixtures(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...markdownFixtures(full));
    else if (/\.(md|markdown)$/.test(entry)) found.push(full);
  }
  return found;
}

describe('Markdown preview read in parts', () => {
  it('shows exactly what reading the whole page shows, on generated pages and after edits of every kind', function () {
    this.timeout(120_000);
    const random = seededRandom(0x9a9e5);
    let inParts = 0;
    for (const [index, page] of generatedPages(60, random).entries()) {
      const renderer = new MarkdownPreviewRenderer();
      // As the preview asks: positions by line and column, kept for parts whose first line did not move.
      const byLine = new MarkdownPreviewRenderer();
      const sameByLine = (text: string, message: string) => {
        const lines = new LineIndex(text);
        const whole = markdownPreview(text, { ...options, positionText: (span) => linePositionText(lines, span) });
        assert.deepEqual(withoutParts(byLine.render(text, { ...options, positionsByLine: lines })), whole, message);
      };
      assert.deepEqual(withoutParts(renderer.render(page, options)), markdownPreview(page, options), `page ${index}`);
      sameByLine(page, `page ${index} by line`);
      if (renderer.stats.inParts && renderer.stats.parts > 1) inParts++;
      let text = page;
      for (let edit = 0; edit < 6; edit++) {
        // Every other edit lands in the first lines, where the page settings are.
        const at = Math.floor(random() * (edit % 2 === 0 ? Math.min(text.length, 30) + 1 : text.length + 1));
        text = text.slice(0, at) + typed[Math.floor(random() * typed.length)] + text.slice(at);
        // The page, its settings card and what search and social sites read: all as when the page is read whole.
        assert.deepEqual(withoutParts(renderer.render(text, options)), markdownPreview(text, options), `page ${index}, edit ${edit}: ${JSON.stringify(text)}`);
        sameByLine(text, `page ${index}, edit ${edit} by line: ${JSON.stringify(text)}`);
      }
    }
    assert.ok(inParts >= 30, `most generated pages were cut into parts (${inParts} of 60)`);
  });

  it('after an edit, cuts again only the parts it falls in, into the parts cutting the whole page gives', function () {
    this.timeout(120_000);
    const random = seededRandom(0xc075);
    let cutAfterEdit = 0;
    let renderedAfterEdit = 0;
    let edits = 0;
    for (const [index, page] of generatedPages(60, random).entries()) {
      const renderer = new MarkdownPreviewRenderer();
      renderer.render(page, options);
      let text = page;
      for (let edit = 0; edit < 8; edit++) {
        // Typing, deleting (a letter, or a span that can take a blank line or a fence's end with it) and replacing.
        const at = Math.floor(random() * (text.length + 1));
        const removed = edit % 4 === 1 ? 0 : Math.floor(random() * (edit % 4 === 2 ? 12 : 2));
        const inserted = edit % 4 === 2 ? '' : typed[Math.floor(random() * typed.length)];
        const next = text.slice(0, at) + inserted + text.slice(at + removed);
        const from = next.startsWith('---\ntitle: "A page"\n---') ? '---\ntitle: "A page"\n---'.length : 0;
        const before = markdownSegments(text, from);
        const whole = markdownSegments(next, from);
        const after = before && markdownSegmentsAfterEdit(before, next, from, spliceBetween(text, next), text);
        edits++;
        if (after) {
          cutAfterEdit++;
          const { keptBefore, keptAfter, ...cut } = after;
          assert.deepEqual(cut, whole, `page ${index}, edit ${edit}: ${JSON.stringify({ text, next })}`);
          assert.ok(keptBefore + keptAfter <= cut.segments.length && keptBefore + keptAfter <= before.segments.length);
        }
        const lines = new LineIndex(next);
        assert.deepEqual(
          withoutParts(renderer.render(next, { ...options, positionsByLine: lines })),
          markdownPreview(next, { ...options, positionText: (span) => linePositionText(lines, span) }),
          `page ${index}, edit ${edit} rendered: ${JSON.stringify(next)}`,
        );
        if (renderer.stats.cutAfterEdit) renderedAfterEdit++;
        text = next;
      }
    }
    // Most edits fall inside a part and are cut again alone; the rest are cut whole (and compared above too).
    assert.ok(cutAfterEdit >= edits / 3, `${cutAfterEdit} of ${edits} edits cut again in place`);
    assert.ok(renderedAfterEdit >= edits / 3, `${renderedAfterEdit} of ${edits} renders cut again in place`);
  });

  it('after edits of every kind on every Markdown fixture, shows what reading the whole page shows', function () {
    this.timeout(120_000);
    const random = seededRandom(0xf1c5);
    const root = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
    for (const file of markdownFixtures(root)) {
      let text = readFileSync(file, 'utf8');
      const renderer = new MarkdownPreviewRenderer();
      renderer.render(text, options);
      for (let edit = 0; edit < 6; edit++) {
        const at = Math.floor(random() * (text.length + 1));
        const removed = edit % 3 === 2 ? Math.floor(random() * 8) : 0;
        text = text.slice(0, at) + (edit % 3 === 2 ? '' : typed[Math.floor(random() * typed.length)]) + text.slice(at + removed);
        assert.equal(renderer.render(text, options).html, markdownPreview(text, options).html, `${path.relative(root, file)}, edit ${edit}`);
      }
    }
  });

  it('shows exactly the same on every Markdown fixture', function () {
    this.timeout(60_000);
    const root = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
    for (const file of markdownFixtures(root)) {
      const text = readFileSync(file, 'utf8');
      assert.equal(new MarkdownPreviewRenderer().render(text, options).html, markdownPreview(text, options).html, path.relative(root, file));
    }
  });

  it('reads the page settings again only when they changed, and shows each change of them', () => {
    const body = Array.from({ length: 20 }, (_, index) => `Paragraph ${index} with *words*.`).join('\n\n');
    const renderer = new MarkdownPreviewRenderer();
    const versions = [
      `---\ntitle: "Opening hours"\ndescription: Times\n---\n${body}`,
      `---\ntitle: "Opening hours"\ndescription: Times\n---\n${body} more`,
      `---\ntitle: "Opening hours today"\ndescription: Times\n---\n${body} more`,
      // The closing line changed: no longer settings the page can read.
      `---\ntitle: "Opening hours today"\ndescription: Times\n---x\n${body} more`,
      `---\ntitle: "Opening hours today"\ndescription: Times\n---\n${body} more`,
      `---\ntitle: "Opening hours today"\ndescription: Times\n---`,
      `---\ntitle: "Opening hours today"\ndescription: Times\n---\r\n${body}`,
      `---\r\ntitle: [unclosed\r\n---\r\n${body}`,
      `---\r\ntitle: [closed]\r\n---\r\n${body}`,
      `# No settings\n\n${body}`,
    ];
    for (const text of versions)
      assert.deepEqual(withoutParts(renderer.render(text, options)), markdownPreview(text, options), JSON.stringify(text.slice(0, 80)));
    assert.equal(renderer.render(versions[2], options).card?.title, 'Opening hours today');
    assert.equal(renderer.render(versions[2], options).meta.title, 'Opening hours today');
  });

  it('limits a paragraph with more marks than the parser reads exactly as the whole page does', function () {
    this.timeout(60_000);
    const paragraphs = Array.from({ length: 12 }, (_, index) => `Paragraph ${index} with *words* and [a link](/p${index}).`);
    const atBudget = `Marks ${'*a* '.repeat(250)}`; // 500 marks: all read
    const overBudget = `Marks ${'*b* '.repeat(300)}\n${'[c] '.repeat(1100)}`; // 600 marks and 2200 brackets: the later ones are plain text
    const renderer = new MarkdownPreviewRenderer();
    const pages = [
      [...paragraphs, atBudget].join('\n\n'),
      [...paragraphs, atBudget, 'Typed'].join('\n\n'),
      [...paragraphs.slice(0, 6), overBudget, ...paragraphs.slice(6)].join('\n\n'),
      [...paragraphs.slice(0, 6), overBudget, ...paragraphs.slice(6), 'Typed'].join('\n\n'),
      [...paragraphs.slice(0, 6), `${overBudget}\n\nSplit`, ...paragraphs.slice(6)].join('\n\n'),
      [...paragraphs.slice(0, 6), atBudget.replace('*a* ', '*a*\n\n'), ...paragraphs.slice(6)].join('\n\n'),
      `---\ntitle: Marks\n---\n${overBudget}`,
    ];
    for (const page of pages) assert.deepEqual(withoutParts(renderer.render(page, options)), markdownPreview(page, options), page.slice(0, 60));
  });

  it('reads again only the part that changed while typing in a paragraph', () => {
    const paragraphs = Array.from({ length: 200 }, (_, index) => `Paragraph ${index} with [a link](/p${index}) and *words*.`);
    const text = paragraphs.join('\n\n');
    const renderer = new MarkdownPreviewRenderer();
    renderer.render(text, options);
    assert.deepEqual(renderer.stats, { parts: 200, read: 200, inParts: true, safeInParts: true, cutAfterEdit: false });
    const at = text.indexOf('Paragraph 100') + 'Paragraph 100'.length;
    const edited = `${text.slice(0, at)} more${text.slice(at)}`;
    const html = renderer.render(edited, options).html;
    assert.deepEqual(renderer.stats, { parts: 200, read: 1, inParts: true, safeInParts: true, cutAfterEdit: true });
    assert.equal(html, markdownPreview(edited, options).html);
    assert.ok(html.includes('Paragraph 100 more with'), 'the typed words are shown');

    // By line: a line added above moves every later part's positions down by one, and they are written anew.
    const byLine = new MarkdownPreviewRenderer();
    for (const version of [text, edited, `${edited.slice(0, at)}\n${edited.slice(at)}`, `Top\n${edited}`]) {
      const lines = new LineIndex(version);
      const shown = byLine.render(version, { ...options, positionsByLine: lines }).html;
      assert.equal(shown, markdownPreview(version, { ...options, positionText: (span) => linePositionText(lines, span) }).html);
      const last = version.lastIndexOf('Paragraph 199');
      assert.ok(shown.includes(`data-cb-src="${lines.positionAt(last).line}:0-`), 'the last paragraph is on the line it is on now');
    }
  });

  it('makes the page safe in parts, with raw HTML that runs on from one part into the next kept together, and whole where it never closes', () => {
    const paragraphs = Array.from({ length: 30 }, (_, index) => `Paragraph ${index}.`).join('\n\n');
    for (const [page, inParts] of [
      ['Intro\n\n<div class="note">\n\nInside\n\n</div>\n\nAfter', true],
      ['Intro\n\n<details>\n<summary>More</summary>\n\nInside *words*\n\n</details>\n\nAfter', true],
      ['Intro\n\nText with <em>open\n\nAnd closed</em> later', true],
      ['Intro\n\n<script>\n\nvar a = 1;\n\n</script>\n\nAfter', true],
      ['Intro\n\n<div class="note">Inside</div>\n\nText with <span>closed</span>\n\n<!-- c -->\n\nAfter', true],
      [`Intro\n\n<div class="never closed">\n\n${paragraphs}`, false],
    ] as const) {
      for (const positionText of [undefined, (span: { start: number; end: number }) => `${span.start}~${span.end}`]) {
        const renderer = new MarkdownPreviewRenderer();
        const html = renderer.render(page, { ...options, positionText }).html;
        assert.equal(renderer.stats.safeInParts, inParts, page);
        assert.equal(html, markdownPreview(page, { ...options, positionText }).html, page);
        // Typed into, the runs made safe before are reused where they did not change.
        const typed = page.replace('Intro', 'Introduction');
        assert.equal(renderer.render(typed, { ...options, positionText }).html, markdownPreview(typed, { ...options, positionText }).html, typed);
      }
    }
  });

  it('reads the whole page where a part cannot be read alone', () => {
    assert.equal(markdownSegments('A note[^1].\n\nText\n\n[^1]: The note.'), undefined, 'footnotes are numbered across the page');
    assert.equal(markdownSegments('- item\n  ```\n  code\n\nText'), undefined, 'a fence indented as if in a list');
    assert.equal(markdownSegments('[a]: /x\n[b]: /y\n\nText\n\n[A]: /z'), undefined, 'a label defined twice');
    assert.equal(markdownSegments('Text\n[a]: /x'), undefined, 'a definition line inside a paragraph');
    // In a table or an HTML block a blank line ends, a fence is the table's or the block's own text.
    for (const page of ['| a | b |\n| - | - |\n| c | d |\n```\ncode\n\nWith\n```\nAfter', '<div>\n```\ncode\n\nWith\n```\nAfter', 'a | b\n<!--\n\nWith\n-->']) {
      assert.equal(markdownSegments(page), undefined, page);
      assert.equal(new MarkdownPreviewRenderer().render(page, options).html, markdownPreview(page, options).html, page);
    }
    // Paragraphs starting with an image, digits or emphasis start a part; list items, rules and definitions do not.
    const starts = (text: string) => markdownSegments(text)?.segments.map(({ start, end }) => text.slice(start, end).split('\n')[0]);
    assert.deepEqual(starts('Intro\n\n![A photo](/p.jpg)\n\n100% done\n\n3.5 hours\n\n*Note* here\n\n**Bold** start\n\n| a | b |'), [
      'Intro',
      '![A photo](/p.jpg)',
      '100% done',
      '3.5 hours',
      '*Note* here',
      '**Bold** start',
      '| a | b |',
    ]);
    assert.deepEqual(starts('Intro\n\n1. one\n\n2) two\n\n* item\n\n- item\n\n+ item\n\n***\n\n_ _ _\n\n[a](/b)\n\n[x]: /y'), ['Intro', '[a](/b)']);
    assert.deepEqual(markdownSegments('```\nOne\n\nTwo\n```\n\nThree\n\n- four\n\nFive')?.segments, [
      { start: 0, end: 18 },
      { start: 18, end: 33 },
      { start: 33, end: 37 },
    ]);
  });
});
