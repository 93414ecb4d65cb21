import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

const baseLayout = `<!DOCTYPE html>
<html lang="{{ site.Language.Locale }}">
<head>{{ partial "head.html" . }}</head>
<body>
<ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul>
<img src="{{ .Params.banner }}">
</body>
</html>
`;

interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
}

describe('content-bridge check on a site built with templates', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-site-'));
    mkdirSync(path.join(scratch, 'layouts/_default'), { recursive: true });
    mkdirSync(path.join(scratch, 'content'), { recursive: true });
    writeFileSync(path.join(scratch, 'layouts/_default/baseof.html'), baseLayout);
    writeFileSync(path.join(scratch, 'layouts/_default/list.njk'), '<p>{{ x }}</p>\n');
  });
  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  const findings = (args: readonly string[]): JsonFinding[] => {
    const run = runCli(['check', '.', '--format', 'json', ...args], scratch);
    assert.equal(run.stderr, '');
    return JSON.parse(run.stdout) as JsonFinding[];
  };

  it('detects Hugo: the layout gets element checks only, and nothing inside template code', () => {
    writeFileSync(path.join(scratch, 'hugo.toml'), 'title = "Library"\n');
    const found = findings([]);
    assert.deepEqual(found.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`).sort(), [
      'layouts/_default/baseof.html:6 image-alt',
      'layouts/_default/baseof.html:6 unsized-images',
    ]);
  });

  it('--site and the config file\'s "site" override detection', () => {
    writeFileSync(path.join(scratch, 'hugo.toml'), 'title = "Library"\n');
    mkdirSync(path.join(scratch, 'src/components'), { recursive: true });
    writeFileSync(path.join(scratch, 'src/components/card.html'), '<!doctype html>\n<html lang="en"><head></head><body></body></html>\n');
    const rulesOnComponent = (args: readonly string[]) =>
      findings(args)
        .filter((finding) => finding.file === 'src/components/card.html')
        .map((finding) => finding.ruleId);
    assert.ok(rulesOnComponent([]).includes('document-title'), 'on a Hugo site, src/components holds pages');
    assert.deepEqual(rulesOnComponent(['--site', 'astro']), []);
    writeFileSync(path.join(scratch, '.contentbridge.json'), '{ "site": "astro" }');
    assert.deepEqual(rulesOnComponent([]), []);
    assert.ok(rulesOnComponent(['--site', 'hugo']).includes('document-title'), '--site wins over the config file');
  });

  it('rejects an unknown --site', () => {
    const run = runCli(['check', '.', '--site', 'wordpress'], scratch);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /'--site' needs the tool that builds the site: hugo, jekyll, eleventy, astro, docusaurus, mkdocs, plain/);
  });
});
