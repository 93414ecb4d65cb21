import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runCli } from './runCli';

describe('content-bridge check agrees with the editor', () => {
  it('reports for pages/all-checks.html exactly what the VS Code integration test sees', () => {
    // test/integration/cliParity.test.ts checks the editor's diagnostics against the same file.
    const page = 'test/fixtures/workspace/pages/all-checks.html';
    const expected = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/workspace/pages/all-checks.expected.json'), 'utf8')) as unknown[];
    const run = runCli(['check', page, '--format', 'json']);
    const reported = (JSON.parse(run.stdout) as { file: string }[]).map(({ file, ...finding }) => {
      assert.equal(file, page);
      return finding;
    });
    assert.ok(expected.length >= 40, 'the page exercises most checks');
    assert.deepEqual(reported, expected);
  });
});
