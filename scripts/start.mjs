// `npm start`: builds the extension and opens it in a real VS Code that runs in your web browser.
// Only Node built-ins here: this runs before `npm install` on a fresh checkout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureVSCodeHost, findFreePort, isPortFree, startVSCodeServer, workbenchUrl } from './vscode-host.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Kept between runs (settings, open editors), git-ignored.
const hostDataDir = path.join(repoRoot, '.vscode-host-data');
const workspace = path.join(repoRoot, 'examples', 'sample-site');
const DEFAULT_PORT = 3000;

main().catch((error) => {
  console.error(`\nCould not start Content Bridge: ${error.message}`);
  process.exit(1);
});

async function main() {
  if (!fs.existsSync(workspace)) throw new Error(`The sample site folder ${workspace} is missing.`);
  if (!fs.existsSync(path.join(repoRoot, 'node_modules'))) runNpm(['install'], 'Installing dependencies (first run only)…');
  runNpm(['run', 'build'], 'Building Content Bridge…');
  const entry = await ensureVSCodeHost({ needBrowser: false });
  console.log('Starting VS Code…');
  const server = await startVSCodeServer({
    entry,
    workspace,
    userDataDir: path.join(hostDataDir, 'user-data'),
    extensionsDir: path.join(hostDataDir, 'extensions'),
    port: await choosePort(),
    // The repo's own git folder is above the sample site; do not ask a non-engineer about it.
    settings: { 'git.openRepositoryInParentFolders': 'never' },
  });
  const url = workbenchUrl({ ...server, workspace, extensionDevelopmentPath: repoRoot });
  console.log('\nContent Bridge is running in VS Code in your browser. Open this address:\n');
  console.log(`  ${url}\n`);
  console.log('Press Ctrl+C to stop.');
  await stopOnCtrlC(server);
}

/** Port 3000 (or $PORT); another free port when that one is taken. */
async function choosePort() {
  const wanted = Number(process.env.PORT) || DEFAULT_PORT;
  if (await isPortFree(wanted)) return wanted;
  const port = await findFreePort();
  console.log(`Port ${wanted} is in use, using port ${port} instead.`);
  return port;
}

function runNpm(args, message) {
  console.log(message);
  const result = spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed.`);
}

/** Keeps running until Ctrl+C (or a kill), then shuts VS Code down. */
function stopOnCtrlC(server) {
  return new Promise((resolve) => {
    const shutDown = async () => {
      console.log('\nStopping…');
      await server.stop();
      console.log('Stopped.');
      resolve();
      process.exit(0);
    };
    process.once('SIGINT', shutDown);
    process.once('SIGTERM', shutDown);
  });
}
