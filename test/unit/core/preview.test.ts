import * as assert from 'node:assert/strict';
import { preparePreviewHtml } from '../../../src/core';

describe('preparePreviewHtml()', () => {
  const addresses = { baseHref: 'https://preview.test/site/news/', siteRootHref: 'https://preview.test/site/' };

  it("leaves relative addresses for the preview's own <base> to resolve", () => {
    const page = '<!doctype html><html><head><link rel="stylesheet" href="../css/site.css"></head></html>';
    assert.equal(preparePreviewHtml(page, addresses), page);
  });

  it("removes scripts, automatic redirects and the page's own <base>", () => {
    const html = preparePreviewHtml(
      '<head><base href="https://elsewhere/"><meta http-equiv="refresh" content="0;url=https://evil.test"><script src="app.js"></script></head><body><p>Text</p><script>alert(1)</script></body>',
      {},
    );
    assert.equal(html, '<head></head><body><p>Text</p></body>');
  });

  it('points root-relative resources at the site root, but leaves links and protocol-relative addresses alone', () => {
    const html = preparePreviewHtml('<img src="/images/logo.svg"><a href="/news/">News</a><img src="//cdn.test/x.png">', {
      siteRootHref: addresses.siteRootHref,
    });
    assert.equal(html, '<img src="https://preview.test/site/images/logo.svg"><a href="/news/">News</a><img src="//cdn.test/x.png">');
  });
});
