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

  it('follows MkDocs addresses and the nav in mkdocs.yml (its tags read quietly), and reports a missing nav entry on its line there', () => {
    const run = runCli(['check', '.', '--format', 'json'], path.join(repoRoot, 'test', 'fixtures', 'siteAddresses', 'mkdocs'));
    const findings = (JSON.parse(run.stdout) as JsonFinding[]).filter((finding) => ['missing-page', 'orphan-page'].includes(finding.ruleId));
    assert.deepEqual(
      findings.map((finding) => [finding.file, finding.ruleId, finding.line, finding.column]),
      [
        ['docs/guides/unlisted.md', 'orphan-page', 3, 8],
        ['docs/index.md', 'missing-page', 11, 32],
        ['mkdocs.yml', 'missing-page', 9, 15],
      ],
      run.stderr,
    );
    assert.equal(run.stderr, '');
  });

  it('follows Astro pages, collections and dynamic routes without reading its .astro files', () => {
    const run = runCli(['check', '.', '--format', 'json'], path.join(repoRoot, 'test', 'fixtures', 'siteAddresses', 'astro'));
    const findings = (JSON.parse(run.stdout) as JsonFinding[]).filter((finding) => ['missing-page', 'orphan-page', 'missing-file'].includes(finding.ruleId));
    assert.deepEqual(
      findings.map((finding) => [finding.file, finding.ruleId, finding.line]),
      [
        ['src/pages/index.md', 'missing-page', 14],
        ['src/pages/index.md', 'missing-page', 17],
      ],
      run.stderr,
    );
  });
});
