import * as assert from 'node:assert/strict';
import { check, checkDocument, ruleById, ruleFailureId, type Rule } from '../../../src/core';

/** A rule that fails inside a helper, so the stack names the place a bug report needs. */
function failingRule(): Rule {
  return {
    meta: { id: 'broken', category: 'content', defaultSeverity: 'error', title: 'x', description: 'x', whyItMatters: 'x', equivalents: {}, docPath: 'x' },
    check() {
      readMissingPart();
    },
  };
}

function readMissingPart(): never {
  throw new Error('boom');
}

describe('rule failures are handed over with their stack', () => {
  it('tells onRuleFailure which rule failed, with the error and its stack, and still notes it on the page', () => {
    const failures: { ruleId: string; error: unknown }[] = [];
    const findings = check('<p>x</p>', { rules: [failingRule()], onRuleFailure: (ruleId, error) => failures.push({ ruleId, error }) });
    assert.equal(failures.length, 1);
    assert.equal(failures[0].ruleId, 'broken');
    assert.ok(failures[0].error instanceof Error);
    assert.match((failures[0].error as Error).stack ?? '', /readMissingPart/);
    assert.deepEqual(
      findings.map((finding) => finding.ruleId),
      [ruleFailureId],
    );
  });

  it('passes the failure on for Markdown files too', () => {
    const failures: string[] = [];
    checkDocument('# Title\n\nText.\n', { kind: 'markdown', rules: [failingRule()], onRuleFailure: (ruleId) => failures.push(ruleId) });
    assert.deepEqual(failures, ['broken']);
  });

  it('is not called when every rule runs', () => {
    const failures: string[] = [];
    check('<p>x</p>', { rules: [ruleById('document-title') as Rule], onRuleFailure: (ruleId) => failures.push(ruleId) });
    assert.deepEqual(failures, []);
  });

  it('keeps the other results when the logger itself fails', () => {
    const findings = check('<img src="a.png">', {
      rules: [failingRule(), ruleById('image-alt') as Rule],
      onRuleFailure: () => {
        throw new Error('logger down');
      },
    });
    assert.deepEqual(findings.map((finding) => finding.ruleId).sort(), ['image-alt', ruleFailureId]);
  });
});
