import * as assert from 'node:assert/strict';
import { check, ruleFailureId } from '../../../src/core';

/** Pages built to make a pattern or a lookup blow up must still be checked quickly, with every check running. */
function assertQuick(text: string, limitMs = 1000): ReturnType<typeof check> {
  const began = Date.now();
  const findings = check(text);
  const elapsed = Date.now() - began;
  assert.ok(elapsed < limitMs, `took ${elapsed} ms`);
  assert.deepEqual(
    findings.filter((finding) => finding.ruleId === ruleFailureId).map((finding) => finding.message),
    [],
  );
  return findings;
}

const page = (body: string, head = '<title>Opening hours</title>') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('hostile pages are checked quickly', function () {
  this.timeout(120_000);

  it('many adjacent empty comments at the start of a page (once exponential in the table scope check)', () => {
    const findings = assertQuick(`${'<!---->'.repeat(30)}<table><tr><th scope="column">Day</th></tr></table>`);
    assert.ok(findings.some((finding) => finding.ruleId === 'scope-attr-valid'));
    assertQuick(`${'<!---->'.repeat(15_000)}<table><tr><td scope="row">Day</td></tr></table>`);
  });

  it('a disable comment followed by many tabs', () => {
    const findings = assertQuick(`<!-- content-bridge-disable image-alt${'\t'.repeat(100_000)}x -->\n<img src="a.jpg">`);
    assert.ok(findings.every((finding) => finding.ruleId !== 'image-alt'));
  });

  it('a long run of zeros in aria-valuenow, an inline font-size and a viewport initial-scale', () => {
    const zeros = '0'.repeat(100_000);
    assertQuick(page(`<div role="slider" aria-valuenow="${zeros}x" aria-valuemin="0" aria-valuemax="9" tabindex="0" aria-label="Volume"></div>`));
    assertQuick(page(`<p style="color:#777;background:#fff;font-size:${zeros}x">Opening hours</p>`));
    assertQuick(page('<h1>Hours</h1>', `<title>Opening hours</title><meta name="viewport" content="initial-scale=${zeros}x">`));
  });

  it('a long run of exclamation marks in the text', () => {
    assertQuick(page(`<h1>News</h1><p>${'!'.repeat(100_000)}x</p>`));
  });

  it('one disable comment listing many checks on a page with many images', () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => `check-${index}`).join(' ');
    const findings = assertQuick(`<!-- content-bridge-disable ${ids} image-alt -->\n${'<img src="a.jpg">\n'.repeat(5_000)}`, 3000);
    assert.ok(findings.every((finding) => finding.ruleId !== 'image-alt'));
    assert.ok(findings.some((finding) => finding.ruleId === 'unsized-images'));
  });

  it('many disable-next-line comments for one check', () => {
    const findings = assertQuick(`${'<!-- content-bridge-disable-next-line image-alt -->\n<img src="a.jpg">\n'.repeat(5_000)}`, 3000);
    assert.ok(findings.every((finding) => finding.ruleId !== 'image-alt'));
  });
});
