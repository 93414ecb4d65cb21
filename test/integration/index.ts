import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { reloadSuiteFile, runWithWindowReloads } from './windowReload';

/**
 * The test module VS Code loads into its extension host (under the
 * code-server host or @vscode/test-electron alike): runs every
 * `*.test.js` beside it with mocha and fails when any test fails.
 * The window-reload suite runs last, and alone after it reloaded the window.
 */
export function run(): Promise<void> {
  return runWithWindowReloads(
    (afterReload) =>
      new Promise((resolve) => {
        // CONTENT_BRIDGE_TEST_GREP runs only the tests whose names match, while working on one feature.
        const grep = afterReload ? undefined : process.env['CONTENT_BRIDGE_TEST_GREP'];
        const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
        const files = afterReload
          ? [reloadSuiteFile]
          : fs
              .readdirSync(__dirname)
              .filter((name) => name.endsWith('.test.js') && name !== reloadSuiteFile)
              .sort()
              .concat(fs.existsSync(path.join(__dirname, reloadSuiteFile)) ? [reloadSuiteFile] : []);
        for (const file of files) mocha.addFile(path.join(__dirname, file));
        mocha.run(resolve);
      }),
  );
}
