import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot, runCli } from './runCli';

const fixtures = 'test/fixtures/cli';
const problemPage = `${fixtures}/problems/page.html`;

const missingDescriptionMessage =
  'This page has no description for search results. Add <meta name="description" content="…"> with 50–160 characters that sum up the page.';
const missingAltMessage =
  'This image has no alt text. Screen reader users will not know what it shows. Describe it in alt="…", or use alt="" if it is only decoration.';

/** Usage errors: exit 2, nothing on stdout, one line on stderr. */
function assertUsageError(args: readonly string[], expectedInMessage: RegExp, cwd?: string): void {
  const run = runCli(args, cwd);
  assert.equal(run.status, 2, `exit code for ${args.join(' ')}; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got: ${run.stderr}`);
  assert.match(lines[0], /^content-bridge: /);
  assert.match(lines[0], expectedInMessage);
}

describe('content-bridge CLI', () => {
  describe('exit codes', () => {
    it('exits 0 and says so when there are no problems', () => {
      const run = runCli(['check', `${fixtures}/clean`]);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, 'No problems found in 1 file.\n');
      assert.equal(run.stderr, '');
    });

    it('exits 0 when there are only warnings', () => {
      const run = runCli(['check', `${fixtures}/warnings-only`]);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^1 problem \(0 errors, 1 warning\) in 1 file$/m);
    });

    it('exits 1 when a page has an error', () => {
      assert.equal(runCli(['check', problemPage]).status, 1);
    });
  });

  describe('--format json', () => {
    it('lists each finding with its file and 1-based positions, and nothing else', () => {
      const run = runCli(['check', problemPage, '--format', 'json']);
      assert.equal(run.status, 1);
      assert.deepEqual(JSON.parse(run.stdout), [
        {
          file: problemPage,
          ruleId: 'meta-description',
          severity: 'warning',
          message: missingDescriptionMessage,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 7,
        },
        { file: problemPage, ruleId: 'image-alt', severity: 'error', message: missingAltMessage, line: 15, column: 3, endLine: 15, endColumn: 48 },
      ]);
    });

    it('prints an empty array when there are no problems', () => {
      const run = runCli(['check', `${fixtures}/clean`, '--format=json']);
      assert.equal(run.status, 0);
      assert.deepEqual(JSON.parse(run.stdout), []);
    });

    it('gives paths relative to the working folder, with forward slashes', () => {
      const run = runCli(['check', 'problems', '-f', 'json'], path.join(repoRoot, fixtures));
      const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((finding) => finding.file));
      assert.deepEqual([...files], ['problems/page.html']);
    });
  });

  describe('text format', () => {
    it('groups findings under each file and ends with a summary', () => {
      const run = runCli(['check', fixtures]);
      assert.equal(run.status, 1);
      const expectedStart = [`${fixtures}/problems/page.html`, `  3:1   warning  ${missingDescriptionMessage}`].join('\n');
      assert.ok(run.stdout.startsWith(expectedStart), run.stdout);
      assert.match(run.stdout, /^ {2}15:3 {2}error {4}This image has no alt text\..* {2}image-alt$/m);
      assert.match(run.stdout, /^test\/fixtures\/cli\/warnings-only\/short-description\.html$/m);
      assert.ok(run.stdout.endsWith('\n\n3 problems (1 error, 2 warnings) in 2 files\n'), run.stdout);
    });
  });

  describe('choosing files', () => {
    it('expands quoted glob patterns', () => {
      const run = runCli(['check', `${fixtures}/**/*.html`, '--format', 'json']);
      const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((finding) => finding.file));
      assert.deepEqual([...files].sort(), [problemPage, `${fixtures}/warnings-only/short-description.html`]);
    });

    it('checks a file named twice only once', () => {
      const run = runCli(['check', problemPage, problemPage, `${fixtures}/problems`, '--format', 'json']);
      assert.equal((JSON.parse(run.stdout) as unknown[]).length, 2);
    });

    describe('in a scratch folder', () => {
      let scratch: string;
      const page = '<!DOCTYPE html><html><head></head><body><img src="a.png"></body></html>';

      beforeEach(() => {
        scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-cli-'));
      });
      afterEach(() => {
        rmSync(scratch, { recursive: true, force: true });
      });

      it('skips node_modules and .git, and counts .HTM files', () => {
        for (const folder of ['node_modules/some-package', '.git/hooks', 'site']) mkdirSync(path.join(scratch, folder), { recursive: true });
        writeFileSync(path.join(scratch, 'node_modules/some-package/readme.html'), page);
        writeFileSync(path.join(scratch, '.git/hooks/page.html'), page);
        writeFileSync(path.join(scratch, 'site/OLD.HTM'), page);
        const run = runCli(['check', '.', '--format', 'json'], scratch);
        const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((finding) => finding.file));
        assert.deepEqual([...files], ['site/OLD.HTM']);
      });

      it('answers a file that is not text with the one note the editor shows, and still checks the others', () => {
        writeFileSync(path.join(scratch, 'good.html'), page);
        writeFileSync(path.join(scratch, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
        const run = runCli(['check', '.', '--format', 'json'], scratch);
        assert.equal(run.stderr, '');
        const findings = JSON.parse(run.stdout) as { file: string; ruleId: string }[];
        assert.deepEqual([...new Set(findings.map((finding) => finding.file))], ['good.html', 'photo.html']);
        assert.deepEqual(
          findings.filter((finding) => finding.file === 'photo.html').map((finding) => finding.ruleId),
          ['not-text'],
        );
      });

      it('shows files outside the working folder by their full path', () => {
        const file = path.join(scratch, 'outside.html');
        writeFileSync(file, page);
        const [finding] = JSON.parse(runCli(['check', file, '--format', 'json']).stdout) as { file: string }[];
        assert.equal(finding.file, file.split(path.sep).join('/'));
      });

      it('reads UTF-8 with a byte-order mark without shifting columns', () => {
        writeFileSync(path.join(scratch, 'bom.html'), '\ufeff<img src="a.png">');
        const [finding] = JSON.parse(runCli(['check', 'bom.html', '--format', 'json'], scratch).stdout) as { column: number }[];
        assert.equal(finding.column, 1);
      });
    });
  });

  describe('bad usage exits 2 with a one-line explanation', () => {
    it('an unknown option', () => assertUsageError(['check', fixtures, '--fix'], /Unknown option '--fix'.*--help/));
    it('an unknown command', () => assertUsageError(['lint', fixtures], /Unknown command 'lint'. The commands are 'check' and 'rules'/));
    it('no command', () => assertUsageError([], /content-bridge check/));
    it('no files', () => assertUsageError(['check'], /Say which files to check/));
    it('an unknown format', () => assertUsageError(['check', fixtures, '--format', 'xml'], /Unknown format 'xml'.*--format text, json, sarif or github/));
    it('a format without a value', () => assertUsageError(['check', fixtures, '--format'], /needs a value/));
    it('a file that does not exist', () => assertUsageError(['check', 'missing/page.html'], /Cannot find 'missing\/page\.html'/));
    it('a pattern that matches no page', () => assertUsageError(['check', `${fixtures}/**/*.php`], /No pages/));
    it('only files that are not pages', () => assertUsageError(['check', `${fixtures}/problems/notes.txt`], /No pages/));
  });

  describe('--help and --version', () => {
    it('--help shows usage and exits 0', () => {
      const run = runCli(['--help']);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /content-bridge check <files, folders or globs\.\.\.> \[--format text\|json\|sarif\|github\]/);
      assert.match(run.stdout, /Exit codes:/);
    });

    it('--version prints the package version', () => {
      const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
      const run = runCli(['--version']);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `${version}\n`);
    });
  });
});
