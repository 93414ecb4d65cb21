import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runCli } from './runCli';

describe('the sample site npm start opens', () => {
  it('has exactly the deliberate problems its README describes', () => {
    const run = runCli(['check', 'examples/sample-site', '--format', 'json']);
    const found = (JSON.parse(run.stdout) as { file: string; ruleId: string }[]).map((finding) => `${finding.file.replace('examples/sample-site/', '')} ${finding.ruleId}`);
    assert.deepEqual(found.sort(), [
      'about.html document-title',
      'about.html meta-description',
      'index.html link-text',
      'news/summer-reading.html image-alt',
      'news/summer-reading.html meta-description',
    ]);
    const readme = readFileSync(path.join(repoRoot, 'examples/sample-site/README.md'), 'utf8');
    assert.match(readme, /reports 5 problems \(2 errors, 3 warnings\) in 3 files/);
  });
});
