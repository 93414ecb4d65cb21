import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../src/core';
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
