import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runCli } from './runCli';

describe('the sample site npm start opens', () => {
  it('has exactly the deliberate problems its README describes', () => {
    const run = runCli(['check', 'examples/sample-site', '--site', 'jekyll', '--format', 'json']);
    const found = (JSON.parse(run.stdout) as { file: string; ruleId: string }[]).map(
      (finding) => `${finding.file.replace('examples/sample-site/', '')} ${finding.ruleId}`,
    );
    assert.deepEqual(found.sort(), [
      '_posts/2026-05-02-summer-reading-winners.md front-matter-title',
      '_posts/2026-05-02-summer-reading-winners.md image-alt',
      '_posts/2026-05-20-volunteer-with-us.md heading-order',
      '_posts/2026-05-20-volunteer-with-us.md link-text',
      'about.html document-title',
      'about.html meta-description',
      'index.html link-text',
      'news/summer-reading.html image-alt',
      'news/summer-reading.html meta-description',
    ]);
    const readme = readFileSync(path.join(repoRoot, 'examples/sample-site/README.md'), 'utf8');
    assert.match(readme, /reports 9 problems \(4 errors, 5 warnings\) in 5 files/);
  });

  it('shows the Markdown problems at the Markdown that causes them', () => {
    const run = runCli(['check', 'examples/sample-site/_posts', '--site', 'jekyll', '--format', 'json']);
    const found = (JSON.parse(run.stdout) as { file: string; ruleId: string; line: number; column: number; endColumn: number }[]).map(
      (finding) => `${finding.file.replace('examples/sample-site/_posts/', '')} ${finding.ruleId} ${finding.line}:${finding.column}-${finding.endColumn}`,
    );
    assert.deepEqual(found, [
      '2026-05-02-summer-reading-winners.md front-matter-title 3:1-6',
      '2026-05-02-summer-reading-winners.md image-alt 10:1-4',
      '2026-05-20-volunteer-with-us.md heading-order 12:1-18',
      '2026-05-20-volunteer-with-us.md link-text 20:13-25',
    ]);
  });
});
