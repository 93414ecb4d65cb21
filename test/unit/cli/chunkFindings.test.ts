import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { packFindings, unpackFindings } from '../../../src/cli/checkWorkerProtocol';

describe('CLI checking threads: findings packed for the trip back', () => {
  it('arrive with every field the output formats print, file by file, without their fixes', () => {
    const pages = [
      '<html><body><img src="a.png"><a href="x"></a></body></html>',
      '<!doctype html><html lang="en"><head><title>T</title></head><body><h3>Skip</h3></body></html>',
    ];
    const perFile = pages.map((page) => check(page));
    assert.ok(perFile.every((findings) => findings.length > 0));
    assert.ok(
      perFile[0]!.some((finding) => finding.fixes.length > 0),
      'some finding has a fix to leave behind',
    );
    const packed = packFindings(perFile.flat());
    // Each rule id, severity and message travels once however often it is repeated.
    assert.equal(packed.strings.length, new Set(perFile.flat().flatMap((finding) => [finding.ruleId, finding.severity, finding.message])).size);
    let first = 0;
    for (const findings of perFile) {
      const unpacked = unpackFindings(packed, first, findings.length);
      first += findings.length;
      assert.deepEqual(
        unpacked,
        findings.map((finding) => ({ ...finding, fixes: [] })),
      );
    }
  });
});
