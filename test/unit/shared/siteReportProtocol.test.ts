import * as assert from 'node:assert/strict';
import { parseSiteReportMessage } from '../../../src/shared/siteReportProtocol';

describe('site report protocol', () => {
  it('accepts the messages the report webview sends', () => {
    assert.deepEqual(parseSiteReportMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseSiteReportMessage({ type: 'open', path: 'news/a.html', line: 3, column: 1, extra: 'dropped' }), {
      type: 'open',
      path: 'news/a.html',
      line: 3,
      column: 1,
    });
    assert.deepEqual(parseSiteReportMessage({ type: 'export', format: 'html', destination: 'clipboard' }), {
      type: 'export',
      format: 'html',
      destination: 'clipboard',
    });
    assert.deepEqual(parseSiteReportMessage({ type: 'rendered', worstPage: 'a.html', pagesShown: 2 }), {
      type: 'rendered',
      worstPage: 'a.html',
      pagesShown: 2,
    });
  });

  it('refuses anything else', () => {
    for (const message of [
      null,
      'ready',
      { type: 'open', path: 'a.html', line: 0, column: 1 },
      { type: 'open', path: 'a.html', line: 1.5, column: 1 },
      { type: 'open', path: 42, line: 1, column: 1 },
      { type: 'export', format: 'pdf', destination: 'file' },
      { type: 'export', format: 'html', destination: 'https://example.com' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
    ]) {
      assert.equal(parseSiteReportMessage(message), undefined, JSON.stringify(message));
    }
  });
});
