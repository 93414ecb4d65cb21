import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { escapeData, escapeProperty } from '../../../src/cli/formatGithub';
import { inShard } from '../../../src/cli/runCheck';
import { siteRules } from '../../../src/core';
import { repoRoot, runCli } from './runCli';

interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly line: number;
}

const crossPageIds = new Set(siteRules.map((rule) => rule.meta.id));
const findingsOf = (stdout: string) => JSON.parse(stdout) as JsonFinding[];
const fixtureSite = (name: string) => path.join(repoRoot, 'test', 'fixtures', 'site', name);
const sarifSchema = JSON.parse(
  readFileSync(path.join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<title>${title}</title>\n<meta name="description" content="A page of the Riverside Library site, with what readers need to know.">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('content-bridge check . (the whole site, with the cross-page checks)', function () {
  // Each test runs the command line several times, as CI would.
  this.timeout(60_000);
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-site-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('reports page findings, then the cross-page findings at the linking page, and fails on a broken link', () => {
    const run = runCli(['check', '.', '--format', 'json'], fixtureSite('missing-page'));
    assert.equal(run.status, 1, run.stderr);
    const findings = findingsOf(run.stdout);
    const broken = findings.filter((finding) => finding.ruleId === 'missing-page');
    assert.deepEqual(
      broken.map((finding) => [finding.file, finding.line]),
      [
        ['content/posts/summer.md', 8],
        ['content/posts/summer.md', 10],
        ['content/posts/summer.md', 14],
      ],
    );
    const firstCrossPage = findings.findIndex((finding) => crossPageIds.has(finding.ruleId));
    assert.ok(
      findings.slice(firstCrossPage).every((finding) => crossPageIds.has(finding.ruleId)),
      'cross-page findings come after the page findings',
    );
  });

  it('runs only the page checks when given files or a folder rather than the whole site', () => {
    const run = runCli(['check', 'content/posts/summer.md', '--format', 'json'], fixtureSite('missing-page'));
    assert.deepEqual(
      findingsOf(run.stdout).filter((finding) => crossPageIds.has(finding.ruleId)),
      [],
    );
  });

  it('says which part of the text output looks across pages', () => {
    const run = runCli(['check', '.'], fixtureSite('missing-page'));
    assert.match(
      run.stdout,
      /Across pages \(links between pages, shared titles and descriptions\):\n\ncontent\/posts\/summer\.md\n {2}8:32 +error +This link goes to "\/posts\/winners-2023\/"/,
    );
  });

  it('leaves out what .gitignore and "ignore" in .contentbridge.json list, as pages and as link targets', () => {
    writeFileSync(path.join(scratch, '.gitignore'), 'drafts/\n');
    writeFileSync(path.join(scratch, '.contentbridge.json'), '{ "ignore": ["old/*.html"] }');
    cpSync(path.join(fixtureSite('orphan-page'), 'index.html'), path.join(scratch, 'index.html'));
    writeFileSync(
      path.join(scratch, 'hours.html'),
      page('Opening hours this week', '<h1>Hours</h1><a href="drafts/winter.html">Winter</a> <a href="index.html">Home</a>'),
    );
    for (const file of ['drafts/winter.html', 'old/2019.html']) {
      const target = path.join(scratch, file);
      execFileSync('mkdir', ['-p', path.dirname(target)]);
      writeFileSync(target, '<img src="x.png">');
    }
    const findings = findingsOf(runCli(['check', '.', '--format', 'json'], scratch).stdout);
    assert.deepEqual([...new Set(findings.map((finding) => finding.file))].sort(), ['hours.html', 'index.html']);
    assert.deepEqual(
      findings.filter((finding) => finding.ruleId === 'missing-page').map((finding) => finding.file),
      ['hours.html'],
    );
  });

  it('--max-warnings fails a run with more warnings than allowed, and passes at the limit', () => {
    writeFileSync(path.join(scratch, 'index.html'), page('Riverside Library home', '<h1>Welcome</h1><a href="#news">News</a>'));
    const warnings = findingsOf(runCli(['check', '.', '--format', 'json'], scratch).stdout).filter((finding) => finding.severity === 'warning').length;
    assert.ok(warnings > 0);
    assert.equal(runCli(['check', '.', '--max-warnings', String(warnings)], scratch).status, 0);
    const over = runCli(['check', '.', '--max-warnings', String(warnings - 1)], scratch);
    assert.equal(over.status, 1);
    assert.match(over.stderr, new RegExp(`${warnings} warnings found, more than the ${warnings - 1} allowed`));
  });

  it('--changed-since checks changed pages only, while the cross-page checks still see the whole site', () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: scratch });
    writeFileSync(path.join(scratch, 'index.html'), page('Riverside Library home', '<h1>Welcome</h1><img src="a.png"><a href="hours.html">Hours</a>'));
    writeFileSync(path.join(scratch, 'hours.html'), page('Opening hours this week', '<h1>Hours</h1><img src="b.png"><a href="index.html">Home</a>'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'site');
    writeFileSync(path.join(scratch, 'hours.html'), page('Opening hours this week', '<h1>Hours</h1><img src="c.png"><a href="gone.html">Gone</a>'));
    const findings = findingsOf(runCli(['check', '.', '--changed-since', 'HEAD', '--format', 'json'], scratch).stdout);
    const pageFindingFiles = new Set(findings.filter((finding) => !crossPageIds.has(finding.ruleId)).map((finding) => finding.file));
    assert.deepEqual([...pageFindingFiles], ['hours.html']);
    assert.ok(
      findings.some((finding) => finding.file === 'index.html' && finding.ruleId === 'missing-file'),
      'unchanged page still gets its cross-page finding',
    );
    assert.ok(findings.some((finding) => finding.file === 'hours.html' && finding.ruleId === 'missing-page'));
    const unknown = runCli(['check', '.', '--changed-since', 'no-such-branch'], scratch);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Cannot find the changes since 'no-such-branch'/);
  });

  it('--shard splits the page findings without overlap and reports cross-page findings in the first shard only', () => {
    for (let index = 0; index < 12; index++)
      writeFileSync(path.join(scratch, `p${index}.html`), page(`Page number ${index} of the site`, '<h1>Page</h1><img src="missing.png" alt="A picture">'));
    const all = findingsOf(runCli(['check', '.', '--format', 'json'], scratch).stdout);
    const first = findingsOf(runCli(['check', '.', '--shard', '1/3', '--format', 'json'], scratch).stdout);
    const second = findingsOf(runCli(['check', '.', '--shard', '2/3', '--format', 'json'], scratch).stdout);
    const third = findingsOf(runCli(['check', '.', '--shard', '3/3', '--format', 'json'], scratch).stdout);
    const key = (finding: JsonFinding) => `${finding.file}:${finding.line}:${finding.ruleId}`;
    assert.deepEqual([...first, ...second, ...third].map(key).sort(), all.map(key).sort());
    assert.ok(first.some((finding) => crossPageIds.has(finding.ruleId)));
    assert.deepEqual(
      [...second, ...third].filter((finding) => crossPageIds.has(finding.ruleId)),
      [],
    );
    assert.ok(second.length > 0 && third.length > 0, 'every shard gets some pages');
    assert.equal(runCli(['check', '.', '--shard', '4/3'], scratch).status, 2);
  });

  it('--format sarif is valid SARIF 2.1.0 with rule metadata, help links and repository-relative paths', () => {
    const run = runCli(
      ['check', '.', '--format', 'sarif', '--docs-url', 'https://github.com/riverside-library/content-bridge/blob/main'],
      fixtureSite('missing-page'),
    );
    const log = JSON.parse(run.stdout) as SarifLog;
    // The published schema's pattern for a language tag is only valid without the regular expressions' unicode flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const valid = ajv.validate(sarifSchema, log);
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 3)));
    assert.equal(ajv.validate(sarifSchema, { ...log, runs: [{ ...log.runs[0], results: [{ level: 'severe' }] }] }), false, 'the schema check can fail');
    const [only] = log.runs;
    const broken = only.results.find((result) => result.ruleId === 'missing-page')!;
    assert.equal(broken.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/site/missing-page/content/posts/summer.md');
    assert.deepEqual(broken.locations[0].physicalLocation.region, { startLine: 8, startColumn: 32, endLine: 8, endColumn: 52 });
    assert.equal(broken.level, 'error');
    const rule = only.tool.driver.rules.find((candidate) => candidate.id === 'missing-page')!;
    assert.equal(rule.shortDescription.text, 'Links go to pages that exist');
    assert.equal(rule.helpUri, 'https://github.com/riverside-library/content-bridge/blob/main/docs/rules/missing-page.md');
    for (const result of only.results)
      assert.ok(
        only.tool.driver.rules.some((candidate) => candidate.id === result.ruleId),
        `no metadata for ${result.ruleId}`,
      );
  });

  it('keeps SARIF fingerprints when lines move, and tells repeated findings apart', () => {
    writeFileSync(path.join(scratch, 'index.html'), page('Riverside Library home', '<h1>Welcome</h1>\n<img src="a.png">\n<img src="a.png">'));
    const fingerprints = () =>
      (JSON.parse(runCli(['check', '.', '--format', 'sarif'], scratch).stdout) as SarifLog).runs[0].results
        .filter((result) => result.ruleId === 'image-alt')
        .map((result) => result.partialFingerprints['contentBridgeFinding/v1']);
    const before = fingerprints();
    assert.equal(new Set(before).size, 2);
    writeFileSync(
      path.join(scratch, 'index.html'),
      page('Riverside Library home', '<h1>Welcome</h1>\n<p>A new paragraph above.</p>\n\n<img src="a.png">\n<img src="a.png">'),
    );
    assert.deepEqual(fingerprints(), before);
  });

  it('--format github writes one workflow command per finding, escaped as GitHub reads them', () => {
    const run = runCli(['check', '.', '--format', 'github'], fixtureSite('missing-page'));
    const lines = run.stdout.trim().split('\n');
    assert.ok(
      lines.every((line) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::/.test(line)),
      lines[0],
    );
    assert.ok(
      lines.includes(
        '::error file=content/posts/summer.md,line=8,col=32,endLine=8,endColumn=52,title=Links go to pages that exist (missing-page)::This link goes to "/posts/winners-2023/"%2C but the site has no page at that address. Readers would get a "page not found" error: correct the address, or remove the link.'.replace(
          '%2C',
          ',',
        ),
      ),
    );
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('news/a,b:c.html'), 'news/a%2Cb%3Ac.html');
  });

  it('splits files into shards by their path alone, the same on every run', () => {
    const shardOf = (file: string) => [1, 2, 3, 4].find((index) => inShard(file, { index, count: 4 }));
    const files = Array.from({ length: 400 }, (_, index) => `pages/p${index}.html`);
    const sizes = [1, 2, 3, 4].map((index) => files.filter((file) => shardOf(file) === index).length);
    assert.ok(
      sizes.every((size) => size > 60),
      `uneven shards: ${sizes.join(', ')}`,
    );
    assert.equal(shardOf('pages/p7.html'), shardOf('pages/p7.html'));
  });
});

interface SarifLog {
  readonly runs: readonly {
    readonly results: readonly {
      readonly ruleId: string;
      readonly level: string;
      readonly partialFingerprints: Record<string, string>;
      readonly locations: readonly { readonly physicalLocation: { readonly artifactLocation: { readonly uri: string }; readonly region: object } }[];
    }[];
    readonly tool: {
      readonly driver: { readonly rules: readonly { readonly id: string; readonly helpUri: string; readonly shortDescription: { readonly text: string } }[] };
    };
  }[];
}
