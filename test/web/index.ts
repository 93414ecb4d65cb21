// The test module VS Code loads into its web-worker extension host (VS Code for the Web). There is no Node
// there: mocha's browser build registers itself as the global `mocha`, and the test files are bundled in by
// scripts/build-web-tests.mjs, imported explicitly below (no file system to search).
import 'mocha/mocha';

export async function run(): Promise<void> {
  // No DOM in a web worker: the spec reporter writes with console.log, which the test host prints.
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  // After setup, which defines describe/it; in the order they run.
  await import('./diagnostics.test');
  await import('./quickFixes.test');
  await import('./preview.test');
  await import('./itRequest.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed.`)) : resolve()));
  });
}
