import * as assert from 'node:assert/strict';
import { linePositionText, sourceSpanOf } from '../../../src/core/preview/linePositions';
import { MarkdownPreviewRenderer } from '../../../src/core/preview/markdownPreview';
import { preparePreviewPage } from '../../../src/core/preview/preparePreviewHtml';
import { LineIndex } from '../../../src/core/text/lineIndex';

/** Every `data-cb-src` value in the page, in order. */
function positions(html: string): string[] {
  const found: string[] = [];
  for (let at = html.indexOf('data-cb-src="'); at !== -1; at = html.indexOf('data-cb-src="', at + 1)) {
    const start = at + 'data-cb-src="'.length;
    found.push(html.slice(start, html.indexOf('"', start)));
  }
  return found;
}

const htmlPage = [
  '<!doctype html><html lang="en"><head><title>Opening hours</title></head><body>',
  '<h1>Opening hours</h1>',
  '<p>We are open <strong>every day</strong>, with <a href="/times.html">late evenings</a> in summer.</p>',
  '<ul>',
  '  <li>Monday to Friday: 9 to 17</li>',
  '  <li>Saturday\r\n  and Sunday: 10 to 16</li>',
  '</ul>',
  '<p>Closed on <em>public holidays</em>.</p>',
  '</body></html>',
].join('\n');

const markdownPage = [
  '---',
  'title: Opening hours',
  '---',
  '# Opening hours',
  '',
  'We are open **every day**, with [late evenings](/times.md) in summer.',
  '',
  '- Monday to Friday',
  '- Saturday and Sunday',
  '',
  'Closed on *public holidays*.',
  '',
].join('\n');

function htmlPositions(text: string, byLine: boolean): string[] {
  const lines = new LineIndex(text);
  return positions(preparePreviewPage(text, { sourceOf: (span) => span, ...(byLine ? { positionText: (span) => linePositionText(lines, span) } : {}) }).html);
}

function markdownPositions(text: string, byLine: boolean): string[] {
  const lines = new LineIndex(text);
  return positions(
    new MarkdownPreviewRenderer().render(text, { sourcePositions: true, ...(byLine ? { positionText: (span) => linePositionText(lines, span) } : {}) }).html,
  );
}

describe('Preview: source positions by line and column', () => {
  for (const [kind, text, positionsOf] of [
    ['an HTML page', htmlPage, htmlPositions],
    ['a Markdown page', markdownPage, markdownPositions],
  ] as const) {
    it(`read back as the same offsets as before, for every element of ${kind}`, () => {
      const byOffset = positionsOf(text, false);
      const byLine = positionsOf(text, true);
      assert.ok(byOffset.length >= 6, 'the page has positioned elements');
      const starts = new LineIndex(text).starts;
      assert.deepEqual(
        byLine.map((value) => sourceSpanOf(value, starts)),
        byOffset.map((value) => sourceSpanOf(value, undefined)),
      );
    });

    it(`change only on the edited line when a letter is typed in ${kind}`, () => {
      const at = text.indexOf('every day');
      const typed = `${text.slice(0, at)}x${text.slice(at)}`;
      const before = positionsOf(text, true);
      const after = positionsOf(typed, true);
      const editedLine = new LineIndex(text).positionAt(at).line;
      const changed = after.filter((value, index) => value !== before[index]);
      assert.ok(changed.length > 0, 'the edited paragraph ends later');
      // Offsets would have moved every element after the letter; by line, only elements on the edited line move.
      for (const value of changed) assert.ok(value.includes(`${editedLine}:`), `${value} is on line ${editedLine}`);
      assert.ok(
        positionsOf(typed, false).filter((value, index) => value !== positionsOf(text, false)[index]).length > changed.length,
        'offsets change for more elements',
      );
    });
  }

  it('refuses values that are not positions, and lines the page does not have', () => {
    const starts = [0, 10, 25];
    assert.deepEqual(sourceSpanOf('1:2-2:0', starts), { start: 12, end: 25 });
    assert.deepEqual(sourceSpanOf('4-9', starts), { start: 4, end: 9 });
    for (const value of ['', '5', '-5', 'a-b', '1:2-', ':2-1:0', '1:-1:0', '2:0-1:0', '3:0-3:1', '1.5:0-2:0', '0:0-0:x'])
      assert.equal(sourceSpanOf(value, starts), undefined, value);
    assert.equal(sourceSpanOf('0:0-1:0', undefined), undefined, 'without the line starts, a line position means nothing');
  });
});
