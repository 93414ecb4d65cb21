import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { siteRules, check, decodeBytes, parseProjectConfig } from '../../../src/core';
import { batchSize, checkFiles } from '../../../src/cli/checkFiles';
import { formatJson, jsonWriter } from '../../../src/cli/formatJson';
import { textWriter } from '../../../src/cli/formatText';
import { repoRoot, runCli } from './runCli';

const page = '<!DOCTYPE html><html lang="en"><head><title>Spring fair</title></head><body><img src="a.png"></body></html>';

interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

const findingsOf = (stdout: string) => JSON.parse(stdout) as JsonFinding[];
/** What the editor shows for the same text: the core's findings, as the JSON output writes them. */
const editorFindings = (text: string, file: string) =>
  check(text).map((finding) => ({
    file,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
  }));
/** The page checks' findings (the editor shows those per page; the cross-page checks compare the scratch site's pages). */
const crossPageIds = new Set(siteRules.map((rule) => rule.meta.id));
const comparable = (findings: JsonFinding[]) =>
  findings
    .filter((finding) => !crossPageIds.has(finding.ruleId))
    .map(({ file, ruleId, severity, message, line, column }) => ({ file, ruleId, severity, message, line, column }));

describe('CLI and editor on hostile input', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-hostile-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  describe('files', () => {
    it('does not follow links to folders (or files) outside the site', () => {
      mkdirSync(path.join(scratch, 'site', 'news'), { recursive: true });
      mkdirSync(path.join(scratch, 'elsewhere'));
      writeFileSync(path.join(scratch, 'site', 'news', 'in.html'), page);
      writeFileSync(path.join(scratch, 'elsewhere', 'private.html'), page);
      symlinkSync(path.join(scratch, 'elsewhere'), path.join(scratch, 'site', 'linked-folder'));
      symlinkSync(path.join(scratch, 'elsewhere', 'private.html'), path.join(scratch, 'site', 'linked-page.html'));
      symlinkSync('/', path.join(scratch, 'site', 'whole-disk'));
      const run = runCli(['check', 'site', '--format', 'json'], scratch);
      assert.deepEqual([...new Set(findingsOf(run.stdout).map((finding) => finding.file))], ['site/news/in.html']);
      assert.equal(run.stderr, '');
    });

    it('checks a file with a NUL byte exactly as the editor does, wherever the NUL is', () => {
      const late = `${page}${' '.repeat(9000)}\u0000<p>after</p>`;
      const early = `\u0000${page}`;
      writeFileSync(path.join(scratch, 'late.html'), late);
      writeFileSync(path.join(scratch, 'early.html'), early);
      const run = runCli(['check', '.', '--format', 'json'], scratch);
      assert.equal(run.stderr, '');
      assert.deepEqual(comparable(findingsOf(run.stdout)), [...editorFindings(early, 'early.html'), ...editorFindings(late, 'late.html')]);
      assert.equal(findingsOf(run.stdout)[0].ruleId, 'not-text');
    });

    it('reads UTF-16 pages (with a byte-order mark) as the editor does', () => {
      const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
      const utf16be = Buffer.from(utf16le.map((_, index) => utf16le[index ^ 1]));
      writeFileSync(path.join(scratch, 'le.html'), utf16le);
      writeFileSync(path.join(scratch, 'be.html'), utf16be);
      assert.equal(decodeBytes(utf16be), page);
      const run = runCli(['check', '.', '--format', 'json'], scratch);
      assert.equal(run.stderr, '');
      assert.deepEqual(comparable(findingsOf(run.stdout)), [...editorFindings(page, 'be.html'), ...editorFindings(page, 'le.html')]);
    });

    it('a line break or escape character in a file name cannot forge output lines', () => {
      const name = 'a\n  1:1  error  Forged problem  image-alt\n\u001b[2Kb.html';
      writeFileSync(path.join(scratch, name), page);
      const run = runCli(['check', '.'], scratch);
      assert.equal(run.stdout.split('\n')[0], '"a\\n  1:1  error  Forged problem  image-alt\\n\\u001b[2Kb.html"');
      assert.doesNotMatch(run.stdout, /^ {2}1:1 {2}error {2}Forged/m);
      assert.doesNotMatch(run.stdout, /\u001b/);
      // JSON output keeps the real name: JSON escapes it already.
      assert.equal(findingsOf(runCli(['check', '.', '--format', 'json'], scratch).stdout)[0].file, name);
    });
  });

  describe('streaming', () => {
    it('writes the same text and JSON file by file as all at once', async () => {
      const reports = [
        { path: 'a.html', findings: check(page) },
        { path: 'clean.html', findings: [] },
        { path: 'b.html', findings: check(page) },
      ];
      const json = jsonWriter();
      assert.equal(reports.map((report) => json.add(report)).join('') + json.finish(), `${JSON.stringify(JSON.parse(formatJson(reports)), null, 2)}\n`);
      const empty = jsonWriter();
      assert.equal(empty.add(reports[1]) + empty.finish(), '[]\n');
      const text = textWriter({ color: false });
      const output = reports.map((report) => text.add(report)).join('') + text.finish();
      const count = (severity: string) => reports.flatMap((report) => report.findings).filter((finding) => finding.severity === severity).length;
      const total = count('error') + count('warning') + count('info');
      assert.ok(output.endsWith(`\n\n${total} problems (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info) in 2 files\n`), output);
      assert.ok(output.startsWith('a.html\n'));
      assert.ok(!output.includes('clean.html'));
    });

    it('checks a batch of files at a time: results are handed on before the files after the batch are read', async () => {
      const files = Array.from({ length: batchSize + 1 }, (_, index) => {
        const name = `${index + 1}.html`;
        writeFileSync(path.join(scratch, name), page);
        return { displayPath: name, absolutePath: path.join(scratch, name) };
      });
      const results = checkFiles(files, {});
      const first = await results.next();
      assert.ok(!first.done && 'report' in first.value);
      rmSync(files[batchSize].absolutePath); // Not read yet: it is in the next batch.
      const rest = [];
      for await (const result of results) rest.push(result);
      assert.equal(rest.length, batchSize);
      assert.ok(rest.slice(0, batchSize - 1).every((result) => 'report' in result));
      assert.ok('unreadable' in rest[batchSize - 1], 'the file after the first batch was read only after the first result was handed on');
    });
  });

  describe('config', () => {
    const run = (config: string | Buffer, args: string[] = []) => {
      writeFileSync(path.join(scratch, 'page.html'), page);
      writeFileSync(path.join(scratch, '.contentbridge.json'), config);
      return runCli(['check', 'page.html', '--format', 'json', ...args], scratch);
    };
    const ruleIds = (stdout: string) => findingsOf(stdout).map((finding) => `${finding.ruleId}:${finding.severity}`);

    it('a config nested 5,000 deep gets a clear message and the defaults, in the CLI and the editor alike', () => {
      const deep = `{ "rules": ${'['.repeat(5000)}${']'.repeat(5000)} }`;
      const result = run(deep);
      const expected =
        '.contentbridge.json is nested too deeply to be read (more than 64 levels of { } or [ ]; settings need three or four), so the default checks are used until it is fixed.';
      assert.equal(result.stderr, `content-bridge: ${expected}\n`);
      assert.ok(ruleIds(result.stdout).includes('image-alt:error'));
      assert.equal(parseProjectConfig(deep).problem?.message, expected);
      assert.equal(parseProjectConfig(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`).problem?.message, expected);
    });

    it('accepts a config that starts with a byte-order mark, as the editor does', () => {
      const result = run(Buffer.from('\ufeff{ "rules": { "image-alt": "info" } }', 'utf8'));
      assert.equal(result.stderr, '');
      assert.ok(ruleIds(result.stdout).includes('image-alt:info'));
    });

    it('refuses "__proto__", "constructor" and "prototype" keys with a message, and never applies them', () => {
      const result = run('{ "__proto__": { "rules": { "image-alt": "off" } } }');
      assert.equal(
        result.stderr,
        'content-bridge: .contentbridge.json uses the name "__proto__", which is not a setting and is never applied. Remove it; meanwhile the default checks are used.\n',
      );
      assert.ok(ruleIds(result.stdout).includes('image-alt:error'));
      for (const text of ['{ "rules": { "constructor": "off" } }', '{ "rules": { "image-alt": { "prototype": 1 } } }']) {
        const parsed = parseProjectConfig(text);
        assert.match(parsed.problem?.message ?? '', /uses the name "(constructor|prototype)", which is not a setting and is never applied/);
        assert.deepEqual(parsed.config, {});
      }
    });

    it('reports a lower limit above the upper one, and leaves both out', () => {
      const result = run('{ "rules": { "document-title": { "minLength": 80, "maxLength": 70 }, "image-alt": "info" } }');
      assert.equal(
        result.stderr,
        'content-bridge: .contentbridge.json: "document-title".minLength (80) is more than maxLength (70), so every page would be reported. Those entries are ignored; the rest of the file applies.\n',
      );
      assert.ok(ruleIds(result.stdout).includes('image-alt:info'));
      assert.deepEqual(parseProjectConfig('{ "rules": { "meta-description": { "minLength": 200 } } }').config, { rules: { 'meta-description': {} } });
    });

    it('--config pointing at a folder or a pipe is refused at once instead of waiting', function () {
      mkdirSync(path.join(scratch, 'folder.json'));
      const folder = runCli(['check', 'page.html', '--config', 'folder.json'], scratch);
      assert.equal(folder.status, 2);
      assert.equal(folder.stderr, "content-bridge: Cannot read the config file 'folder.json': it is a folder or a special file, not a file.\n");
      if (process.platform === 'win32') return this.skip();
      spawnSync('mkfifo', [path.join(scratch, 'pipe.json')]);
      const started = Date.now();
      const pipe = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', 'page.html', '--config', 'pipe.json'], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 10_000,
      });
      assert.ok(Date.now() - started < 9_000, 'the CLI did not wait on the pipe');
      assert.equal(pipe.status, 2);
      assert.equal(pipe.stderr, "content-bridge: Cannot read the config file 'pipe.json': it is a folder or a special file, not a file.\n");
    });

    it("a .contentbridge.json that is a pipe gets the editor's message and the defaults, without waiting", function () {
      if (process.platform === 'win32') return this.skip();
      writeFileSync(path.join(scratch, 'page.html'), page);
      spawnSync('mkfifo', [path.join(scratch, '.contentbridge.json')]);
      const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', 'page.html', '--format', 'json'], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 10_000,
      });
      assert.equal(result.stderr, 'content-bridge: .contentbridge.json is a folder or a special file, not a file, so the default checks are used.\n');
      assert.ok(findingsOf(result.stdout).some((finding) => finding.ruleId === 'image-alt'));
    });
  });
});
