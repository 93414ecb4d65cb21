import * as assert from 'node:assert/strict';
import { keepAcrossUpdates } from '../../../webview/preview/previewNodes';
import { cardElementName, updateBody, updateHead } from '../../../webview/preview/updatePage';

// jsdom builds the DOM as a browser does; the live page and each new version are separate documents, as in the preview.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS load typed with only the shape this test uses
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };
const { window } = new JSDOM('<!doctype html><title>test</title>');

function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const page = (paragraph: string, offset = 0) =>
  `<h1 data-cb-src="0-20">Opening hours</h1><p data-cb-src="21-${40 + offset}">${paragraph}</p>` +
  `<ul data-cb-src="${41 + offset}-90"><li data-cb-src="${45 + offset}-60">Monday</li><li>Tuesday</li></ul><img src="map.png" alt="Map">`;

describe('Preview: updating the page in place', () => {
  // morphdom names the page's HTMLElement class, which a browser has and Node does not.
  const globals = globalThis as { HTMLElement?: unknown };
  before(() => (globals.HTMLElement = window.HTMLElement));
  after(() => delete globals.HTMLElement);

  it('changes only the edited text and the moved source positions; every other element stays the one on screen', () => {
    const live = parse(page('Open every day'));
    const before = Array.from(live.body.querySelectorAll('*'));
    updateBody(live.body, parse(page('Open every day x', 2)).body);
    assert.equal(live.body.innerHTML, page('Open every day x', 2), 'the page shows the new version');
    const after = Array.from(live.body.querySelectorAll('*'));
    assert.equal(after.length, before.length);
    after.forEach((element, index) => assert.equal(element, before[index], `element ${index} (${element.localName}) was kept, not re-created`));
  });

  it('adds and removes elements where the new version has them', () => {
    const live = parse('<p>One</p><p>Two</p><p>Three</p>');
    const first = live.body.firstElementChild;
    updateBody(live.body, parse('<p>One</p><h2>New</h2><p>Three</p><p>Four</p>').body);
    assert.equal(live.body.innerHTML, '<p>One</p><h2>New</h2><p>Three</p><p>Four</p>');
    assert.equal(live.body.firstElementChild, first);
  });

  it("keeps the preview's own additions (the problems' tooltip) and drops marks the new version lacks", () => {
    const live = parse('<p data-cb-problem="error">Text</p>');
    const tooltip = live.createElement('content-bridge-tooltip');
    keepAcrossUpdates(tooltip);
    live.body.append(tooltip);
    updateBody(live.body, parse('<p>Text!</p>').body);
    assert.equal(live.body.innerHTML, '<p>Text!</p><content-bridge-tooltip></content-bridge-tooltip>');
  });

  it("swaps a settings card's content only when what it shows changed", () => {
    const card = (document: Document, title: string) => {
      const host = document.createElement(cardElementName);
      host.dataset.cbCard = JSON.stringify({ title });
      host.attachShadow({ mode: 'open' }).textContent = `Title: ${title}`;
      return host;
    };
    const live = parse('<p>Body</p>');
    live.body.prepend(card(live, 'Summer'));
    const shownCard = live.body.firstElementChild!;
    const next = parse('<p>Body</p>');
    next.body.prepend(card(next, 'Summer 2026'));
    updateBody(live.body, next.body);
    assert.equal(live.body.firstElementChild, shownCard);
    assert.equal(shownCard.shadowRoot?.textContent, 'Title: Summer 2026');
  });

  it('keeps an unchanged stylesheet loaded and changes the title', () => {
    const live = parse('<head><link rel="stylesheet" href="site.css"><title>Old</title></head>');
    const stylesheet = live.head.firstElementChild;
    const next = parse('<head><link rel="stylesheet" href="site.css"><title>New</title></head>');
    updateHead(live.head, Array.from(next.head.childNodes));
    assert.equal(live.head.firstElementChild, stylesheet);
    assert.equal(live.title, 'New');
  });
});
