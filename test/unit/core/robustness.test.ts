import * as assert from 'node:assert/strict';
import { check, notTextId, ruleFailureId, tooDeepId } from '../../../src/core';

/** Every rule must survive hostile input: no exception, no rule failure, an answer in reasonable time. */
function assertChecksCleanly(text: string): ReturnType<typeof check> {
  const findings = check(text);
  const failures = findings.filter((finding) => finding.ruleId === ruleFailureId);
  assert.deepEqual(
    failures.map((finding) => finding.message),
    [],
  );
  for (const finding of findings) {
    assert.ok(
      finding.startOffset >= 0 && finding.endOffset <= text.length && finding.startOffset <= finding.endOffset,
      `${finding.ruleId} points outside the text`,
    );
  }
  return findings;
}

const section = `<section class="news">
  <h2>Library news</h2>
  <p>Our <a href="/events">events page</a> lists story time, the book club and the <a href="/fair">spring fair</a>.</p>
  <img src="reading.jpg" alt="A volunteer reading to children" width="320" height="180">
  <form action="/search"><label for="q">Search</label> <input id="q" name="q"><button>Go</button></form>
  <table><tr><th scope="col">Day</th><th scope="col">Opening hours</th></tr><tr><td>Monday</td><td>9–17</td></tr></table>
</section>
`;

describe('robustness: hostile input never crashes a rule', function () {
  this.timeout(60_000);

  it('malformed HTML: unclosed tags, stray end tags, broken attributes, unclosed comment', () => {
    assertChecksCleanly('<html><head><title>Fair</title><body><div><p>Open <b>late<i>tonight</p></div></span></table>');
    assertChecksCleanly('<img src="a.jpg" alt="unterminated><a href=><p class=">x</p><input id= =x>');
    assertChecksCleanly('<!doctype html><html lang="en"><!-- never closed <img src="x">');
    assertChecksCleanly('<<<>>></<<a/ hr ef="x">>< img>&&#x;&#99999999;<![CDATA[ x ]]><?php echo 1; ?>');
    assertChecksCleanly('');
    assertChecksCleanly('just some text, no tags at all');
  });

  it('a 10 MB page', () => {
    const text = `<!doctype html><html lang="en"><head><title>Everything</title></head><body>${section.repeat(Math.ceil((10 * 1024 * 1024) / section.length))}</body></html>`;
    assert.ok(text.length >= 10 * 1024 * 1024);
    const findings = assertChecksCleanly(text);
    assert.ok(Array.isArray(findings));
  });

  it('markup nested 1,000 deep is checked; 100,000 deep gets one note instead of a hang', () => {
    const nested = (depth: number) =>
      `<!doctype html><html lang="en"><body>${'<div><span>'.repeat(depth / 2)}text${'</span></div>'.repeat(depth / 2)}</body></html>`;
    assert.ok(!assertChecksCleanly(nested(1_000)).some((finding) => finding.ruleId === tooDeepId));
    for (const text of [nested(100_000), `<ul>${'<li><ul>'.repeat(50_000)}`]) {
      const findings = check(text);
      assert.deepEqual(
        findings.map((finding) => finding.ruleId),
        [tooDeepId],
      );
      assert.match(findings[0].message, /nested more than 1,024 levels deep, usually because many tags are never closed/);
    }
  });

  it('a binary file renamed .html gets one plain-language note instead of nonsense findings', () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 37) % 256);
    const findings = check(new TextDecoder('utf-8').decode(bytes));
    assert.deepEqual(
      findings.map((finding) => finding.ruleId),
      [notTextId],
    );
    assert.match(findings[0].message, /does not look like a web page/);
  });

  it('invalid UTF-8 (decoded with replacement characters, as editors do)', () => {
    const bytes = new TextEncoder().encode('<!doctype html><html lang="en"><head><title>Caf\u00e9 menu</title></head><body><img src="x.jpg"></body></html>');
    const broken = Uint8Array.from(bytes, (byte, index) => (index % 29 === 0 ? 0xff : byte === 0xc3 ? 0xe9 : byte));
    assertChecksCleanly(new TextDecoder('utf-8').decode(broken));
  });

  it('one enormous line and an enormous attribute', () => {
    assertChecksCleanly(`<p title="${'x'.repeat(2_000_000)}">${'word '.repeat(200_000)}</p>`);
  });
});
