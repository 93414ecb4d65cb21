import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core';

describe('LineIndex', () => {
  it('converts offsets to 0-based lines and characters across \\n, \\r\\n and \\r', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(10), { line: 3, character: 0 });
    assert.equal(index.lineCount, 4);
  });

  it('round-trips offsets and clamps out-of-range values', () => {
    const text = 'one\ntwo\nthree';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) assert.equal(index.offsetAt(index.positionAt(offset)), offset);
    assert.deepEqual(index.positionAt(999), { line: 2, character: 5 });
    assert.equal(index.offsetAt({ line: 99, character: 0 }), 8);
  });

  it('reports indentation and the line break in use', () => {
    const index = new LineIndex('<head>\r\n\t  <title>x</title>\r\n</head>');
    assert.equal(index.indentationAt(12), '\t  ');
    assert.equal(index.eol, '\r\n');
    assert.equal(new LineIndex('single line').eol, '\n');
  });
});
