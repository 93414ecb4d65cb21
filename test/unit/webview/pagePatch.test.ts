import * as assert from 'node:assert/strict';
import { PageVersionSender } from '../../../src/extension/preview/pageVersionSender';
import { HeldPage } from '../../../webview/preview/pagePatch';
import { parseExtensionMessage, parsePreviewMessage, type ExtensionToPreviewMessage, type RenderPageMessage } from '../../../src/shared/previewProtocol';

const documentUri = 'file:///site/opening-hours.html';
const search = { title: 'Opening hours', address: 'your-site › opening-hours', description: 'When we are open.', notes: [] };
const social = { title: 'Opening hours', description: 'When we are open.', site: 'your-site', largeImage: false, notes: [] };
const body = '<p data-cb-src="2:0-2:40">We are open every day.</p>\n'.repeat(2000);

function version(number: number, html: string, uri = documentUri): RenderPageMessage {
  return {
    type: 'render',
    documentUri: uri,
    version: number,
    html,
    baseHref: 'https://file+.vscode-resource/site/',
    kind: 'html',
    search,
    social,
    lines: [0, 20],
  };
}

/** The message as the webview receives it: through JSON, then checked as the webview checks it. */
function delivered(message: ExtensionToPreviewMessage): ExtensionToPreviewMessage {
  const parsed = parseExtensionMessage(JSON.parse(JSON.stringify(message)));
  assert.ok(parsed, `refused: ${JSON.stringify(message).slice(0, 200)}`);
  return parsed;
}

/** What the webview shows for a message, or 'asks for full text'. */
function receive(held: HeldPage, message: ExtensionToPreviewMessage): RenderPageMessage | 'asks for full text' {
  const arrived = delivered(message);
  if (arrived.type === 'render') {
    held.hold(arrived);
    return arrived;
  }
  assert.equal(arrived.type, 'renderPatch');
  return held.rebuild(arrived) ?? 'asks for full text';
}

describe('Preview sends only what changed', () => {
  it('after the webview showed a version, the next goes as a change of a few characters and shows the same page', () => {
    const sender = new PageVersionSender();
    const held = new HeldPage();
    const first = version(1, `<h1>Opening hours</h1>${body}`);
    assert.deepEqual(receive(held, sender.next(first)), first);
    sender.shown({ documentUri, version: 1 });
    const second = version(2, `<h1>Opening hours!</h1>${body}`);
    const sent = sender.next(second);
    assert.equal(sent.type, 'renderPatch');
    assert.ok(JSON.stringify(sent).length < 1000, `sent ${JSON.stringify(sent).length} characters`);
    assert.deepEqual(receive(held, sent), second);
    sender.shown({ documentUri, version: 2 });
    const third = version(3, `<h1>Opening times!</h1>${body}`);
    assert.deepEqual(receive(held, sender.next(third)), third);
  });

  it('sends the full text for a version the webview has not yet said it showed, another page, or after a reload', () => {
    const sender = new PageVersionSender();
    assert.equal(sender.next(version(1, 'a')).type, 'render', 'the first version');
    assert.equal(sender.next(version(2, 'ab')).type, 'render', 'version 1 not answered for yet');
    sender.shown({ documentUri, version: 1 });
    assert.equal(sender.next(version(3, 'abc')).type, 'render', 'the webview showed 1, but 2 was sent since');
    sender.shown({ documentUri, version: 3 });
    assert.equal(sender.next(version(1, 'abc', 'file:///site/news.html')).type, 'render', 'another page');
    sender.shown({ documentUri: 'file:///site/news.html', version: 1 });
    sender.forget();
    assert.equal(sender.next(version(2, 'abcd', 'file:///site/news.html')).type, 'render', 'a reloaded webview');
  });

  it('a webview that holds another version, or no page, asks for the full text and shows nothing wrong', () => {
    const sender = new PageVersionSender();
    sender.next(version(1, `<p>one</p>${body}`));
    sender.shown({ documentUri, version: 1 });
    const patch = sender.next(version(2, `<p>two</p>${body}`));
    assert.equal(receive(new HeldPage(), patch), 'asks for full text', 'a reloaded webview holds nothing');
    const olderHeld = new HeldPage();
    olderHeld.hold(version(0, `<p>zero</p>${body}`));
    assert.equal(receive(olderHeld, patch), 'asks for full text', 'another base version');
    const sameVersionOtherText = new HeldPage();
    sameVersionOtherText.hold(version(1, `<p>one</p>${body.replace('every', 'EVERY')}`));
    assert.equal(receive(sameVersionOtherText, patch), 'asks for full text', 'same version number, other text: the hash differs');
    const shortText = new HeldPage();
    shortText.hold(version(1, '<p>'));
    assert.equal(receive(shortText, patch), 'asks for full text', 'a change that does not fit');
  });

  it('checks a change message as strictly as a full one, and the webview may ask for the full text', () => {
    const sender = new PageVersionSender();
    sender.next(version(1, 'abc'));
    sender.shown({ documentUri, version: 1 });
    const patch = JSON.parse(JSON.stringify(sender.next(version(2, 'abXc')))) as Record<string, unknown>;
    assert.deepEqual(
      { start: patch.start, removed: patch.removed, inserted: patch.inserted, baseVersion: patch.baseVersion, length: patch.length },
      { start: 2, removed: 0, inserted: 'X', baseVersion: 1, length: 4 },
    );
    for (const broken of [{ start: -1 }, { removed: 1.5 }, { inserted: 3 }, { hash: 'x' }, { length: undefined }, { baseVersion: -2 }, { search: undefined }]) {
      assert.equal(parseExtensionMessage({ ...patch, ...broken }), undefined, JSON.stringify(broken));
    }
    assert.deepEqual(parsePreviewMessage({ type: 'needFullText', documentUri, version: 2 }), { type: 'needFullText', documentUri, version: 2 });
    assert.equal(parsePreviewMessage({ type: 'needFullText', version: 2 }), undefined);
  });
});
