import * as assert from 'node:assert/strict';
import { checkDocument, checkMarkdown, documentKindOf, escapeAnswer, type Finding, type Fix } from '../../../src/core';
import { maskSource } from '../../../src/core/templates/maskSource';
import { limitInlineMarks, nestedTooDeeply } from '../../../src/core/markdown/limits';
import type { FrontMatter } from '../../../src/core/frontMatter/frontMatter';
import { readFixture } from '../fixtureExpectations';

/** What a user sees of a finding: rule, line:column–line:column (1-based, as the editor shows them), the text. */
function seen(text: string, finding: Finding): string {
  const { start, end } = finding.range;
  return `${finding.ruleId} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${text.slice(finding.startOffset, finding.endOffset)}`;
}

function seenAll(text: string, findings: readonly Finding[]): string[] {
  return findings.map((finding) => seen(text, finding));
}

/** The text after a fix, with `answer` typed when the fix asks for words. */
function applyFix(text: string, fix: Fix, answer = ''): string {
  if (fix.ask) {
    const { start, end, before, after, escape } = fix.ask;
    return text.slice(0, start) + before + escapeAnswer(escape, answer) + after + text.slice(end);
  }
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

const ours = (findings: readonly Finding[]) => findings.filter((finding) => !/^MD\d{3}$/.test(finding.ruleId));

describe('Markdown pages: our rules at the exact Markdown source', () => {
  const post = readFixture('markdown', 'post.md');

  it('reports images at ![…], link text at […], a heading at its # line and raw HTML at its tag', () => {
    assert.deepEqual(seenAll(post, ours(checkMarkdown(post))), [
      'image-alt 3:32-3:35 ![]',
      'link-text 5:15-5:27 [click here]',
      'heading-order 7:1-7:18 ### Planting days',
      'unsized-images 9:1-9:28 <img src="photos/beds.jpg">',
      'image-alt 9:1-9:28 <img src="photos/beds.jpg">',
      'image-alt 12:20-12:24 ![ ]',
      'link-text 14:31-14:37 [more]',
      'link-name 18:12-18:14 []',
    ]);
  });

  it('a clean page (lists, code, setext heading, footnotes, a disabled line) has no findings', () => {
    const clean = readFixture('markdown', 'clean.md');
    assert.deepEqual(seenAll(clean, ours(checkMarkdown(clean))), []);
  });

  it('asks for alt text inside ![…], escaped for Markdown', () => {
    const finding = checkMarkdown(post).find((candidate) => candidate.ruleId === 'image-alt')!;
    assert.equal(finding.fixes.length, 1, 'Markdown cannot mark an image as decoration, so only the question is offered');
    const fix = finding.fixes[0];
    assert.equal(fix.ask?.escape, 'markdown');
    const fixed = applyFix(post, fix, 'Ribbon cutting [day one]');
    assert.ok(fixed.includes('![Ribbon cutting \\[day one\\]](photos/opening.jpg)'), fixed.split('\n')[2]);
    assert.equal(ours(checkMarkdown(fixed)).filter((candidate) => candidate.ruleId === 'image-alt').length, 2);
  });

  it('replaces only spaces between the brackets of ![ ]', () => {
    const finding = checkMarkdown(post).find((candidate) => candidate.ruleId === 'image-alt' && candidate.range.start.line === 11)!;
    assert.ok(applyFix(post, finding.fixes[0], 'Gardening gloves').includes('- Bring gloves and ![Gardening gloves](photos/gloves.jpg)'));
  });

  it('rewrites link text inside […], leaving the address alone', () => {
    const finding = checkMarkdown(post).find((candidate) => candidate.ruleId === 'link-text')!;
    const fix = finding.fixes.find((candidate) => candidate.ask)!;
    assert.ok(applyFix(post, fix, 'Volunteer sign-up').includes('To volunteer, [Volunteer sign-up](/volunteer).'));
  });

  it('fixes raw HTML inside Markdown as HTML, at its exact place', () => {
    const finding = checkMarkdown(post).find((candidate) => candidate.ruleId === 'image-alt' && candidate.range.start.line === 8)!;
    assert.ok(
      applyFix(post, finding.fixes[0], 'Raised beds').includes('<img alt="Raised beds" src="photos/beds.jpg">') ||
        applyFix(post, finding.fixes[0], 'Raised beds').includes('<img src="photos/beds.jpg" alt="Raised beds">'),
    );
  });

  it('does not ask Markdown images for a width and height it cannot write', () => {
    const ids = checkMarkdown('# Garden opening day\n\n![A hen](hen.jpg)\n').map((finding) => finding.ruleId);
    assert.ok(!ids.includes('unsized-images'), ids.join());
  });

  it('maps headings written with underlines, reference images and images in quotes and lists', () => {
    const text = 'Garden opening day\n==================\n\nSection\n-------\n\n#### Deep\n\n> - item ![][logo]\n\n[logo]: logo.png\n';
    assert.deepEqual(seenAll(text, ours(checkMarkdown(text))), ['heading-order 7:1-7:10 #### Deep', 'image-alt 9:10-9:13 ![]']);
  });

  it('a linked image without alt: the link is reported at [ ], and no fix replaces the image with text', () => {
    const text = '# Garden opening day\n\n[![](logo.png)](/home)\n';
    const findings = ours(checkMarkdown(text));
    const link = findings.find((finding) => finding.ruleId === 'link-name');
    assert.equal(link && seen(text, link), 'link-name 3:1-3:16 [![](logo.png)]');
    assert.ok(
      link!.fixes.every((fix) => !fix.ask),
      'no question would write over the image',
    );
    const image = findings.find((finding) => finding.ruleId === 'image-alt')!;
    assert.equal(seen(text, image), 'image-alt 3:2-3:5 ![]');
    assert.ok(applyFix(text, image.fixes[0], 'Garden logo').includes('[![Garden logo](logo.png)](/home)'));
  });

  it('honours content-bridge-disable-next-line in Markdown', () => {
    const text = '# Garden opening day\n\n<!-- content-bridge-disable-next-line image-alt -->\n![](a.png)\n\n![](b.png)\n';
    assert.deepEqual(seenAll(text, ours(checkMarkdown(text))), ['image-alt 6:1-6:4 ![]']);
  });

  it('maps a finding inside raw HTML wrapped around Markdown text one to one', () => {
    const text = '# Garden opening day\n\nSee <a href="/a">click here</a> now.\n';
    assert.deepEqual(seenAll(text, ours(checkMarkdown(text))), ['link-text 3:5-3:18 <a href="/a">']);
  });

  it('a post with front matter and template code: each finding at its place, none inside template code', () => {
    const text = readFixture('markdown', 'hugo-post.md');
    const findings = checkMarkdown(text, { generator: 'hugo' });
    const at = seenAll(text, findings);
    for (const expected of [
      'image-alt 5:20-5:23 ![]',
      'link-text 7:15-7:27 [click here]',
      'MD001 9:1-9:19 #### Planting days',
      'link-text 13:25-13:31 [here]',
    ]) {
      assert.ok(at.includes(expected), `${expected} not in\n${at.join('\n')}`);
    }
    assert.ok(
      findings.some((finding) => finding.ruleId === 'front-matter-title' && finding.range.start.line === 1),
      at.join('\n'),
    );
    const templateCode = [text.indexOf('{{<'), text.indexOf('{% if'), text.indexOf('{% endif')];
    for (const finding of findings) {
      for (const start of templateCode) {
        const end = text.indexOf('}', start) + 2;
        assert.ok(finding.endOffset <= start || finding.startOffset >= end, `${seen(text, finding)} is inside template code`);
      }
    }
  });

  it('keeps offsets of the file when front matter is blanked', () => {
    const text = '---\ntitle: A\n---\n# Heading\n';
    const frontMatter = { format: 'yaml', span: { start: 0, end: 16 }, contentSpan: { start: 4, end: 12 }, entries: new Map() } as FrontMatter;
    const prepared = maskSource(text, frontMatter).text;
    assert.equal(prepared, '   \n        \n   \n# Heading\n');
    assert.equal(prepared.length, text.length);
  });
});

describe('checkDocument chooses HTML or Markdown', () => {
  it('knows the kinds by extension', () => {
    assert.equal(documentKindOf('posts/a.md'), 'markdown');
    assert.equal(documentKindOf('posts/A.Markdown'), 'markdown');
    for (const name of ['index.html', 'a.htm', 'base.njk', 'x.liquid', 'y.hbs', 'z.handlebars']) assert.equal(documentKindOf(name), 'html', name);
    assert.equal(documentKindOf('notes.txt'), undefined);
    assert.equal(documentKindOf('Makefile'), undefined);
  });

  it('checks Markdown as Markdown and HTML as HTML', () => {
    const text = '![](a.png)\n';
    assert.equal(checkDocument(text, { path: 'a.md' }).find((finding) => finding.ruleId === 'image-alt')?.endOffset, 3);
    assert.equal(checkDocument(text, { kind: 'markdown' }).find((finding) => finding.ruleId === 'image-alt')?.endOffset, 3);
    assert.ok(!checkDocument(text, { path: 'a.html' }).some((finding) => finding.ruleId === 'image-alt'));
  });
});

describe('Markdown pages: adversarial input stays fast', () => {
  const cases: Record<string, string> = {
    'deeply nested lists': Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    'deeply nested quotes': `${'>'.repeat(5000)} quote\n`,
    '50,000 opening brackets': '['.repeat(50000),
    'a long run of emphasis': '*a'.repeat(25000),
    'many unclosed links': '[a]('.repeat(12500),
    'many images without alt': '![](x.png) '.repeat(5000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: finishes in seconds, not minutes`, () => {
      // Each took from 8 seconds to minutes before the limits; on an idle machine each now takes well under one.
      // The bound is loose because the test machine is shared.
      const started = Date.now();
      checkMarkdown(text);
      assert.ok(Date.now() - started < 10000, `${name} took ${Date.now() - started} ms`);
    });
  }

  it('answers lists or quotes nested over 100 deep with one note', () => {
    const findings = checkMarkdown(`${'>'.repeat(101)} quote\n`);
    assert.deepEqual(
      findings.map((finding) => finding.ruleId),
      ['too-deep'],
    );
    assert.ok(findings[0].message.includes('quotes'));
    assert.ok(!nestedTooDeeply(`${'>'.repeat(100)} quote\n${'  '.repeat(20)}- item`));
  });

  it('reads emphasis and brackets past the limit of one paragraph as plain text, keeping every offset', () => {
    const text = `${'*a'.repeat(600)}\n\n*b*`;
    const limited = limitInlineMarks(text);
    assert.equal(limited.length, text.length);
    assert.equal(limited.split('*').length - 1, 502, "the first 500 marks, then the next paragraph's two");
    assert.equal(limitInlineMarks('plain *text*'), 'plain *text*');
  });
});
