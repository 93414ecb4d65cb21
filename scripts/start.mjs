// `npm start`: packages the extension, installs it as a person would (from its .vsix, into a fresh extensions
// folder) and opens it in a real VS Code that runs in your web browser. The first start opens the first-day
// walkthrough (the extension does so on its first activation as an installed extension).
// Only Node built-ins here: this runs before `npm install` on a fresh checkout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureVSCodeHost, findFreePort, isPortFree, startVSCodeServer } from './vscode-host.mjs';
import { installArgs, installedWorkbenchUrl, vsixPath } from './start-plan.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Kept between runs (settings, open editors), git-ignored.
const hostDataDir = path.join(repoRoot, '.vscode-host-data');
const sampleSite = path.join(repoRoot, 'examples', 'sample-site');
// The site people edit: a copy of the sample made into a git repository, kept between runs like the settings.
const workspace = path.join(hostDataDir, 'sample-site');
/** Where the sample site "lives": IT requests carry it, and links to lines point there. */
const sampleRemote = 'https://github.com/your-organisation/website.git';
const DEFAULT_PORT = 3000;

main().catch((error) => {
  console.error(`\nCould not start Content Bridge: ${error.message}`);
  process.exit(1);
});

async function main() {
  if (!fs.existsSync(sampleSite)) throw new Error(`The sample site folder ${sampleSite} is missing.`);
  if (!fs.existsSync(path.join(repoRoot, 'node_modules'))) runNpm(['install'], 'Installing dependencies (first run only)…');
  runNpm(['run', 'package'], 'Packaging Content Bridge…');
  prepareSampleSite();
  const entry = await ensureVSCodeHost({ needBrowser: false });
  const userDataDir = path.join(hostDataDir, 'user-data');
  const extensionsDir = path.join(hostDataDir, 'extensions');
  installPackage(entry, extensionsDir, userDataDir);
  console.log('Starting VS Code…');
  const server = await startVSCodeServer({
    entry,
    workspace,
    userDataDir,
    extensionsDir,
    port: await choosePort(),
    // The repo's own git folder is above the sample site; do not ask a non-engineer about it.
    settings: { 'git.openRepositoryInParentFolders': 'never' },
  });
  const url = installedWorkbenchUrl({ baseUrl: server.baseUrl, workspace });
  console.log('\nContent Bridge is running in VS Code in your browser. Open this address:\n');
  console.log(`  ${url}\n`);
  console.log('Press Ctrl+C to stop.');
  await stopOnCtrlC(server);
}

/** Installs the freshly built package into an emptied extensions folder, so exactly this build runs. */
function installPackage(entry, extensionsDir, userDataDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = vsixPath(repoRoot, manifest);
  if (!fs.existsSync(vsix)) throw new Error(`Packaging finished but ${path.relative(repoRoot, vsix)} is missing.`);
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  console.log(`Installing ${path.basename(vsix)}…`);
  const result = spawnSync(process.execPath, installArgs({ entry, vsix, extensionsDir, userDataDir }), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Installing ${path.basename(vsix)} failed:\n${result.stdout}${result.stderr}`);
}

/**
 * Copies the sample site (first run only: later runs keep your edits) and makes it a git repository with one commit
 * and a remote address, as a real site has, so IT requests carry the branch, the commit and a link to the lines.
 * Without git installed the site still opens; requests then say there is no git repository.
 */
function prepareSampleSite() {
  if (fs.existsSync(path.join(workspace, '.git'))) return;
  fs.mkdirSync(hostDataDir, { recursive: true });
  if (!fs.existsSync(workspace)) fs.cpSync(sampleSite, workspace, { recursive: true });
  const git = (...args) => spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
  if (git('--version').status !== 0) {
    console.log('git is not installed: the sample site opens without a git repository.');
    return;
  }
  const steps = [
    ['init', '--quiet', '--initial-branch=main'],
    ['config', 'user.name', 'Sample Site'],
    ['config', 'user.email', 'web-team@example.org'],
    ['add', '--all'],
    ['commit', '--quiet', '--message', 'The sample site'],
    ['remote', 'add', 'origin', sampleRemote],
    // As if the commit had been pushed, so the request can link to the lines on the remote.
    ['update-ref', 'refs/remotes/origin/main', 'HEAD'],
    ['branch', '--quiet', '--set-upstream-to=origin/main'],
  ];
  for (const step of steps) {
    const result = git(...step);
    if (result.status !== 0) {
      console.log(`Could not make the sample site a git repository (git ${step[0]}: ${result.stderr.trim()}).`);
      return;
    }
  }
  console.log(`The sample site is a git repository at ${path.relative(repoRoot, workspace)}, with the remote ${sampleRemote}.`);
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
