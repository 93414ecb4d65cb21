import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { docsBaseFromManifest } from '../../../src/cli/docsUrl';
import { repoRoot, runCli } from './runCli';

const sarifSchema = JSON.parse(
  readFileSync(path.join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
const site = path.join(repoRoot, 'test', 'fixtures', 'site', 'missing-page');

interface SarifRule {
  readonly id: string;
  readonly helpUri?: string;
  readonly help: { readonly text: string };
}
const driverOf = (stdout: string) =>
  (JSON.parse(stdout) as { runs: { tool: { driver: { informationUri?: string; rules: SarifRule[] } } }[] }).runs[0].tool.driver;

describe('SARIF help links to the rule pages', function () {
  this.timeout(60_000);

  it('--docs-url puts every rule page under the given address, and the result is valid SARIF', () => {
    const run = runCli(['check', '.', '--format', 'sarif', '--docs-url', 'https://docs.example.org/content-bridge/'], site);
    const driver = driverOf(run.stdout);
    assert.equal(driver.informationUri, 'https://docs.example.org/content-bridge/docs/rules/README.md');
    assert.equal(driver.rules.find((rule) => rule.id === 'image-alt')?.helpUri, 'https://docs.example.org/content-bridge/docs/rules/image-alt.md');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    assert.ok(ajv.validate(sarifSchema, JSON.parse(run.stdout)), JSON.stringify(ajv.errors?.slice(0, 3)));
  });

  it('without a known address, rules carry their help text and no link that leads nowhere (still valid SARIF)', () => {
    const run = runCli(['check', '.', '--format', 'sarif'], site);
    const driver = driverOf(run.stdout);
    // This package.json names no repository: no placeholder address may appear.
    assert.equal(docsBaseFromManifest(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))), undefined);
    assert.equal(driver.informationUri, undefined);
    assert.ok(driver.rules.every((rule) => rule.helpUri === undefined && rule.help.text.length > 0));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    assert.ok(ajv.validate(sarifSchema, JSON.parse(run.stdout)), JSON.stringify(ajv.errors?.slice(0, 3)));
  });

  it('"docsUrl" in .contentbridge.json gives the help links; --docs-url wins over it', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-docs-url-'));
    try {
      cpSync(site, scratch, { recursive: true });
      writeFileSync(path.join(scratch, '.contentbridge.json'), '{ "docsUrl": "https://github.com/riverside/content-bridge/blob/main" }\n');
      const fromConfig = driverOf(runCli(['check', '.', '--format', 'sarif'], scratch).stdout);
      assert.equal(
        fromConfig.rules.find((rule) => rule.id === 'image-alt')?.helpUri,
        'https://github.com/riverside/content-bridge/blob/main/docs/rules/image-alt.md',
      );
      const fromOption = driverOf(runCli(['check', '.', '--format', 'sarif', '--docs-url', 'https://docs.example.org/cb/'], scratch).stdout);
      assert.equal(fromOption.rules.find((rule) => rule.id === 'image-alt')?.helpUri, 'https://docs.example.org/cb/docs/rules/image-alt.md');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('refuses a --docs-url that is not a web address, in plain words', () => {
    const run = runCli(['check', '.', '--format', 'sarif', '--docs-url', 'docs/rules'], site);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /needs the web address where the docs\/rules pages are published/);
  });

  it("works out the address of the repository's files from package.json's repository or homepage", () => {
    const base = (manifest: unknown) => docsBaseFromManifest(manifest);
    assert.equal(
      base({ repository: { type: 'git', url: 'git+https://github.com/riverside/web-tools.git' } }),
      'https://github.com/riverside/web-tools/blob/HEAD/',
    );
    assert.equal(base({ repository: 'github:riverside/web-tools' }), 'https://github.com/riverside/web-tools/blob/HEAD/');
    assert.equal(base({ repository: 'riverside/web-tools' }), 'https://github.com/riverside/web-tools/blob/HEAD/');
    assert.equal(
      base({ repository: { url: 'https://gitlab.com/riverside/web-tools.git', directory: 'packages/checker' } }),
      'https://gitlab.com/riverside/web-tools/-/blob/HEAD/packages/checker/',
    );
    assert.equal(base({ homepage: 'https://github.com/riverside/web-tools#readme' }), 'https://github.com/riverside/web-tools/blob/HEAD/');
    assert.equal(base({ homepage: 'https://riverside.example/' }), undefined);
    assert.equal(base({ repository: 'https://git.example.org/web-tools.git' }), undefined);
  });
});
