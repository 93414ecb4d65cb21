import * as assert from 'node:assert/strict';
import { checkCrossPage, pageFacts } from '../../../src/core';
import { isCrossPageResponse, unpackFindings } from '../../../src/shared/checkWorkerProtocol';
import { handleWorkerMessage } from '../../../src/worker/handleRequest';

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;
const site = 'file:///work/site';
const texts: Record<string, string> = {
  'index.html': page('Home of the site', '<a href="a.html">A</a> <a href="gone.html">Gone</a>'),
  'a.html': page('Page A of the site', '<a href="index.html#nowhere">Home</a> <img src="missing.png" alt="x">'),
};

/** Sends a page to the worker's handler as the whole-site check does (its facts kept for the site). */
function checkPage(path: string, id: number): void {
  const response = handleWorkerMessage({
    type: 'check',
    id,
    uri: `${site}/${path}`,
    version: -1,
    text: texts[path],
    options: { kind: 'html', path },
    wantFacts: true,
    wantFindings: true,
    site,
  });
  assert.ok(response && response.type === 'checked');
}

function crossPage(id: number, pages: string[], extra: Record<string, unknown> = {}) {
  const response = handleWorkerMessage({ type: 'crossPage', id, site, pages, files: [...pages].sort(), generator: 'plain', ...extra });
  assert.ok(isCrossPageResponse(response), 'the answer is a cross-page answer');
  assert.equal(response.id, id);
  return response;
}

describe('checks across pages where the pages were checked (the worker)', () => {
  it('gives the findings checkCrossPage gives on the same pages, by path', () => {
    checkPage('index.html', 1);
    checkPage('a.html', 2);
    const response = crossPage(3, ['index.html', 'a.html']);
    assert.equal(response.type, 'crossPageChecked');
    const expected = checkCrossPage({
      pages: Object.entries(texts).map(([path, text]) => pageFacts(text, { path, kind: 'html' })),
      files: ['a.html', 'index.html'],
      generator: 'plain',
    });
    const got = new Map(response.paths.map((path, index) => [path, JSON.parse(JSON.stringify(unpackFindings(response.findings[index])))]));
    assert.deepEqual(got, new Map([...expected].map(([path, list]) => [path, JSON.parse(JSON.stringify(list))])));
    assert.deepEqual(
      got.get('index.html')!.map((finding: { ruleId: string }) => finding.ruleId),
      ['missing-page'],
    );
  });

  it('asks for the facts it does not have (after a restart) instead of checking part of the site, then uses them', () => {
    const facts = pageFacts(page('Page B of the site', '<a href="index.html">Home</a>'), { path: 'b.html', kind: 'html' });
    const asked = crossPage(4, ['index.html', 'a.html', 'b.html']);
    assert.deepEqual(asked, { type: 'crossPageMissing', id: 4, missing: ['b.html'] });
    const answered = crossPage(5, ['index.html', 'a.html', 'b.html'], { facts: [facts] });
    assert.equal(answered.type, 'crossPageChecked');
  });

  it('forgets pages no longer in the site, and says when the request is broken', () => {
    const response = crossPage(6, ['index.html']);
    assert.equal(response.type, 'crossPageChecked');
    assert.deepEqual(crossPage(7, ['index.html', 'a.html']), { type: 'crossPageMissing', id: 7, missing: ['a.html'] });
    assert.equal(handleWorkerMessage({ type: 'crossPage', id: 8, site, pages: 'all' }), undefined);
  });
});
