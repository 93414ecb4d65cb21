import * as assert from 'node:assert/strict';
import { check, ruleById, ruleFailureId, type Rule } from '../../../src/core';

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
      meta: { id: 'broken', category: 'content', defaultSeverity: 'error', title: 'x', description: 'x', whyItMatters: 'x', equivalents: {}, docPath: 'x' },
      check() {
        throw new Error('boom');
      },
    };
    const findings = check('<img src="a.png">', { rules: [broken] });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].ruleId, ruleFailureId);
    assert.match(findings[0].message, /"broken".*boom/);
  });

  it('does not crash on malformed markup', () => {
    const findings = check('<html><head><title>x</titl<body><img src=a.png <p>unclosed <div></span>');
    assert.ok(Array.isArray(findings));
  });
});
