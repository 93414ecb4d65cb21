import * as assert from 'node:assert/strict';
import { collapseWhitespace } from '../../../src/core/text/whitespace';

describe('collapseWhitespace', () => {
  it('gives the same as replacing every whitespace run with one space', () => {
    for (const text of ['', ' Read more ', 'Read  more', 'Read\nmore', 'Read\u00a0more', 'a\tb  c\r\nd', 'plain words only', '\u2003x']) {
      assert.equal(collapseWhitespace(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
    }
  });
});
