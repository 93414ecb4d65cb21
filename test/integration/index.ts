import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The test module VS Code loads into its extension host (under the
 * code-server host or @vscode/test-electron alike): runs every
 * `*.test.js` beside it with mocha and fails when any test fails.
 */
export function run(): Promise<void> {
  // CONTENT_BRIDGE_TEST_GREP runs only the tests whose names match, while working on one feature.
  const grep = process.env['CONTENT_BRIDGE_TEST_GREP'];
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}
