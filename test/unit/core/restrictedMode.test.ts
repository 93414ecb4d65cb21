import * as assert from 'node:assert/strict';
import { previewContentSecurityPolicy, previewRemoteSources, siteOriginOf, trackerSendingBlockedReason } from '../../../src/core';
import { readLocalizedManifest } from '../manifest';

// As VS Code shows it: texts from package.nls.json in place of their %key%.
const manifest = readLocalizedManifest() as {
  capabilities?: {
    untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported: unknown; description?: string };
  };
  contributes: { configuration: { properties: Record<string, unknown> } };
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('Restricted Mode (untrusted folders)', () => {
  const cspSource = 'https://*.vscode-cdn.net';

  it('the preview loads images, fonts and styles from the web only in a trusted folder, and only from sites the user allowed', () => {
    const allowedSites = ['https://images.example.org'];
    const trusted = directives(previewContentSecurityPolicy({ cspSource, nonce: 'abc', trusted: true, allowedSites }));
    const notAllowed = directives(previewContentSecurityPolicy({ cspSource, nonce: 'abc', trusted: true }));
    const restricted = directives(previewContentSecurityPolicy({ cspSource, nonce: 'abc', trusted: false, allowedSites }));
    for (const name of ['img-src', 'media-src', 'font-src', 'style-src']) {
      assert.ok(trusted.get(name)?.includes('https://images.example.org'), `${name} allows the allowed site when trusted`);
      assert.ok(!trusted.get(name)?.includes('https:'), `${name} does not allow the whole web`);
      assert.deepEqual(
        (notAllowed.get(name) ?? []).filter((source) => source.startsWith('https:') && source !== cspSource),
        [],
        `${name} allows no site until asked`,
      );
      const sources = restricted.get(name) ?? [];
      assert.deepEqual(
        sources.filter((source) => /^(https?:|\*|\/\/)/.test(source) && source !== cspSource),
        [],
        `${name} in Restricted Mode: ${sources.join(' ')}`,
      );
      assert.ok(sources.includes(cspSource), `${name} still allows the site's own files`);
    }
    assert.deepEqual(previewRemoteSources(false, allowedSites), []);
    assert.deepEqual(previewRemoteSources(true, ['https://x.example; script-src *', 'https://ok.example:8443', 'javascript:x']), ['https://ok.example:8443']);
  });

  it("keeps the strict parts of the policy either way: one nonce'd script, no forms, no other base", () => {
    for (const trusted of [true, false]) {
      const csp = directives(previewContentSecurityPolicy({ cspSource, nonce: 'n0nce', trusted }));
      assert.deepEqual(csp.get('default-src'), ["'none'"]);
      assert.deepEqual(csp.get('script-src'), ["'nonce-n0nce'"]);
      assert.deepEqual(csp.get('form-action'), ["'none'"]);
      assert.deepEqual(csp.get('base-uri'), [cspSource]);
    }
  });

  it('the preview frames the local development server only in built pages mode, and only in a trusted folder', () => {
    const base = { cspSource: 'vscode-webview:', nonce: 'n0nce' };
    assert.deepEqual(directives(previewContentSecurityPolicy({ ...base, trusted: true, builtPagesPort: 8080 })).get('frame-src'), [
      "'self'",
      'http://localhost:8080',
      'http://127.0.0.1:8080',
    ]);
    assert.deepEqual(directives(previewContentSecurityPolicy({ ...base, trusted: true })).get('frame-src'), ["'self'"], "only the page's own frame otherwise");
    assert.deepEqual(directives(previewContentSecurityPolicy({ ...base, trusted: false, builtPagesPort: 8080 })).get('frame-src'), ["'self'"]);
  });

  it('IT requests are not sent to a tracker from an untrusted folder, with a plain reason', () => {
    assert.equal(trackerSendingBlockedReason(true), undefined);
    assert.match(
      trackerSendingBlockedReason(false) ?? '',
      /^This folder is open in Restricted Mode, so Content Bridge does not send IT requests from it to an issue tracker\. Copy the request/,
    );
  });

  it('the extension declares limited support for untrusted and virtual folders, in plain words', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.match(untrusted?.description ?? '', /checks, fixes.*keep working/);
    const virtual = manifest.capabilities?.virtualWorkspaces;
    assert.ok(virtual === true || (typeof virtual === 'object' && virtual.supported === 'limited' && (virtual.description ?? '').length > 20));
  });

  it('every setting that says where IT requests go is restricted in untrusted folders', () => {
    const restricted = manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [];
    const sending = Object.keys(manifest.contributes.configuration.properties).filter((key) => key.startsWith('contentBridge.requestsToIT.'));
    assert.ok(sending.length > 0);
    for (const key of sending) assert.ok(restricted.includes(key), `${key} is restricted`);
  });
});

describe('siteOriginOf()', () => {
  it('names the site an address loads from, and nothing for other addresses', () => {
    assert.equal(siteOriginOf('https://Images.Example.org/fair.jpg?x=1'), 'https://images.example.org');
    assert.equal(siteOriginOf('http://localhost:8080/a'), 'http://localhost:8080');
    for (const address of [
      'data:image/png;base64,xx',
      '/images/a.png',
      'https://user@evil.example/',
      'https://a b/',
      "https://x.example;script-src'",
      'https://:80/',
    ]) {
      assert.equal(siteOriginOf(address), undefined, address);
    }
  });
});
