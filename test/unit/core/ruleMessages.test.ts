import * as assert from 'node:assert/strict';
import { allRules, siteRules } from '../../../src/core';
import { ruleMessage } from '../../../src/core/rules/rule';
import type { RuleMeta } from '../../../src/core/types';

const meta: RuleMeta = {
  id: 'example',
  category: 'content',
  defaultSeverity: 'info',
  title: 'x',
  description: 'x',
  whyItMatters: 'x',
  equivalents: {},
  docPath: 'x',
  messages: { tooLong: 'This title has {count} characters; keep it under {limit}.', braces: 'Write {name} or {unknown} or {' },
};

describe('rule messages kept in the rule metadata by id', () => {
  it('fills each {name} with its value', () => {
    assert.equal(ruleMessage(meta, 'tooLong', { count: 72, limit: '60' }), 'This title has 72 characters; keep it under 60.');
  });

  it('leaves braces it has no value for as written', () => {
    assert.equal(ruleMessage(meta, 'braces', { name: 'it' }), 'Write it or {unknown} or {');
  });

  it('throws for an id the rule does not declare, so a typo fails the rule tests', () => {
    assert.throws(() => ruleMessage(meta, 'toolong'), /rule example has no message "toolong"/);
  });

  // One-word ids (blink, label, list) are also element names a message may well show.
  // Fix titles ("Allow zooming") are short; what a finding says is a sentence.
  it('keeps every declared message in plain words: never empty, no (hyphenated) rule id', () => {
    const declared = [...allRules, ...siteRules].flatMap((rule) =>
      Object.entries(rule.meta.messages ?? {}).map(([id, text]) => ({ rule: rule.meta.id, id, text })),
    );
    assert.ok(declared.length >= 200, `${declared.length} messages declared`);
    for (const { rule, id, text } of declared) {
      assert.ok(text.trim().length >= 8, `${rule}.${id} is too short`);
      assert.ok(!rule.includes('-') || !text.includes(rule), `${rule}.${id} names its rule id`);
    }
  });
});
