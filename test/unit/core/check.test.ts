import * as assert from 'node:assert/strict';
import { check, checkTimeBudget, ruleById, ruleFailureId, tooSlowId, type Rule } from '../../../src/core';

const firstRules = ['document-title', 'meta-description', 'image-alt'].map((id) => ruleById(id) as Rule);

describe('check()', () => {
  const page = '<!doctype html><html><head></head><body><img src="a.png"></body></html>';

  it('reports findings in document order with rule id, severity, message and exact range', () => {
    const findings = check(page, { rules: firstRules });
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.severity]),
      [
        ['document-title', 'error'],
        ['meta-description', 'warning'],
        ['image-alt', 'error'],
      ],
    );
    const image = findings[2];
    assert.equal(page.slice(image.startOffset, image.endOffset), '<img src="a.png">');
    assert.deepEqual(image.range, { start: { line: 0, character: 40 }, end: { line: 0, character: 57 } });
    assert.match(image.message, /no alt text/);
  });

  it('applies severity overrides and turns rules off', () => {
    const findings = check(page, { rules: firstRules, config: { rules: { 'image-alt': 'warning', 'meta-description': 'off' } } });
    assert.deepEqual(
      findings.map((finding) => `${finding.ruleId}:${finding.severity}`),
      ['document-title:error', 'image-alt:warning'],
    );
  });

  it('keeps going when one rule throws, and says so', () => {
    const broken: Rule = {
      meta: {
        id: 'broken-check',
        category: 'content',
        defaultSeverity: 'error',
        title: 'Images need alt text',
        description: 'x',
        whyItMatters: 'x',
        equivalents: {},
        docPath: 'x',
      },
      check() {
        throw new Error('boom');
      },
    };
    const findings = check('<img src="a.png">', { rules: [broken] });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].ruleId, ruleFailureId);
    assert.equal(findings[0].message, 'Content Bridge could not run the check "Images need alt text" on this file (boom). The other checks still ran.');
    assert.doesNotMatch(findings[0].message, /broken-check/, 'the note names the check by its title, not its id');
  });

  describe('time budget', () => {
    const busy = (id: string, ms: number, findings = 1): Rule => ({
      meta: {
        id,
        category: 'content',
        defaultSeverity: 'warning',
        title: `Slow check ${id}`,
        description: 'x',
        whyItMatters: 'x',
        equivalents: {},
        docPath: 'x',
      },
      check({ report }) {
        const until = Date.now() + ms;
        while (Date.now() < until) {
          // Busy, as a rule with a slow pattern would be.
        }
        for (let index = 0; index < findings; index++) report({ message: `${id} ${index}`, start: 0, end: 1 });
      },
    });

    it('leaves out the findings of a check over its budget, with one plain note, and keeps the others', () => {
      const findings = check('<p>x</p>', { rules: [busy('slow', 60, 3), busy('quick', 0)], timeBudget: { perRule: 40 } });
      assert.deepEqual(
        findings.map((finding) => [finding.ruleId, finding.severity]),
        [
          [tooSlowId, 'info'],
          ['quick', 'warning'],
        ],
      );
      assert.match(
        findings[0].message,
        /^The check "Slow check slow" took too long on this page \(0\.\d seconds\), so its results are left out to keep the editor responsive\. The other checks still ran\.$/,
      );
    });

    it('skips the remaining checks once the page is over its budget, naming them', () => {
      const findings = check('<p>x</p>', { rules: [busy('a', 0), busy('b', 80), busy('c', 0), busy('d', 0)], timeBudget: { perRule: 1000, perPage: 40 } });
      assert.deepEqual(
        findings.map((finding) => finding.ruleId),
        [tooSlowId, 'a', 'b'],
      );
      assert.match(
        findings[0].message,
        /^Checking this page took too long \(0\.\d seconds\), so 2 checks were skipped to keep the editor responsive: "Slow check c", "Slow check d"\.$/,
      );
    });

    it('a disable comment does not hide the note', () => {
      const findings = check('<!-- content-bridge-disable -->\n<p>x</p>', { rules: [busy('slow', 30)], timeBudget: { perRule: 10 } });
      assert.deepEqual(
        findings.map((finding) => finding.ruleId),
        [tooSlowId],
      );
    });

    it('the defaults are 2 seconds per check and 5 seconds per page', () => {
      assert.deepEqual(checkTimeBudget, { perRule: 2000, perPage: 5000 });
      const findings = check('<p>x</p>', { rules: [busy('fine', 20)] });
      assert.deepEqual(
        findings.map((finding) => finding.ruleId),
        ['fine'],
      );
    });
  });

  it('does not crash on malformed markup', () => {
    const findings = check('<html><head><title>x</titl<body><img src=a.png <p>unclosed <div></span>');
    assert.ok(Array.isArray(findings));
  });
});
