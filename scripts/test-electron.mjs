// `npm run test:electron`: the same integration tests in desktop VS Code, for machines with internet
// (@vscode/test-electron downloads VS Code; Linux needs a display or xvfb-run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { VSCODE_VERSION } from './vscode-host.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Tests edit the workspace files, so they get a fresh copy and the repo's fixture stays clean. */
function copyFixtureWorkspace() {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-bridge-electron-'));
  process.on('exit', () => fs.rmSync(tempDir, { recursive: true, force: true }));
  const target = path.join(tempDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), target, { recursive: true });
  return target;
}

try {
  const exitCode = await runTests({
    version: VSCODE_VERSION, // the version the code-server host runs, so both hosts test the same VS Code
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    // Other installed extensions stay off so only Content Bridge is tested.
    launchArgs: [copyFixtureWorkspace(), '--disable-extensions', '--disable-workspace-trust'],
  });
  process.exit(exitCode);
} catch (error) {
  console.error(`Electron test run failed: ${error.message || error}`);
  process.exit(1);
}
