import * as assert from './assert';
import * as vscode from 'vscode';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { siteReportHtml } from '../../src/core/site/reportHtml';
import { siteReportMarkdown } from '../../src/core/site/reportMarkdown';
import { activateExtension, closeAllEditors, workspaceFile } from './helpers';

const encoder = new TextEncoder();
const read = async (path: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(path)));
const exists = async (path: string) => {
  try {
    await vscode.workspace.fs.stat(workspaceFile(path));
    return true;
  } catch {
    return false;
  }
};

/** A partial with an image without alt text: its problem is listed, but it is no page. */
const partial = '<header>\n  <img src="/images/logo.png">\n</header>\n';

describe('Site report: Save as…', () => {
  let api: ContentBridgeApi;
  const asked: vscode.SaveDialogOptions[] = [];
  let answer: vscode.Uri | undefined;

  before(async function () {
    this.timeout(120_000);
    api = await activateExtension();
    await closeAllEditors();
    await vscode.workspace.fs.writeFile(workspaceFile('site-export/partials/header.html'), encoder.encode(partial));
    api.site.report.useSaveDialog(async (options) => {
      asked.push(options);
      return answer;
    });
    await api.site.runWithProgress();
  });

  after(async function () {
    this.timeout(60_000);
    api.site.report.useSaveDialog(undefined);
    api.site.check.clear();
    await api.site.history.clear();
    await vscode.workspace.fs.delete(workspaceFile('site-export'), { recursive: true });
  });

  beforeEach(() => {
    asked.length = 0;
    api.site.report.lastStatus = undefined;
  });

  it('saves the report as Markdown where the person chose, and says where', async () => {
    answer = workspaceFile('site-export/saved report.md');
    await api.site.report.receive({ type: 'export', format: 'markdown', destination: 'file' });
    assert.equal(asked.length, 1, 'the save dialog was shown once');
    assert.equal(asked[0].title, 'Save the site report as Markdown');
    assert.deepEqual(asked[0].filters, { Markdown: ['md'] });
    assert.ok(asked[0].defaultUri?.path.endsWith('/site-report.md'), asked[0].defaultUri?.toString());
    const report = api.site.report.report();
    assert.ok(report, 'a report exists');
    const saved = await read('site-export/saved report.md');
    assert.equal(saved, siteReportMarkdown(report));
    assert.ok(saved.startsWith(`# Site report: `), saved.slice(0, 80));
    assert.ok(saved.includes(`: ${report.pageCount} pages, `), 'the summary counts the pages');
    // The partial is listed with its problem, named as a layout, and not counted as a page.
    const header = report.pages.find((page) => page.path === 'site-export/partials/header.html');
    assert.ok(header?.layout, 'the partial is in the report as a layout');
    assert.ok(
      header.problems.some((problem) => problem.ruleId === 'image-alt' && problem.line === 2),
      'with its image without alt text',
    );
    assert.ok(
      saved.includes(`| site-export/partials/header.html (layout or partial) | ${header.score} | ${header.counts.error} |`),
      'the partial is listed as one',
    );
    assert.equal(report.pageCount, report.pages.filter((page) => !page.layout).length);
    assert.deepEqual(api.site.report.lastStatus, { tone: 'info', text: 'Saved the report as site-export/saved report.md.' });
  });

  it('saves the report as one HTML page', async () => {
    answer = workspaceFile('site-export/report.html');
    await api.site.report.receive({ type: 'export', format: 'html', destination: 'file' });
    assert.equal(asked[0].title, 'Save the site report as HTML');
    assert.deepEqual(asked[0].filters, { 'Web page': ['html'] });
    const report = api.site.report.report();
    assert.ok(report, 'a report exists');
    const saved = await read('site-export/report.html');
    assert.equal(saved, siteReportHtml(report));
    assert.ok(saved.startsWith('<!DOCTYPE html>'), saved.slice(0, 40));
    assert.ok(saved.includes('<th scope="row">site-export/partials/header.html (layout or partial)</th>'), 'the partial is listed as one');
    assert.deepEqual(api.site.report.lastStatus, { tone: 'info', text: 'Saved the report as site-export/report.html.' });
  });

  it('writes nothing when the dialog is closed, and explains a place that cannot be written', async () => {
    answer = undefined;
    await api.site.report.receive({ type: 'export', format: 'markdown', destination: 'file' });
    assert.equal(asked.length, 1);
    assert.equal(api.site.report.lastStatus, undefined, 'nothing is said when the person cancelled');
    assert.equal(await exists('site-export/site-report.md'), false);

    answer = vscode.Uri.joinPath(workspaceFile('site-export/report.html'), 'inside-a-file.md');
    await api.site.report.receive({ type: 'export', format: 'markdown', destination: 'file' });
    assert.equal(api.site.report.lastStatus?.tone, 'error');
    assert.match(api.site.report.lastStatus?.text ?? '', /^The report could not be saved there \(.*\)\. Try another folder\.$/);
  });
});
