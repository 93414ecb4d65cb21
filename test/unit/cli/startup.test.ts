import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { attributeFacts, roleFacts } from '../../../src/core/aria/ariaQueryTables';
import { repoRoot } from './runCli';

/** Node's own modules the command line needs only for some runs: threads, git, SARIF fingerprints. */
const loadedOnDemand = ['worker_threads', 'child_process', 'crypto'];

/** Runs the bundled CLI in `cwd` and lists Node's own modules it loaded, with what it printed. */
function runListingModules(args: readonly string[], cwd: string): { modules: Set<string>; stdout: string; status: number | null } {
  const report = `process.on('exit', () => process.stderr.write('MODULES ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(' ') + '\\n'));`;
  const result = spawnSync(
    process.execPath,
    ['-e', `${report} process.argv.splice(1, 0, ${JSON.stringify(path.join(repoRoot, 'dist', 'cli.js'))}); require(process.argv[1]);`, '--', ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (result.error) throw result.error;
  const line = result.stderr.split('\n').find((text) => text.startsWith('MODULES ')) ?? '';
  return { modules: new Set(line.slice('MODULES '.length).split(' ')), stdout: result.stdout, status: result.status };
}

describe('content-bridge start-up loads only what the run needs', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cb-startup-'));
    writeFileSync(
      path.join(folder, 'page.html'),
      '<!doctype html><html lang="en"><head><title>A page about the annual report</title></head><body><main><h1>Report</h1><div role="slider"></div></main></body></html>\n',
    );
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('checks HTML pages without loading threads, git or hashing', () => {
    const run = runListingModules(['check', 'page.html', '--format', 'json'], folder);
    for (const name of loadedOnDemand) assert.ok(!run.modules.has(name), `${name} was loaded`);
    // The ARIA tables work without aria-query: the slider's missing required values are reported.
    const findings = JSON.parse(run.stdout) as { ruleId: string; message: string }[];
    assert.ok(
      findings.some((finding) => finding.ruleId === 'aria-required-attr' && finding.message.includes('aria-valuenow')),
      run.stdout,
    );
  });

  it('loads hashing for SARIF, and SARIF output is complete', () => {
    const run = runListingModules(['check', 'page.html', '--format', 'sarif'], folder);
    assert.ok(run.modules.has('crypto'));
    const sarif = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] };
    const result = sarif.runs[0]!.results.find((found) => found.ruleId === 'aria-required-attr');
    assert.match(Object.values(result?.partialFingerprints ?? {})[0] ?? '', /^[0-9a-f]{32}$/);
  });

  it('loads threads when more than one is asked for, with the same findings', () => {
    const one = runListingModules(['check', 'page.html', '--format', 'json'], folder);
    const two = runListingModules(['check', 'page.html', '--format', 'json', '--jobs', '2'], folder);
    assert.ok(two.modules.has('worker_threads'));
    assert.equal(two.stdout, one.stdout);
  });

  it('bundles the ARIA tables as data and only the parser of htmlparser2: no bundle carries aria-query or domutils', () => {
    for (const bundle of ['cli.js', 'cli-worker.js', 'cli-markdown.js', 'extension.js', 'checkWorker.js', 'web/extension.js', 'web/checkWorker.js']) {
      const text = readFileSync(path.join(repoRoot, 'dist', bundle), 'utf8');
      // The development build names each bundled module in a comment.
      for (const name of ['node_modules/aria-query/', 'node_modules/domutils/', 'node_modules/dom-serializer/'])
        assert.ok(!text.includes(`// ${name}`), `${name} is in dist/${bundle}`);
      assert.ok(text.includes('// node_modules/htmlparser2/dist/esm/Parser.js'), `the parser is missing from dist/${bundle}`);
    }
  });

  it('computes at build time exactly the ARIA tables aria-query gives at run time', async () => {
    const builder = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'precomputedModules.mjs')).href)) as {
      precomputedSource(file: string): Promise<string>;
    };
    const source = await builder.precomputedSource(path.join(repoRoot, 'src', 'core', 'aria', 'ariaQueryTables.ts'));
    const evaluated: Record<string, unknown> = {};
    new Function('exports', source.replace(/^export const (\w+) = /gm, 'exports.$1 = '))(evaluated);
    assert.deepEqual(evaluated, { roleFacts, attributeFacts });
    assert.ok(Object.keys(roleFacts).length > 100 && 'aria-valuenow' in attributeFacts);
  });
});
