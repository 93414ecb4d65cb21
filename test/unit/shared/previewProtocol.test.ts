import * as assert from 'node:assert/strict';
import {
  parseExtensionMessage,
  parsePageFrameAnswer,
  parsePageFrameMessage,
  parsePreviewMessage,
  parsePreviewState,
} from '../../../src/shared/previewProtocol';

const page = { documentUri: 'file:///site/news.md', version: 7 };

describe('Preview messages', () => {
  it('accepts every message the webview sends, each naming its page and version', () => {
    assert.deepEqual(parsePreviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parsePreviewMessage({ type: 'refresh' }), { type: 'refresh' });
    assert.deepEqual(parsePreviewMessage({ type: 'openInBrowser' }), { type: 'openInBrowser' });
    assert.deepEqual(parsePreviewMessage({ type: 'allowSites', sites: ['https://images.example.org'] }), {
      type: 'allowSites',
      sites: ['https://images.example.org'],
    });
    assert.equal(
      parsePreviewMessage({ type: 'allowSites', sites: ["https://x.example; script-src 'unsafe-inline'"] }),
      undefined,
      'nothing but a site enters the policy',
    );
    assert.equal(parsePreviewMessage({ type: 'allowSites', sites: [] }), undefined);
    const rendered = { type: 'rendered', ...page, title: 'News', firstHeading: 'Latest news' };
    assert.deepEqual(parsePreviewMessage(rendered), rendered);
    assert.deepEqual(parsePreviewMessage({ type: 'openLink', ...page, href: '../about.html' }), { type: 'openLink', ...page, href: '../about.html' });
    assert.deepEqual(parsePreviewMessage({ type: 'selectSource', ...page, start: 10, end: 42 }), { type: 'selectSource', ...page, start: 10, end: 42 });
    assert.deepEqual(parsePreviewMessage({ type: 'scrolled', ...page, offset: 300 }), { type: 'scrolled', ...page, offset: 300 });
  });

  it('built pages: the toggle, and addresses only on this computer', () => {
    assert.deepEqual(parsePreviewMessage({ type: 'builtPages', on: true }), { type: 'builtPages', on: true });
    assert.equal(parsePreviewMessage({ type: 'builtPages', on: 'yes' }), undefined);
    const shown = { type: 'builtShown', ...page, address: 'http://localhost:8080/news/' };
    assert.deepEqual(parsePreviewMessage(shown), shown);
    assert.equal(parsePreviewMessage({ ...shown, address: 'https://elsewhere.example/' }), undefined);
    const show = { type: 'showBuilt', ...page, address: 'http://127.0.0.1:4000/news.html', label: 'Built by Jekyll at localhost:4000' };
    assert.deepEqual(parseExtensionMessage(show), show);
    assert.equal(parseExtensionMessage({ ...show, address: 'javascript:alert(1)' }), undefined);
    assert.equal(parseExtensionMessage({ ...show, label: 3 }), undefined);
    const search = { title: 'News', address: 'your-site › news', description: 'Latest news.', notes: [] };
    const social = { title: 'News', description: 'Latest news.', site: 'your-site', largeImage: false, notes: ['No image.'] };
    assert.deepEqual(parseExtensionMessage({ ...show, search, social }), { ...show, search, social });
    assert.equal(parseExtensionMessage({ ...show, search: { title: 1 } }), undefined, 'a malformed search result is refused');
    const mode = { type: 'mode', built: true, showsBuiltPage: true, label: 'Built by Jekyll at localhost:4000', detail: 'What works here.' };
    assert.deepEqual(parseExtensionMessage(mode), mode);
    assert.equal(parseExtensionMessage({ ...mode, showsBuiltPage: undefined }), undefined);
    assert.equal(parseExtensionMessage({ ...mode, detail: ['x'] }), undefined);
    const stopped = { ...mode, showsBuiltPage: false, label: 'Eleventy is not running', restart: 'Start Eleventy again' };
    assert.deepEqual(parseExtensionMessage(stopped), stopped, 'the button that starts a stopped server again');
    assert.equal(parseExtensionMessage({ ...stopped, restart: 1 }), undefined);
    const note = { type: 'scriptsNote', documentUri: 'file:///site/index.html', text: "This page's scripts are off." };
    assert.deepEqual(parseExtensionMessage(note), note);
    assert.equal(parseExtensionMessage({ ...note, text: undefined }), undefined);
  });

  it('reads back a saved state after a reload: the page, the toolbar choices and built mode, dropping what is malformed', () => {
    const view = { tab: 'social', width: 375, zoom: 125, overlay: false, scrollSync: true };
    assert.deepEqual(parsePreviewState({ documentUri: page.documentUri, scrollY: 120, view, built: true }), {
      documentUri: page.documentUri,
      scrollY: 120,
      view,
      built: true,
    });
    assert.deepEqual(parsePreviewState({ documentUri: page.documentUri, scrollY: -3, view: { ...view, tab: 'elsewhere' }, built: 'yes' }), {
      documentUri: page.documentUri,
      scrollY: 0,
    });
    assert.equal(parsePreviewState({ scrollY: 0 }), undefined, 'no page');
    assert.equal(parsePreviewState('file:///site/news.md'), undefined);
  });

  it('refuses answers that do not say which page and version they are about', () => {
    assert.equal(parsePreviewMessage({ type: 'rendered', version: 7, title: '', firstHeading: '' }), undefined);
    assert.equal(parsePreviewMessage({ type: 'rendered', documentUri: page.documentUri, title: '', firstHeading: '' }), undefined);
    assert.equal(parsePreviewMessage({ type: 'openLink', documentUri: '', version: 1, href: 'x' }), undefined);
    assert.equal(parsePreviewMessage({ type: 'openLink', ...page, version: -1, href: 'x' }), undefined);
  });

  it('refuses malformed messages without throwing', () => {
    for (const value of [
      null,
      undefined,
      42,
      'ready',
      [],
      { type: 'nope' },
      { type: 'selectSource', ...page, start: 9, end: 3 },
      { type: 'selectSource', ...page, start: 1.5, end: 3 },
      { type: 'scrolled', ...page, offset: '12' },
      { type: 'openLink', ...page, href: 'x'.repeat(200_000) },
    ]) {
      assert.equal(parsePreviewMessage(value), undefined, JSON.stringify(value)?.slice(0, 80));
    }
  });

  it("the webview accepts the extension's messages and refuses anything else", () => {
    const search = { title: 'News', address: 'your-site › news', description: '', notes: ['This page has no description.'] };
    const social = { title: 'News', description: '', site: '', largeImage: false, notes: [] };
    const render = {
      type: 'render',
      ...page,
      html: '<p>Hi</p>',
      baseHref: 'https://x/',
      kind: 'markdown',
      card: { title: 'News', draft: true },
      search,
      social,
    };
    assert.equal(parseExtensionMessage({ ...render, search: { ...search, notes: [3] } }), undefined);
    assert.equal(parseExtensionMessage({ ...render, social: undefined }), undefined);
    assert.deepEqual(parseExtensionMessage(render), render);
    assert.deepEqual(parseExtensionMessage({ type: 'scrollTo', ...page, offset: 5 }), { type: 'scrollTo', ...page, offset: 5 });
    assert.deepEqual(parseExtensionMessage({ type: 'cursor', ...page, offset: 0 }), { type: 'cursor', ...page, offset: 0 });
    assert.deepEqual(parseExtensionMessage({ type: 'options', scrollSync: false }), { type: 'options', scrollSync: false });
    assert.deepEqual(parseExtensionMessage({ type: 'cursor', ...page, offset: 3, reveal: true }), { type: 'cursor', ...page, offset: 3, reveal: true });
    const problems = { type: 'problems', ...page, problems: [{ start: 1, end: 9, severity: 'warning', message: 'Add alt text' }] };
    assert.deepEqual(parseExtensionMessage(problems), problems);
    assert.equal(parseExtensionMessage({ ...problems, problems: [{ start: 1, end: 9, severity: 'fatal', message: 'x' }] }), undefined);
    assert.equal(parseExtensionMessage({ ...problems, problems: [{ start: 9, end: 1, severity: 'error', message: 'x' }] }), undefined);
    assert.equal(parseExtensionMessage({ ...render, kind: 'pdf' }), undefined);
    assert.equal(parseExtensionMessage({ ...render, card: { draft: 'yes' } }), undefined);
    assert.equal(parseExtensionMessage({ type: 'render', html: '<p>', baseHref: '', kind: 'html' }), undefined, 'no page named');
    assert.equal(parseExtensionMessage({ type: 'options' }), undefined);
    assert.equal(parseExtensionMessage({ data: 'from a page' }), undefined);
  });

  it("a page's line starts come with its version when its positions are written by line, and must be a real table", () => {
    const render = {
      type: 'render',
      ...page,
      html: '<p data-cb-src="0:0-1:4">Hi</p>',
      baseHref: 'https://x/',
      kind: 'html',
      search: { title: '', address: 'x', description: '', notes: [] },
      social: { title: '', description: '', site: '', largeImage: false, notes: [] },
    };
    assert.deepEqual(parseExtensionMessage({ ...render, lines: [0, 12, 30] }), { ...render, lines: [0, 12, 30] });
    for (const lines of [[], [3, 10], [0, 10, 10], [0, 20, 10], [0, -1], [0, 1.5], [0, '4'], '0,4', { 0: 0 }])
      assert.equal(parseExtensionMessage({ ...render, lines }), undefined, JSON.stringify(lines));
  });

  it("the webview's timing of each step it took comes back with the answer, and nothing else rides along", () => {
    const rendered = { type: 'rendered', ...page, title: 'News', firstHeading: '', shownAt: 5, receivedAt: 2, phases: { parse: 1.5, clean: 0.4 } };
    assert.deepEqual(parsePreviewMessage(rendered), rendered);
    assert.equal(parsePreviewMessage({ ...rendered, phases: { parse: 'slow' } }), undefined);
    assert.equal(parsePreviewMessage({ ...rendered, phases: [3] }), undefined);
    assert.equal(parsePreviewMessage({ ...rendered, phases: { ['x'.repeat(40)]: 1 } }), undefined);
  });

  it("the frame a page's scripts run in: problems in, a person's clicks out, nothing else either way", () => {
    const colours = { error: '#f00', warning: 'rgb(200, 120, 0)', info: 'var(--x)' };
    const problems = { type: 'problems', ...page, problems: [{ start: 1, end: 9, severity: 'error', message: 'Add alt text' }], show: true, colours };
    assert.deepEqual(parsePageFrameMessage(problems), problems);
    assert.equal(parsePageFrameMessage({ ...problems, show: 'yes' }), undefined);
    assert.equal(parsePageFrameMessage({ ...problems, colours: { error: '#f00' } }), undefined, 'every severity has its colour');
    assert.equal(parsePageFrameMessage({ ...problems, problems: [{ start: 9, end: 1, severity: 'error', message: 'x' }] }), undefined);
    assert.equal(parsePageFrameMessage({ ...problems, documentUri: undefined }), undefined, 'no page named');
    assert.deepEqual(parsePageFrameAnswer({ type: 'openLink', ...page, href: 'about.html' }), { type: 'openLink', ...page, href: 'about.html' });
    assert.deepEqual(parsePageFrameAnswer({ type: 'selectSource', ...page, start: 3, end: 8 }), { type: 'selectSource', ...page, start: 3, end: 8 });
    assert.deepEqual(parsePageFrameAnswer({ type: 'outlined', ...page, count: 2 }), { type: 'outlined', ...page, count: 2 });
    assert.equal(parsePageFrameAnswer({ type: 'selectSource', ...page, start: 8, end: 3 }), undefined);
    assert.equal(parsePageFrameAnswer({ type: 'allowSites', ...page, sites: ['https://x.example'] }), undefined, "the toolbar is not the frame's");
    assert.equal(parsePageFrameAnswer({ type: 'openLink', href: 'about.html' }), undefined, 'no page named');
    assert.equal(parsePageFrameAnswer('openLink'), undefined);
  });

  it("the frame a page's scripts run in: the editor's scroll and cursor in, the page's scroll out", () => {
    const scrollTo = { type: 'scrollTo', ...page, offset: 120 };
    assert.deepEqual(parsePageFrameMessage(scrollTo), scrollTo);
    assert.equal(parsePageFrameMessage({ ...scrollTo, offset: -1 }), undefined);
    assert.equal(parsePageFrameMessage({ ...scrollTo, version: undefined }), undefined, 'no version named');
    const cursor = { type: 'cursor', ...page, offset: 40, reveal: false, colour: '#0078d4' };
    assert.deepEqual(parsePageFrameMessage(cursor), cursor);
    assert.equal(parsePageFrameMessage({ ...cursor, reveal: undefined }), undefined);
    assert.equal(parsePageFrameMessage({ ...cursor, colour: 'x'.repeat(101) }), undefined, 'a colour is short');
    assert.equal(parsePageFrameMessage({ ...cursor, offset: 1.5 }), undefined);
    assert.deepEqual(parsePageFrameAnswer({ type: 'scrolled', ...page, offset: 7 }), { type: 'scrolled', ...page, offset: 7 });
    assert.equal(parsePageFrameAnswer({ type: 'scrolled', ...page, offset: '7' }), undefined);
    assert.equal(parsePageFrameAnswer({ type: 'scrollTo', ...page, offset: 7 }), undefined, 'the frame cannot scroll the editor by asking as the preview does');
  });
});
