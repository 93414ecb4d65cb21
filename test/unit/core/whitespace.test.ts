import * as assert from 'node:assert/strict';
import { isDecimalNumber } from '../../../src/core/text/numbers';
import { collapseWhitespace, joinLines } from '../../../src/core/text/whitespace';

describe('collapseWhitespace', () => {
  it('gives the same as replacing every whitespace run with one space', () => {
    for (const text of ['', ' Read more ', 'Read  more', 'Read\nmore', 'Read\u00a0more', 'a\tb  c\r\nd', 'plain words only', '\u2003x']) {
      assert.equal(collapseWhitespace(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
    }
  });
});

describe('joinLines and isDecimalNumber', () => {
  it('joins the lines of a message with single spaces', () => {
    assert.equal(joinLines('  First line  \r\n\n   second\tline \n'), 'First line second\tline');
    assert.equal(joinLines('one line'), 'one line');
  });

  it('accepts plain decimal numbers only', () => {
    for (const text of ['3', '2.5', '.5', '0']) assert.ok(isDecimalNumber(text), text);
    for (const text of ['', '.', '5.', '-1', '1e3', '1.2.3', ' 1', '0x1']) assert.ok(!isDecimalNumber(text), text);
    assert.ok(isDecimalNumber('-1', { sign: true }));
    assert.ok(isDecimalNumber('5.', { trailingPoint: true }));
    assert.ok(!isDecimalNumber('+', { sign: true }));
  });
});
