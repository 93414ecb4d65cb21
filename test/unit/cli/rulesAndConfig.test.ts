import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { allRules } from '../../../src/core';
import { runCli } from './runCli';

describe('content-bridge rules', () => {
  it('--format json lists every rule with its metadata', () => {
    const run = runCli(['rules', '--format', 'json']);
    assert.equal(run.status, 0);
    const rules = JSON.parse(run.stdout) as {
      id: string;
      category: string;
      defaultSeverity: string;
      description: string;
      equivalents: object;
      docPath: string;
    }[];
    assert.deepEqual(
      rules.map((rule) => rule.id),
      allRules.map((rule) => rule.meta.id),
    );
    const imageAlt = rules.find((rule) => rule.id === 'image-alt');
    assert.deepEqual(imageAlt, {
      id: 'image-alt',
      category: 'accessibility',
      defaultSeverity: 'error',
      description: 'Images need alt text',
      equivalents: { axe: 'image-alt', lighthouse: 'image-alt', htmlhint: 'alt-require' },
      docPath: 'docs/rules/image-alt.md',
    });
    for (const rule of rules) assert.deepEqual(Object.keys(rule), ['id', 'category', 'defaultSeverity', 'description', 'equivalents', 'docPath']);
  });

  it('text format: one aligned line per rule, then the count', () => {
    const run = runCli(['rules']);
    assert.equal(run.status, 0);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(
      lines.find((line) => line.startsWith('image-alt ')) ?? '',
      /^image-alt +accessibility +error +Images need alt text \(axe: image-alt, lighthouse: image-alt, htmlhint: alt-require\)$/,
    );
    assert.equal(lines[lines.length - 1], `${allRules.length} checks. Each is explained in docs/rules/<id>.md.`);
  });

  it('takes no files', () => {
    const run = runCli(['rules', 'site/']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /takes no files/);
  });
});

describe('content-bridge check with a project config', () => {
  let scratch: string;
  const page = '<!DOCTYPE html><html lang="en"><head><title>Spring fair</title></head><body><img src="a.png"></body></html>';
  const ruleIds = (stdout: string) => (JSON.parse(stdout) as { ruleId: string; severity: string }[]).map((finding) => `${finding.ruleId}:${finding.severity}`);

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-config-'));
    writeFileSync(path.join(scratch, 'page.html'), page);
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads .contentbridge.json from the working folder: the same settings as the editor', () => {
    const before = ruleIds(runCli(['check', 'page.html', '--format', 'json'], scratch).stdout);
    assert.ok(before.includes('image-alt:error'));
    writeFileSync(path.join(scratch, '.contentbridge.json'), '{ "rules": { "image-alt": "info", "document-title": { "minLength": 20 } } }');
    const run = runCli(['check', 'page.html', '--format', 'json'], scratch);
    const after = ruleIds(run.stdout);
    assert.ok(after.includes('image-alt:info'), JSON.stringify(after));
    assert.ok(after.includes('document-title:error'), 'the 11-character title is now too short');
    assert.equal(run.stderr, '');
  });

  it('--config names another file', () => {
    writeFileSync(path.join(scratch, 'team.json'), '{ "rules": { "image-alt": "off" } }');
    const after = ruleIds(runCli(['check', 'page.html', '--format', 'json', '--config', 'team.json'], scratch).stdout);
    assert.ok(!after.some((id) => id.startsWith('image-alt:')));
  });

  it('a broken config is explained on stderr and the defaults are used, as in the editor', () => {
    writeFileSync(path.join(scratch, '.contentbridge.json'), '{ "rules": { "image-alt": "off" ');
    const run = runCli(['check', 'page.html', '--format', 'json'], scratch);
    assert.equal(
      run.stderr,
      'content-bridge: .contentbridge.json could not be read (a closing } was expected at line 1), so the default checks are used until it is fixed.\n',
    );
    assert.ok(ruleIds(run.stdout).includes('image-alt:error'));
  });

  it('a missing --config file is a usage error', () => {
    const run = runCli(['check', 'page.html', '--config', 'nope.json'], scratch);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, "content-bridge: Cannot read the config file 'nope.json': it does not exist.\n");
  });
});
