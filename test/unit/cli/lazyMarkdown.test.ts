import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './runCli';

/** Runs the bundled CLI in `cwd` and says whether it loaded the Markdown engine's bundle, and what it printed. */
function runWatchingLoads(args: readonly string[], cwd: string): { loadedMarkdownEngine: boolean; stdout: string } {
  const hook = `const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (String(request).includes('cli-markdown')) process.stderr.write('LOADED cli-markdown\\n'); return load.call(this, request, ...rest); };`;
  const result = spawnSync(
    process.execPath,
    ['-e', `${hook} process.argv.splice(1, 0, ${JSON.stringify(path.join(repoRoot, 'dist', 'cli.js'))}); require(process.argv[1]);`, '--', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  if (result.error) throw result.error;
  return { loadedMarkdownEngine: result.stderr.includes('LOADED cli-markdown'), stdout: result.stdout };
}

describe('content-bridge loads the Markdown engine only for Markdown pages', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cb-lazy-'));
    writeFileSync(
      path.join(folder, 'page.html'),
      '<!doctype html><html lang="en"><head><title>A page about the annual report</title></head><body><main><h1>Report</h1><img src="a.png"></main></body></html>\n',
    );
    writeFileSync(path.join(folder, 'post.md'), '# Post\n\n![](photo.jpg)\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('starts and checks HTML pages without loading it', () => {
    assert.equal(runWatchingLoads(['--version'], folder).loadedMarkdownEngine, false);
    const html = runWatchingLoads(['check', 'page.html', '--format', 'json'], folder);
    assert.equal(html.loadedMarkdownEngine, false);
    assert.ok((JSON.parse(html.stdout) as { ruleId: string }[]).some((finding) => finding.ruleId === 'image-alt'));
  });

  it('keeps markdownlint and micromark out of the main bundle (importing the engine through its index would pull them in)', () => {
    const bundle = readFileSync(path.join(repoRoot, 'dist', 'cli.js'), 'utf8');
    // The development build names each bundled module in a comment.
    for (const name of ['node_modules/markdownlint/', 'node_modules/micromark/', 'node_modules/re2js/'])
      assert.ok(!bundle.includes(`// ${name}`), `${name} is in dist/cli.js`);
  });

  it('loads it when a Markdown page is met, and checks that page', () => {
    const both = runWatchingLoads(['check', '.', '--format', 'json'], folder);
    assert.equal(both.loadedMarkdownEngine, true);
    const files = new Set((JSON.parse(both.stdout) as { file: string; ruleId: string }[]).map((finding) => `${finding.file} ${finding.ruleId}`));
    assert.ok(files.has('post.md image-alt'), [...files].join(', '));
    assert.ok(files.has('page.html image-alt'), [...files].join(', '));
  });
});
