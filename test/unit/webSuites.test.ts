import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from './fixtureExpectations';

/** The web test module cannot search for suites at run time, so it lists them; this keeps the list complete. */
describe('web test module', () => {
  it('imports every integration suite, so VS Code for the Web runs the same tests as the desktop', () => {
    const suites = fs
      .readdirSync(path.join(repositoryRoot, 'test', 'integration'))
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `../integration/${file.replace(/\.ts$/, '.js')}`);
    const webIndex = fs.readFileSync(path.join(repositoryRoot, 'test', 'web', 'index.ts'), 'utf8');
    const imported = [...webIndex.matchAll(/import\('([^']+)'\)/g)].map((match) => match[1]);
    assert.ok(suites.length >= 4);
    assert.deepEqual(
      suites.filter((suite) => !imported.includes(suite)),
      [],
    );
  });
});
