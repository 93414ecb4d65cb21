import * as assert from 'node:assert/strict';
import { checkDocument } from '../../../src/core/checkDocument';
import { isWorkerRequest, isWorkerResponse, packFindings, unpackFindings } from '../../../src/shared/checkWorkerProtocol';
import { handleWorkerMessage } from '../../../src/worker/handleRequest';

describe('checking worker protocol', () => {
  const page = '<html><body><img src="a.png"><img src="a.png"><a href="x.html">click here</a></body></html>';

  it('answers a check request with the same findings checkDocument gives, and the page facts when asked', () => {
    const request = {
      type: 'check',
      id: 7,
      uri: 'file:///site/a.html',
      version: 3,
      text: page,
      options: { kind: 'html', path: 'a.html' },
      wantFacts: true,
      wantFindings: true,
    };
    assert.ok(isWorkerRequest(request));
    const response = handleWorkerMessage(request);
    assert.ok(response && isWorkerResponse(response) && response.type === 'checked');
    assert.equal(response.id, 7);
    assert.equal(response.version, 3, 'the version is echoed, so a stale answer can be recognised');
    const expected = checkDocument(page, { kind: 'html', path: 'a.html' });
    assert.ok(expected.length >= 3);
    assert.deepEqual(JSON.parse(JSON.stringify(unpackFindings(response.findings))), JSON.parse(JSON.stringify(expected)));
    assert.equal(response.facts?.path, 'a.html');
  });

  it('sends only the facts when the findings are not wanted', () => {
    const response = handleWorkerMessage({
      type: 'check',
      id: 1,
      uri: 'u',
      version: 1,
      text: page,
      options: { kind: 'html' },
      wantFacts: true,
      wantFindings: false,
    });
    assert.ok(response?.type === 'checked');
    assert.deepEqual(unpackFindings(response.findings), []);
    assert.ok(response.facts);
  });

  it('packs findings losslessly, writing each repeated string once', () => {
    const findings = checkDocument(`<html><body>${'<img src="a.png">'.repeat(200)}</body></html>`, { kind: 'html' });
    const packed = packFindings(findings);
    const unpacked = unpackFindings(packed);
    assert.deepEqual(JSON.parse(JSON.stringify(unpacked)), JSON.parse(JSON.stringify(findings)), 'every field, fixes included');
    assert.ok(packed.strings.length < 20, `repeated messages are sent once (${packed.strings.length} strings for ${findings.length} findings)`);
    assert.ok(
      findings.some((finding) => finding.fixes.length > 0),
      'the page has fixes to carry',
    );
  });

  it('ignores messages that are not requests', () => {
    assert.equal(handleWorkerMessage({ type: 'check', id: 1 }), undefined);
    assert.equal(handleWorkerMessage('check'), undefined);
    assert.equal(isWorkerResponse({ type: 'checked', id: 1, uri: 'u', version: 1, findings: [], elapsedMs: 1 }), false);
    assert.equal(
      isWorkerResponse({ type: 'checked', id: 1, uri: 'u', version: 1, findings: { strings: [], numbers: new Int32Array(9), fixes: [] }, elapsedMs: 1 }),
      false,
    );
  });
});
