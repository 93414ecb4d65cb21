import * as assert from 'node:assert/strict';
import { pageScore, severityCounts } from '../../../src/core/site/pageScore';
import { buildSiteReport, type HistoryPoint } from '../../../src/core/site/reportModel';
import { historyChartSvg } from '../../../src/core/site/reportChart';
import { siteReportMarkdown } from '../../../src/core/site/reportMarkdown';
import { siteReportHtml } from '../../../src/core/site/reportHtml';
import type { Finding, Severity } from '../../../src/core/types';

function finding(ruleId: string, severity: Severity, line: number, message = `${ruleId} problem`): Finding {
  return { ruleId, severity, message, startOffset: 0, endOffset: 1, range: { start: { line, character: 2 }, end: { line, character: 5 } }, fixes: [] };
}

const titles: Record<string, string> = { 'image-alt': 'Images need alt text', 'document-title': 'Pages need a title', 'reading-level': 'Easy to read' };
const checkTitle = (id: string) => titles[id] ?? id;

describe('site report: score', () => {
  it('starts at 100 and takes a share of what is left for each problem', () => {
    assert.equal(pageScore({ error: 0, warning: 0, info: 0 }), 100);
    assert.equal(pageScore({ error: 1, warning: 0, info: 0 }), 90);
    assert.equal(pageScore({ error: 2, warning: 0, info: 0 }), 81);
    assert.equal(pageScore({ error: 0, warning: 1, info: 0 }), 97);
    assert.equal(pageScore({ error: 0, warning: 0, info: 1 }), 99);
    assert.equal(pageScore({ error: 1, warning: 1, info: 1 }), 86); // 100 × 0.9 × 0.97 × 0.99 = 86.4
  });

  it('never goes below 0 and still improves with each fix on a very bad page', () => {
    const terrible = pageScore({ error: 500, warning: 0, info: 0 });
    assert.equal(terrible, 0);
    assert.ok(pageScore({ error: 10, warning: 0, info: 0 }) > pageScore({ error: 11, warning: 0, info: 0 }));
  });

  it('counts findings by severity', () => {
    assert.deepEqual(severityCounts([finding('a', 'error', 0), finding('b', 'info', 0), finding('c', 'error', 0)]), { error: 2, warning: 0, info: 1 });
  });
});

describe('site report: model', () => {
  const report = buildSiteReport({
    siteName: 'library',
    checkedAt: '2026-12-01T13:50:00.000Z',
    checkTitle,
    history: [{ time: '2026-11-30T09:00:00.000Z', problems: 9, pages: 3 }],
    pages: [
      { path: 'clean.html', findings: [] },
      { path: 'events.html', findings: [finding('image-alt', 'error', 4), finding('document-title', 'error', 1)] },
      { path: 'about.md', findings: [finding('reading-level', 'info', 10), finding('image-alt', 'error', 2)] },
    ],
  });

  it('lists pages worst first, with 1-based lines and columns in reading order', () => {
    assert.deepEqual(
      report.pages.map((page) => [page.path, page.score]),
      [
        ['events.html', 81],
        ['about.md', 89],
        ['clean.html', 100],
      ],
    );
    assert.deepEqual(
      report.pages[0].problems.map((problem) => [problem.line, problem.column, problem.check]),
      [
        [2, 3, 'Pages need a title'],
        [5, 3, 'Images need alt text'],
      ],
    );
  });

  it('groups problems by check, most first, counting the pages each is on', () => {
    assert.deepEqual(
      report.checks.map((check) => [check.check, check.problems, check.pages]),
      [
        ['Images need alt text', 2, 2],
        ['Pages need a title', 1, 1],
        ['Easy to read', 1, 1],
      ],
    );
    assert.equal(report.problemCount, 4);
    assert.deepEqual(report.counts, { error: 3, warning: 0, info: 1 });
    assert.equal(report.averageScore, 90); // (81 + 89 + 100) / 3
  });

  it('adds this check to the trend and keeps the last 20', () => {
    assert.deepEqual(report.history.at(-1), { time: '2026-12-01T13:50:00.000Z', problems: 4, pages: 3 });
    const long: HistoryPoint[] = Array.from({ length: 30 }, (_, index) => ({
      time: new Date(Date.UTC(2026, 0, index + 1)).toISOString(),
      problems: index,
      pages: 1,
    }));
    const trimmed = buildSiteReport({ siteName: 's', checkedAt: '2026-12-01T00:00:00.000Z', checkTitle, history: long, pages: [] });
    assert.equal(trimmed.history.length, 20);
    assert.equal(trimmed.history[0].problems, 11);
    assert.equal(trimmed.averageScore, 100);
  });
});

describe('site report: exports', () => {
  const report = buildSiteReport({
    siteName: 'library',
    checkedAt: '2026-12-01T13:50:00.000Z',
    checkTitle,
    history: [{ time: '2026-11-30T09:00:00.000Z', problems: 9, pages: 2 }],
    pages: [
      { path: 'news/a|b.html', findings: [finding('image-alt', 'error', 4, 'The image <img> has no *alt* text')] },
      { path: 'clean.html', findings: [] },
    ],
  });

  it('writes Markdown with the summary, pages worst first, checks, trend and each problem', () => {
    assert.equal(
      siteReportMarkdown(report),
      [
        '# Site report: library',
        '',
        'Checked 1 Dec 2026, 13:50 UTC: 2 pages, 1 problem (1 error, no warnings, no notes). Average score 95 out of 100.',
        '',
        '*Each page starts at 100. Every error takes away 10 % of what is left, every warning 3 % and every note 1 %, so one error weighs about as much as three warnings.*',
        '',
        '## Pages, worst first',
        '',
        '| Page | Score | Errors | Warnings | Notes |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| news/a\\|b.html | 90 | 1 | 0 | 0 |',
        '| clean.html | 100 | 0 | 0 | 0 |',
        '',
        '## Problems by check',
        '',
        '| Check | Problems | Pages |',
        '| --- | ---: | ---: |',
        '| Images need alt text | 1 | 1 |',
        '',
        '## Problems over the last 2 checks',
        '',
        '| Checked | Pages | Problems |',
        '| --- | ---: | ---: |',
        '| 30 Nov 2026, 09:00 UTC | 2 | 9 |',
        '| 1 Dec 2026, 13:50 UTC | 2 | 1 |',
        '',
        '## Problems on each page',
        '',
        '### news/a\\|b.html (score 90)',
        '',
        '- Line 5, column 3: **Error**: The image \\<img\\> has no \\*alt\\* text (Images need alt text)',
        '',
      ].join('\n'),
    );
  });

  it('writes one self-contained HTML file with everything escaped and the chart inline', () => {
    const html = siteReportHtml(report);
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes('<title>Site report: library</title>'));
    assert.ok(html.includes('The image &lt;img&gt; has no *alt* text'), 'the message is escaped');
    assert.ok(!html.includes('<img>'), 'no markup from a message gets through');
    assert.ok(html.includes('<svg'), 'the trend chart is inline');
    assert.ok(!/<script|src=|href=/i.test(html), 'no scripts and no outside files');
    assert.ok(html.indexOf('news/a|b.html') < html.indexOf('clean.html'), 'worst page first');
  });

  it('draws the trend as a line through one dot per check, with an accessible summary', () => {
    const svg = historyChartSvg([
      { time: '2026-11-29T09:00:00.000Z', problems: 10, pages: 2 },
      { time: '2026-11-30T09:00:00.000Z', problems: 5, pages: 2 },
      { time: '2026-12-01T09:00:00.000Z', problems: 0, pages: 2 },
    ]);
    assert.equal((svg.match(/<circle/g) ?? []).length, 3);
    assert.ok(svg.includes('<polyline'));
    assert.ok(svg.includes('aria-label="Problems over the last 3 checks: from 10 to 0."'));
    assert.ok(!svg.includes('style='), 'no inline styles: the webview CSP would block them');
    // The highest count is at the top of the plot, zero on the axis.
    assert.ok(svg.includes('points="40,12 254,72 468,132"'), svg);
    assert.ok(historyChartSvg([]).includes('No checks yet.'));
  });
});

describe('site report: layouts and partials are not pages', () => {
  const report = buildSiteReport({
    siteName: 'library',
    checkedAt: '2026-12-01T13:50:00.000Z',
    checkTitle,
    pages: [
      { path: 'index.html', findings: [finding('reading-level', 'info', 3)], role: 'page' },
      { path: '_layouts/default.html', findings: [finding('image-alt', 'error', 4), finding('image-alt', 'error', 9)], role: 'layout' },
      { path: 'about.md', findings: [] },
    ],
  });

  it('counts only pages, and scores the site by its pages alone; a layout is listed after the pages, with its problems', () => {
    assert.equal(report.pageCount, 2);
    assert.equal(report.averageScore, 100); // (99 + 100) / 2, rounded: the layout's 81 does not count
    assert.equal(report.history.at(-1)?.pages, 2);
    assert.deepEqual(
      report.pages.map((page) => [page.path, page.layout ?? false]),
      [
        ['index.html', false],
        ['about.md', false],
        ['_layouts/default.html', true],
      ],
    );
    assert.equal(report.problemCount, 3);
  });

  it('names a layout as one in both exports', () => {
    const markdown = siteReportMarkdown(report);
    assert.match(markdown, /: 2 pages, 3 problems/);
    assert.match(markdown, /\| \\_layouts\/default\.html \(layout or partial\) \| 81 \| 2 \| 0 \| 0 \|/);
    assert.match(markdown, /### \\_layouts\/default\.html \(layout or partial\) \(score 81\)/);
    const html = siteReportHtml(report);
    assert.match(html, /: 2 pages, 3 problems/);
    assert.match(html, /<th scope="row">_layouts\/default\.html \(layout or partial\)<\/th><td>81<\/td>/);
  });
});
