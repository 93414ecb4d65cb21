import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { compilerFlagsFor } from '../../../src/cli/compilerFlags';
import { repoRoot, runCli } from './runCli';

describe('content-bridge tunes V8 for a short run', () => {
  it('gives the flags only to V8 versions known to have them', () => {
    assert.match(compilerFlagsFor('11.3.244.8-node.38') ?? '', /--interrupt-budget=\d+ --max-inlined-bytecode-size-cumulative=\d+/);
    assert.ok(compilerFlagsFor('12.4.254.21-node.33'));
    assert.equal(compilerFlagsFor('8.4.371.23-node.89'), undefined);
    assert.equal(compilerFlagsFor('14.0.1'), undefined);
    assert.equal(compilerFlagsFor('unknown'), undefined);
  });

  it('sets them before any checking code is loaded, and this Node accepts them', () => {
    const bundle = readFileSync(path.join(repoRoot, 'dist', 'cli.js'), 'utf8');
    const tuning = bundle.indexOf('// src/cli/compilerTuning.ts');
    assert.ok(tuning > 0, 'the tuning is in the bundle');
    // Modules before it are only defined there; none of them runs before the flags are set.
    assert.equal(/^init_\w+\(\);$/m.exec(bundle.slice(0, tuning)), null);
    const folder = mkdtempSync(path.join(tmpdir(), 'cb-flags-'));
    try {
      writeFileSync(
        path.join(folder, 'page.html'),
        '<!doctype html><html lang="en"><head><title>Opening hours of the library</title></head><body><img src="a.png"></body></html>\n',
      );
      const run = runCli(['check', 'page.html', '--format', 'json'], folder);
      assert.equal(run.stderr, '');
      assert.ok((JSON.parse(run.stdout) as { ruleId: string }[]).some((finding) => finding.ruleId === 'image-alt'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
