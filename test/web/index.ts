// The test module VS Code loads into its web-worker extension host (VS Code for the Web). The suites are the
// same files as the desktop run's (test/integration/*.test.ts, which use only `vscode` and the web platform);
// there is no file system to search here, so they are listed, and a unit test checks the list is complete.
import 'mocha/mocha';
import { runWithWindowReloads } from '../integration/windowReload';

export function run(): Promise<void> {
  return runWithWindowReloads(runSuites);
}

/** Every suite at first; after the window was reloaded by the last suite, only that one (see windowReload.ts). */
async function runSuites(afterReload: boolean): Promise<number> {
  // No DOM in a web worker: the spec reporter writes with console.log, which the test host prints.
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  // CONTENT_BRIDGE_TEST_GREP (set when the bundle is built) runs only the tests whose names match, as on the desktop.
  const grep = process.env.CONTENT_BRIDGE_TEST_GREP;
  if (grep && !afterReload) mocha.grep(grep);
  // Imported after setup, which defines describe/it.
  if (afterReload) {
    await import('../integration/previewReload.test.js');
    return new Promise((resolve) => mocha.run(resolve));
  }
  await import('./browserHost.test.js');
  await import('../integration/builtPages.test.js');
  await import('../integration/cliParity.test.js');
  await import('../integration/diagnostics.test.js');
  await import('../integration/firstRun.test.js');
  await import('../integration/frontMatter.test.js');
  await import('../integration/guidedInsert.test.js');
  await import('../integration/itRequestForm.test.js');
  await import('../integration/itRequestTrackers.test.js');
  await import('../integration/largeFiles.test.js');
  await import('../integration/markdown.test.js');
  await import('../integration/preview.test.js');
  await import('../integration/previewInStep.test.js');
  await import('../integration/previewSafety.test.js');
  await import('../integration/previewScripts.test.js');
  await import('../integration/previewScriptsInStep.test.js');
  await import('../integration/previewSpeed.test.js');
  await import('../integration/previewToolbar.test.js');
  await import('../integration/projectConfig.test.js');
  await import('../integration/projectConfigOddFiles.test.js');
  await import('../integration/quickFixes.test.js');
  await import('../integration/restrictedMode.test.js');
  await import('../integration/siteMenus.test.js');
  await import('../integration/siteReportExport.test.js');
  await import('../integration/templates.test.js');
  await import('../integration/wholeSite.test.js');
  // Last: it reloads the window once every other suite has run.
  await import('../integration/previewReload.test.js');
  return new Promise((resolve) => mocha.run(resolve));
}
