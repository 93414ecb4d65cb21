import * as assert from 'node:assert/strict';
import { parseProjectConfig } from '../../../src/core';
import { jsonShapeProblem } from '../../../src/core/config/jsonShape';

describe('project config: hostile files', () => {
  it('finds nesting that is too deep in linear time, without recursion', () => {
    const depth = 500_000;
    const started = Date.now();
    assert.deepEqual(jsonShapeProblem('['.repeat(depth) + ']'.repeat(depth)), { kind: 'too-deep', offset: 64 });
    assert.equal(jsonShapeProblem(`${'{"a":'.repeat(64)}1${'}'.repeat(64)}`), undefined, '64 levels are fine');
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });

  it('is not fooled by brackets or names inside strings and comments', () => {
    assert.equal(jsonShapeProblem(`{ "a": "${'['.repeat(1000)}", "b": "__proto__" /* "__proto__": { [[[[ */ }`), undefined);
    assert.deepEqual(jsonShapeProblem('{ "rules": { "\\u005f_proto__": 1 } }'), { kind: 'forbidden-key', key: '__proto__', offset: 13, length: 16 });
  });

  it('a byte-order mark keeps every offset in place (a problem points at the same text)', () => {
    const text = '\ufeff{ "rules": { "image-alt": "loud" } }';
    const parsed = parseProjectConfig(text);
    assert.match(parsed.problem?.message ?? '', /"image-alt" must be one of/);
    assert.deepEqual(parseProjectConfig('\ufeff{ "rules": { "image-alt": "off" } }'), { config: { rules: { 'image-alt': 'off' } } });
  });

  it('never lets a "__proto__" key reach the settings, even written with escapes', () => {
    const parsed = parseProjectConfig('{ "rules": { "\\u005f_proto__": { "image-alt": "off" } } }');
    assert.deepEqual(parsed.config, {});
    assert.match(parsed.problem?.message ?? '', /uses the name "__proto__"/);
    assert.equal(({} as Record<string, unknown>)['image-alt'], undefined, 'nothing leaked into Object.prototype');
  });
});
