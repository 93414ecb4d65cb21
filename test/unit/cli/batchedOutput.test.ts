import * as assert from 'node:assert/strict';
import { batchedOutput } from '../../../src/cli/batchedOutput';

describe('CLI output in larger writes', () => {
  it('writes the same text, in order, in a few large writes instead of one per file', async () => {
    const writes: string[] = [];
    const output = batchedOutput(
      (text) => void writes.push(text),
      () => 0,
    );
    const parts = Array.from({ length: 10_000 }, (_, index) => `file-${index}.html: a finding\n`);
    for (const part of parts) await output.write(part);
    assert.ok(writes.length < 10, `${writes.length} writes`);
    await output.flush();
    assert.equal(writes.join(''), parts.join(''));
  });

  it('holds nothing back longer than a fifth of a second, so a slow check still shows results as they come', async () => {
    const writes: string[] = [];
    let clock = 0;
    const output = batchedOutput(
      (text) => void writes.push(text),
      () => clock,
    );
    await output.write('first\n');
    assert.deepEqual(writes, []);
    clock = 250;
    await output.write('second\n');
    assert.deepEqual(writes, ['first\nsecond\n']);
  });

  it('waits for a slow reader before going on', async () => {
    let drained = false;
    const output = batchedOutput(
      () => new Promise<void>((resolve) => setTimeout(() => resolve(void (drained = true)), 5)),
      () => 0,
    );
    await output.write('x'.repeat(70 * 1024));
    assert.ok(drained);
  });
});
