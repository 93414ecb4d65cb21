import * as assert from 'node:assert/strict';
import { holdsPair } from '../../../src/core/text/pairs';

describe('holdsPair', () => {
  it('finds two characters side by side, as includes() would', () => {
    assert.equal(holdsPair('<%= name %>', '<', '%'), true);
    assert.equal(holdsPair('<p>100%</p>', '<', '%'), false);
    assert.equal(holdsPair('%<', '<', '%'), false);
    assert.equal(holdsPair('a <%', '<', '%'), true);
    assert.equal(holdsPair('%', '<', '%'), false);
    assert.equal(holdsPair('', '<', '%'), false);
    assert.equal(holdsPair('{{', '{', '{'), true);
    assert.equal(holdsPair('{ {', '{', '{'), false);
  });

  it('agrees with includes() on generated text', () => {
    const alphabet = ['<', '%', '?', '{', 'a', ' ', '\n'];
    let seed = 42;
    const next = (limit: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % limit;
    };
    for (let round = 0; round < 5000; round++) {
      let text = '';
      const length = next(12);
      for (let index = 0; index < length; index++) text += alphabet[next(alphabet.length)];
      for (const [first, second] of [
        ['<', '%'],
        ['<', '?'],
        ['{', '{'],
      ])
        assert.equal(holdsPair(text, first, second), text.includes(first + second), JSON.stringify(text));
    }
  });
});
