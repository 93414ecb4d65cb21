import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot, runCli } from './runCli';

interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

const findingsOf = (stdout: string) => JSON.parse(stdout) as JsonFinding[];
const summaries = (stdout: string) =>
  findingsOf(stdout).map((finding) => `${finding.file} ${finding.ruleId} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`);

/** A post whose only problem is a heading without a space after its # (markdownlint's MD018, on by default). */
const postWithBrokenHeading = [
  '---',
  'title: "Spring fair programme"',
  'description: "What happens when at the Riverside spring fair: book stalls, face painting and stories in the reading tent."',
  'image: "/images/fair.svg"',
  '---',
  '',
  'Games, books and cake on the library lawn.',
  '',
  '##Programme',
  '',
  'The stalls open at 10:00 and the reading tent at 11:00.',
  '',
].join('\n');

describe('content-bridge check on Markdown and template files', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-markdown-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const write = (name: string, text: string) => writeFileSync(path.join(scratch, name), text);
  const check = (...args: string[]) => runCli(['check', ...args, '--format', 'json'], scratch);

  it('finds Markdown pages and HTML templates in a folder, and leaves other files alone', () => {
    const page = '<img src="a.png">\n';
    for (const name of ['post.md', 'NEWS.MARKDOWN', 'base.njk', 'footer.liquid', 'card.hbs', 'list.handlebars', 'page.html']) {
      write(name, name.toLowerCase().endsWith('.md') || name.toLowerCase().endsWith('.markdown') ? '![](a.png)\n' : page);
    }
    write('notes.txt', page);
    write('readme.rst', page);
    const run = check('.');
    const files = new Set(findingsOf(run.stdout).map((finding) => finding.file));
    assert.deepEqual([...files].sort(), ['NEWS.MARKDOWN', 'base.njk', 'card.hbs', 'footer.liquid', 'list.handlebars', 'page.html', 'post.md']);
  });

  it('says which files it looks for when a folder holds none', () => {
    write('notes.txt', 'hello');
    const run = runCli(['check', '.'], scratch);
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      "content-bridge: No pages (.html, .htm, .md, .markdown, .njk, .liquid, .hbs, .handlebars) found in '.'. Check the path, or point at the folder that holds your pages.\n",
    );
  });

  it('keeps the JSON shape of HTML findings for Markdown findings, with Markdown positions', () => {
    write('post.md', postWithBrokenHeading);
    const run = check('post.md');
    const [finding, ...others] = findingsOf(run.stdout);
    assert.deepEqual(others, []);
    assert.deepEqual(Object.keys(finding), ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.deepEqual(finding, {
      file: 'post.md',
      ruleId: 'MD018',
      severity: 'warning',
      message: MD018_MESSAGE,
      line: 9,
      column: 1,
      endLine: 9,
      endColumn: 4,
    });
    assert.equal(run.stderr, '');
  });

  describe('markdownlint settings in the working folder', () => {
    it('reads .markdownlint.jsonc: a rule turned off there is not reported', () => {
      write('post.md', postWithBrokenHeading);
      write('.markdownlint.jsonc', '// headings are checked by the site build\n{ "MD018": false }\n');
      const run = check('post.md');
      assert.deepEqual(findingsOf(run.stdout), []);
      assert.equal(run.stderr, '');
    });

    it('reads .markdownlint.yaml', () => {
      write('post.md', postWithBrokenHeading);
      write('.markdownlint.yaml', 'no-missing-space-atx: false\n');
      assert.deepEqual(findingsOf(check('post.md').stdout), []);
    });

    it('uses .markdownlint.json over the config of .markdownlint-cli2.jsonc in the same folder, as markdownlint-cli2 does', () => {
      write('post.md', postWithBrokenHeading);
      write('.markdownlint.json', '{ "MD018": false }');
      write('.markdownlint-cli2.jsonc', '{ "config": { "MD018": true } }');
      assert.deepEqual(findingsOf(check('post.md').stdout), []);
    });

    it('never runs a JavaScript settings file: one note on stderr, and the next file is used', () => {
      write('post.md', postWithBrokenHeading);
      write('.markdownlint-cli2.cjs', "require('fs').writeFileSync('ran.txt', 'the settings file ran'); module.exports = { config: { MD018: true } };\n");
      write('.markdownlint.json', '{ "MD018": false }');
      const run = check('post.md');
      assert.equal(existsSync(path.join(scratch, 'ran.txt')), false, 'the JavaScript file must not run');
      assert.deepEqual(findingsOf(run.stdout), []);
      assert.equal(
        run.stderr,
        'content-bridge: Content Bridge does not run JavaScript files, so it does not read the Markdown settings in .markdownlint-cli2.cjs: it checks Markdown pages with the settings in .markdownlint.json. To share settings with Content Bridge, write them in .markdownlint.jsonc or .markdownlint.yaml.\n',
      );
    });

    it('reads an extends that starts with ~/ from the home folder', () => {
      write('post.md', postWithBrokenHeading);
      write('.markdownlint-cli2.jsonc', '{ "config": { "extends": "~/team/markdownlint.json" } }');
      mkdirSync(path.join(scratch, 'home', 'team'), { recursive: true });
      write('home/team/markdownlint.json', '{ "MD018": false }');
      const home = path.join(scratch, 'home');
      const run = runCli(['check', 'post.md', '--format', 'json'], scratch, { HOME: home, USERPROFILE: home });
      assert.deepEqual(findingsOf(run.stdout), []);
      assert.equal(run.stderr, '');
    });

    it("a missing file in the home folder is explained once on stderr, and the file's own settings apply", () => {
      write('post.md', postWithBrokenHeading);
      write('.markdownlint.yaml', 'MD036: false\nextends: ~/nowhere.yaml\n');
      const home = path.join(scratch, 'home');
      const run = runCli(['check', 'post.md', '--format', 'json'], scratch, { HOME: home, USERPROFILE: home });
      assert.equal(findingsOf(run.stdout).length, 1);
      assert.equal(
        run.stderr,
        `content-bridge: .markdownlint.yaml, line 2, column 10: "extends" names ~/nowhere.yaml, and there is no such file in your home folder (${home.split(path.sep).join('/')}/nowhere.yaml). Only the settings written in this file are used.\n`,
      );
    });

    it('an extends beside "config" in .markdownlint-cli2.jsonc is not followed, as markdownlint-cli2 does, with a note', () => {
      write('post.md', postWithBrokenHeading);
      write('base.json', '{ "MD018": false }');
      write('.markdownlint-cli2.jsonc', '{ "extends": "base.json", "config": { "MD036": false } }');
      const run = check('post.md');
      assert.equal(findingsOf(run.stdout).length, 1, 'base.json is not read');
      assert.match(
        run.stderr,
        /^content-bridge: markdownlint does not read an "extends" written beside "config" in \.markdownlint-cli2\.jsonc, so the settings in base\.json are not used\. To use them, move it inside "config"/,
      );
    });

    it("a broken settings file is explained on stderr, and markdownlint's defaults are used", () => {
      write('post.md', postWithBrokenHeading);
      write('.markdownlint.json', '{ "MD018": false, }}');
      const run = check('post.md');
      assert.equal(findingsOf(run.stdout).length, 1, 'the default rules still run');
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0], /^content-bridge: \.markdownlint\.json, line 1, column \d+: /);
    });
  });

  describe('markdownlint settings in folders and the files they extend', () => {
    // test/fixtures/markdownlint-settings: the same page, with "##Library" (no space after #), in four folders.
    const site = path.join(repoRoot, 'test', 'fixtures', 'markdownlint-settings');
    const run = () => runCli(['check', '.', '--format', 'json'], site);
    const missingSpaceAt = (stdout: string) =>
      findingsOf(stdout)
        .filter((finding) => finding.ruleId === 'MD018')
        .map((finding) => `${finding.file} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`);

    it('the nearest folder wins, whole, and extends is read relative to the file that says it', () => {
      // Root: .markdownlint.jsonc extends shared/base.yaml, which turns the rule off. docs/ turns it back on (its own
      // file replaces the root's). notes/ extends a missing file: its own settings still apply. drafts/ has a
      // broken file: it is passed over, so the root's settings apply.
      assert.deepEqual(missingSpaceAt(run().stdout), ['docs/guides/page.md 9:1-9:4']);
    });

    it('says once on stderr what is wrong with a settings file, where, and what is used instead', () => {
      const lines = run().stderr.trimEnd().split('\n');
      assert.deepEqual(lines.length, 2, lines.join('\n'));
      assert.match(lines[0], /^content-bridge: drafts\/\.markdownlint\.json, line 1, column 19: This markdownlint settings file has a mistake here/);
      assert.equal(
        lines[1],
        'content-bridge: notes/.markdownlint.yaml, line 1, column 10: "extends" names ../missing-base.json, and there is no such file (it is looked for next to this file). Only the settings written in this file are used.',
      );
    });
  });

  it('reports a Markdown post with the deliberate problems the editor shows, exactly as the editor test expects', () => {
    // test/integration/markdown.test.ts checks the editor's diagnostics against the same file.
    const post = 'test/fixtures/workspace/markdown/post.md';
    const run = runCli(['check', post, '--format', 'json']);
    assert.deepEqual(summaries(run.stdout), POST_FINDINGS);
    const expected = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/workspace/markdown/post.expected.json'), 'utf8')) as unknown[];
    assert.deepEqual(
      findingsOf(run.stdout).map(({ file, ...finding }) => {
        assert.equal(file, post);
        return finding;
      }),
      expected,
    );
  });
});

const MD018_MESSAGE = 'This line starts with # but has no space after it, so it shows as text, not as a heading. Add a space after the #.';
const POST_FINDINGS: string[] = [
  'test/fixtures/workspace/markdown/post.md front-matter-title 2:1-2:6',
  'test/fixtures/workspace/markdown/post.md image-alt 9:1-9:4',
  'test/fixtures/workspace/markdown/post.md heading-order 13:1-13:22',
  'test/fixtures/workspace/markdown/post.md link-text 17:21-17:33',
];
