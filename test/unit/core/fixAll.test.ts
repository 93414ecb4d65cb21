import * as assert from 'node:assert/strict';
import { safeFixEdits, type Finding } from '../../../src/core';

const at = (start: number, end: number, newText: string) => ({ start, end, newText });
const finding = (fixes: Finding['fixes']): Finding => ({
  ruleId: 'x',
  severity: 'warning',
  message: 'm',
  startOffset: 0,
  endOffset: 0,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  fixes,
});

describe('fix all', () => {
  it('takes the first safe fix of each finding and leaves the rest', () => {
    const edits = safeFixEdits([
      finding([
        { title: 'judgement', edits: [at(0, 1, 'a')] },
        { title: 'safe', safe: true, edits: [at(2, 3, 'b')] },
      ]),
      finding([{ title: 'unsafe only', edits: [at(5, 6, 'c')] }]),
      finding([
        { title: 'asks', safe: true, ask: { prompt: 'p', placeholder: 'p', start: 7, end: 7, before: '', after: '', escape: 'text' }, edits: [at(7, 7, '')] },
      ]),
    ]);
    assert.deepEqual(edits, { edits: [at(2, 3, 'b')], fixedCount: 1, fixedRuleIds: ['x'] });
  });

  it('skips a fix that overlaps one already taken, so the edit is valid', () => {
    const edits = safeFixEdits([
      finding([{ title: 'one', safe: true, edits: [at(10, 20, 'x')] }]),
      finding([{ title: 'overlapping', safe: true, edits: [at(15, 25, 'y')] }]),
      finding([{ title: 'before', safe: true, edits: [at(0, 5, 'z')] }]),
    ]);
    assert.deepEqual(edits, { edits: [at(0, 5, 'z'), at(10, 20, 'x')], fixedCount: 2, fixedRuleIds: ['x', 'x'] });
  });

  it("counts a fix of several edits (an element's start and end tag) once", () => {
    const result = safeFixEdits([finding([{ title: 'blink to span', safe: true, edits: [at(0, 6, '<span'), at(10, 18, '</span>')] }])]);
    assert.equal(result.fixedCount, 1);
    assert.equal(result.edits.length, 2);
  });
});
