// A real VS Code (from the npm package code-server) to run and test the extension in a browser.
// Recipe and background: docs in TEST-HOST.md (code-server ships a complete VS Code build; installing it
// needs only the npm registry and Debian packages, no other download).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';

/** Settings that keep the workbench quiet and out of Restricted Mode under test. */
export const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  // Tests decide when a page is saved: an unsaved edit must stay unsaved until the test saves it.
  'files.autoSave': 'off',
};

const MARKER_FILE = '.install-complete.json';
const START_TIMEOUT_MS = 60_000;

/** @returns {string} Folder holding this version of code-server (per machine, outside the repo). */
export function hostInstallDir() {
  const cacheRoot =
    process.env.CONTENT_BRIDGE_HOST_CACHE || path.join(os.homedir(), '.cache', 'content-bridge', 'vscode-host');
  return path.join(cacheRoot, CODE_SERVER_VERSION);
}

/**
 * Installs code-server once per machine (skipped when a previous install completed) and checks the system
 * packages it needs.
 * @param {{ needBrowser?: boolean }} [options] needBrowser: also require Chromium (tests need it, `npm start` does not).
 * @returns {Promise<string>} Path of code-server's `out/node/entry.js`.
 */
export async function ensureVSCodeHost({ needBrowser = true } = {}) {
  const dir = hostInstallDir();
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const installed = isInstallComplete(dir) && fs.existsSync(entry);
  ensureSystemPackages({ needBrowser, needBuildTools: !installed });
  if (installed) return entry;

  console.log(`Installing VS Code ${VSCODE_VERSION} test host (about a minute, once per machine)…`);
  console.log(`  into ${dir}`);
  const started = Date.now();
  // Start from an empty folder: a marker-less folder is a half-finished install.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Own package.json so npm installs here and not into some parent project.
  writeJson(path.join(dir, 'package.json'), { name: 'content-bridge-vscode-host', private: true });
  await runInstallSteps(dir);
  if (!fs.existsSync(entry)) throw new Error(`code-server install finished but ${entry} is missing`);
  // Written last, so an interrupted install is redone next time.
  writeJson(path.join(dir, MARKER_FILE), installMarker());
  console.log(`VS Code test host installed in ${Math.round((Date.now() - started) / 1000)} s.`);
  return entry;
}

/** The marker records the Node ABI too: native modules built for another Node version would not load. */
function installMarker() {
  return { codeServer: CODE_SERVER_VERSION, nodeModules: process.versions.modules };
}

function isInstallComplete(dir) {
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8'));
    const expected = installMarker();
    return marker.codeServer === expected.codeServer && marker.nodeModules === expected.nodeModules;
  } catch {
    return false;
  }
}

/** The recipe's steps; none runs an install script that would reach the internet. */
async function runInstallSteps(dir) {
  const vscodeDir = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  const ripgrepBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  const steps = [
    ['npm install code-server', dir, ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`]],
    ['npm install VS Code dependencies', vscodeDir, ['install', '--omit=dev', '--ignore-scripts']],
    ['link ripgrep', null, () => linkRipgrep(ripgrepBin)],
    // node-pty runs `npx node-gyp`; npm_config_yes (see installEnv) answers its prompt.
    ['build native modules', vscodeDir, ['rebuild']],
    ['link node_modules.asar', null, () => fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'))],
    ['npm install built-in extensions', path.join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--ignore-scripts']],
    ['build argon2', dir, ['rebuild', 'argon2']],
  ];
  for (const [index, [label, cwd, action]] of steps.entries()) {
    console.log(`  [${index + 1}/${steps.length}] ${label}`);
    if (typeof action === 'function') action();
    else await runNpm(action, cwd);
  }
}

/** @vscode/ripgrep would download rg; pointing its bin/ at Debian's rg makes its postinstall a no-op. */
function linkRipgrep(binDir) {
  fs.mkdirSync(binDir, { recursive: true });
  fs.symlinkSync(findOnPath('rg'), path.join(binDir, 'rg'));
}

/** Runs npm quietly; prints the tail of its output only when it fails. */
function runNpm(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, env: installEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const output = createTail(200);
    child.stdout.on('data', output.add);
    child.stderr.on('data', output.add);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      console.error(output.text());
      reject(new Error(`npm ${args.join(' ')} failed (exit ${code}) in ${cwd}`));
    });
  });
}

/**
 * Environment for the nested npm runs. Variables that an outer `npm run` exports (prefix, package, lifecycle)
 * would make npm install into the wrong folder, so they are dropped.
 */
function installEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_config_(prefix|local_prefix|global_prefix|yes)|npm_package_|npm_lifecycle_|npm_command$|INIT_CWD$)/i.test(key)) continue;
    env[key] = value;
  }
  Object.assign(env, { npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' });
  // node-gyp downloads Node's headers unless told where they are; Node installs usually ship them.
  const nodeDir = path.resolve(path.dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = nodeDir;
  }
  return env;
}

/**
 * Checks the Debian packages the host needs; as root installs the missing ones with apt-get,
 * otherwise stops with a message naming them.
 */
function ensureSystemPackages({ needBrowser, needBuildTools }) {
  const missing = missingDebianPackages({ needBrowser, needBuildTools });
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !findOnPath('apt-get')) {
    throw new Error(`The VS Code test host needs these Debian packages: ${missing.join(' ')}\n` +
      `Install them with:  sudo apt-get update && sudo ${command}`);
  }
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], command.split(' ').slice(1)]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
}

function missingDebianPackages({ needBrowser, needBuildTools }) {
  const missing = [];
  if (!findOnPath('rg')) missing.push('ripgrep');
  if (needBrowser && !fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (needBuildTools) {
    // Native modules of VS Code (kerberos, node-pty, …) are compiled during the install.
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
    if (!findOnPath('make') || !findOnPath('g++')) missing.push('build-essential');
    if (!findOnPath('python3')) missing.push('python3');
  }
  return missing;
}

/** @returns {string | null} Absolute path of an executable found on PATH. */
function findOnPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return null;
}

/**
 * Starts code-server (VS Code in the browser) on 127.0.0.1 and waits until it answers HTTP.
 * @param {{ workspace: string, userDataDir: string, extensionsDir: string, port?: number,
 *   settings?: Record<string, unknown>, env?: Record<string, string>, entry?: string, workspaceTrust?: boolean }} options
 *   settings: extra user settings merged over DEFAULT_SETTINGS; env: extra environment for the server;
 *   workspaceTrust: keep VS Code's workspace trust on (the folder then opens in Restricted Mode)
 *   (the extension host inherits it).
 * @returns {Promise<{ port: number, baseUrl: string, stop: () => Promise<void>, output: { text: () => string } }>}
 *   output: the last lines the server printed, for error messages.
 */
export async function startVSCodeServer({ workspace, userDataDir, extensionsDir, port, settings = {}, env = {}, entry, workspaceTrust = false }) {
  const entryPath = entry || (await ensureVSCodeHost({ needBrowser: false }));
  writeUserSettings(userDataDir, settings);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const serverPort = port || (await findFreePort());
  const args = [
    entryPath,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${serverPort}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    workspace,
  ];
  // Own process group, so stop() can end code-server and everything it started (extension host, pty host, …).
  const child = spawn(process.execPath, args, {
    detached: true,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = createTail(100);
  child.stdout.on('data', output.add);
  child.stderr.on('data', output.add);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const baseUrl = `http://127.0.0.1:${serverPort}`;
  // Do not leave the server behind if the caller exits without calling stop().
  const killOnExit = () => killGroup(child.pid, 'SIGKILL');
  process.on('exit', killOnExit);
  const stop = async () => {
    await stopProcessGroup(child, exited);
    process.off('exit', killOnExit);
  };

  try {
    await waitForHttp(baseUrl, exited, START_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw new Error(`VS Code server did not start: ${error.message}\n--- server output ---\n${output.text()}`);
  }
  return { port: serverPort, baseUrl, stop, output };
}

/** Writes `<userDataDir>/User/settings.json`, keeping settings a previous run or the user left there. */
function writeUserSettings(userDataDir, extraSettings) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // missing or not plain JSON: start fresh
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeJson(file, { ...existing, ...DEFAULT_SETTINGS, ...extraSettings });
}

/** Polls until the server answers any HTTP response; fails early if the server process exits. */
async function waitForHttp(baseUrl, exited, timeoutMs) {
  let exitInfo = null;
  exited.then((info) => (exitInfo = info));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitInfo) throw new Error(`server exited early (code ${exitInfo.code}, signal ${exitInfo.signal})`);
    if (await answersHttp(`${baseUrl}/healthz`)) return;
    await delay(250);
  }
  throw new Error(`no HTTP answer on ${baseUrl} after ${timeoutMs / 1000} s`);
}

function answersHttp(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/** SIGTERM to the whole group, SIGKILL if it lingers. */
async function stopProcessGroup(child, exited) {
  killGroup(child.pid, 'SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), delay(5000).then(() => true)]);
  // Children of code-server may outlive it briefly; make sure the group is gone either way.
  killGroup(child.pid, 'SIGKILL');
  if (timedOut) await Promise.race([exited, delay(2000)]);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** @returns {Promise<number>} A port on 127.0.0.1 that nothing listens on right now. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<boolean>} Whether the given port on 127.0.0.1 can be listened on. */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.on('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * The workbench address that opens `workspace` with the development extension loaded (and its tests run,
 * when extensionTestsPath is given).
 * @param {{ baseUrl: string, port: number, workspace: string, extensionDevelopmentPath: string,
 *   extensionTestsPath?: string }} options
 * @returns {string}
 */
export function workbenchUrl({ baseUrl, port, workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(port, extensionTestsPath)]);
  const query = new URLSearchParams({ folder: path.resolve(workspace), payload: JSON.stringify(payload) });
  return `${baseUrl}/?${query}`;
}

/** vscode-remote URI of a path on the server's disk; each segment escaped so spaces or `#` survive. */
function remoteUri(port, filePath) {
  const encoded = path.resolve(filePath).split('/').map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${port}${encoded}`;
}

/** Keeps the last `maxLines` lines of a stream's output, for error messages. */
export function createTail(maxLines) {
  let lines = [];
  return {
    add: (chunk) => {
      lines.push(...String(chunk).split('\n').filter((line) => line.trim() !== ''));
      if (lines.length > maxLines) lines = lines.slice(-maxLines);
    },
    text: () => lines.join('\n'),
  };
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** @param {number} ms */
export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
