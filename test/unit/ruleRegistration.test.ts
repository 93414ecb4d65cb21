import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, configurableRules, siteRules } from '../../src/core';
import { repositoryRoot } from './fixtureExpectations';

/** A rule file that is not registered never runs, and nothing else would notice. */
describe('every rule file is registered, documented and has fixtures', () => {
  const rulesFolder = path.join(repositoryRoot, 'src', 'core', 'rules');
  const ruleFiles = fs
    .readdirSync(rulesFolder)
    .filter((file) => file.endsWith('.ts') && file !== 'rule.ts' && file !== 'index.ts')
    .map((file) => file.slice(0, -'.ts'.length));
  const registered = new Set(allRules.map((rule) => rule.meta.id));

  it('finds the rule files', () => {
    assert.ok(ruleFiles.length > 60, `${ruleFiles.length} rule files`);
  });

  it('registers the rule of every file under the file name as its id', () => {
    assert.deepEqual(
      ruleFiles.filter((id) => !registered.has(id)),
      [],
    );
  });

  it('has a file for every registered rule, each id once', () => {
    assert.deepEqual(
      [...registered].filter((id) => !ruleFiles.includes(id)),
      [],
    );
    assert.equal(registered.size, allRules.length);
  });

  it('has a doc page and a fixture folder for every rule', () => {
    const missing = allRules.flatMap(({ meta }) => [
      ...(fs.existsSync(path.join(repositoryRoot, meta.docPath)) ? [] : [meta.docPath]),
      ...(fs.existsSync(path.join(repositoryRoot, 'test', 'fixtures', 'rules', meta.id)) ? [] : [`test/fixtures/rules/${meta.id}/`]),
    ]);
    assert.deepEqual(missing, []);
  });
});

/** Cross-page rules live in src/core/site/rules/, one per file, with a doc page and a small fixture site each. */
describe('every cross-page rule file is registered, documented and has a fixture site', () => {
  const rulesFolder = path.join(repositoryRoot, 'src', 'core', 'site', 'rules');
  const ruleFiles = fs
    .readdirSync(rulesFolder)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
  const registered = siteRules.map((rule) => rule.meta.id);

  it('registers the rule of every file under the file name as its id, each once', () => {
    assert.deepEqual([...registered].sort(), ruleFiles);
    assert.equal(new Set(registered).size, registered.length);
  });

  it('makes every cross-page rule configurable (config file, settings, "Why this matters"), with ids no page rule uses', () => {
    for (const rule of siteRules) assert.ok(configurableRules.includes(rule), rule.meta.id);
    const pageIds = new Set(allRules.map((rule) => rule.meta.id));
    assert.deepEqual(
      registered.filter((id) => pageIds.has(id)),
      [],
    );
  });

  it('has a doc page and a fixture site for every cross-page rule', () => {
    const missing = siteRules.flatMap(({ meta }) => [
      ...(fs.existsSync(path.join(repositoryRoot, meta.docPath)) ? [] : [meta.docPath]),
      ...(fs.existsSync(path.join(repositoryRoot, 'test', 'fixtures', 'site', meta.id)) ? [] : [`test/fixtures/site/${meta.id}/`]),
    ]);
    assert.deepEqual(missing, []);
  });
});
