import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { repoRoot, runCli } from './runCli';

interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
}

describe('content-bridge check . with the generator settings and menus', function () {
  this.timeout(60_000);

  it('follows Jekyll permalinks and menus in _data, and reports a broken menu entry on its line there', () => {
    const run = runCli(['check', '.', '--format', 'json'], path.join(repoRoot, 'test', 'fixtures', 'siteAddresses', 'jekyll'));
    const findings = (JSON.parse(run.stdout) as JsonFinding[]).filter((finding) => ['missing-page', 'orphan-page'].includes(finding.ruleId));
    assert.deepEqual(
      findings.map((finding) => [finding.file, finding.ruleId, finding.line, finding.column]),
      [
        ['index.md', 'missing-page', 12, 26],
        ['_data/navigation.yml', 'missing-page', 8, 8],
      ],
      run.stderr,
    );
  });
});
