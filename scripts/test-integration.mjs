// `npm run test:integration`: runs the compiled integration tests inside a real VS Code (code-server in headless
// Chromium). With --web, runs the web tests in the browser's web-worker extension host instead.
// Expects `npm run build` and `npm run compile-tests` to have run (npm test does both first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { createTail, ensureVSCodeHost, startVSCodeServer, workbenchUrl } from './vscode-host.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const extensionRoot = path.resolve(env.CONTENT_BRIDGE_EXTENSION_ROOT || repoRoot);
const fixtureWorkspace = path.resolve(env.CONTENT_BRIDGE_WORKSPACE || path.join(repoRoot, 'test', 'fixtures', 'workspace'));
const screenshotsDir = path.join(repoRoot, 'test-results', 'screenshots');
// A guard against a hung run, not a speed limit: a loaded machine can take twice the usual 5 minutes.
const timeoutMs = Number(env.CONTENT_BRIDGE_TEST_TIMEOUT_MS) || 15 * 60_000;
const verbose = env.CONTENT_BRIDGE_TEST_VERBOSE === '1';
const webMode = process.argv.includes('--web');
/** --restricted: the folder opens untrusted (Restricted Mode) and only the "Restricted Mode" suite runs. */
const restrictedMode = process.argv.includes('--restricted');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const SCREENSHOT_REQUEST = /\[cb-screenshot\] ([a-z0-9-]+)/;
/** A test asks for text to be typed into the open input box, as a person would: `[cb-type] {"text":…,"screenshot":…}`. */
const TYPE_REQUEST = /\[cb-type\] (\{.*\})$/;
/** A test asks the host to click inside a webview (the extension host cannot reach into it). */
const CLICK_REQUEST = /\[cb-webview-click\] (\{.*\})$/;

/** Last browser console errors; printed when something fails. */
const consoleErrors = createTail(50);

// Ctrl+C: exiting runs the 'exit' hooks that kill the VS Code server and the browser.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\nIntegration test run failed: ${verbose ? error.stack : error.message}`);
    printConsoleErrors();
    process.exit(1);
  },
);

/** @returns {Promise<number>} The exit code of the run. */
async function main() {
  let testsPath = resolveTestsPath();
  const entry = await ensureVSCodeHost();
  const tempDir = createTempDir();
  const workspace = copyFolder(fixtureWorkspace, path.join(tempDir, 'workspace'));
  let extensionPath = extensionRoot;
  if (webMode) {
    extensionPath = makeWebExtensionCopy(extensionRoot, path.join(tempDir, 'web-extension'));
    testsPath = relocate(testsPath, extensionRoot, extensionPath);
  }
  // The web worker takes none, and the Restricted Mode run adds its own: keep the desktop run's pictures.
  if (!webMode && !restrictedMode) resetScreenshots();

  const server = await startVSCodeServer({
    entry,
    workspace,
    userDataDir: path.join(tempDir, 'user-data'),
    extensionsDir: path.join(tempDir, 'extensions'),
    // The extension host inherits the server's environment: the tests' screenshot helper reads this.
    env: {
      CONTENT_BRIDGE_SCREENSHOT_DIR: screenshotsDir,
      ...(restrictedMode ? { CONTENT_BRIDGE_TEST_GREP: env.CONTENT_BRIDGE_TEST_GREP || 'Restricted Mode' } : {}),
    },
    ...(restrictedMode
      ? {
          workspaceTrust: true,
          // Trust on, and no question asked: the folder stays untrusted, as when someone answers "No".
          settings: {
            'security.workspace.trust.enabled': true,
            'security.workspace.trust.startupPrompt': 'never',
            'security.workspace.trust.untrustedFiles': 'open',
          },
        }
      : {}),
  });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const url = workbenchUrl({ ...server, workspace, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath });
    if (verbose) console.log(`Workbench: ${url}\nTemp folder: ${tempDir}`);
    const code = await runTestsInWorkbench(browser, server.baseUrl, url);
    if (code !== 0) printConsoleErrors();
    return code;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

/** Temp folder for this run (workspace copy, VS Code profile); removed on exit unless CONTENT_BRIDGE_KEEP_TEMP=1. */
function createTempDir() {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-bridge-test-'));
  if (env.CONTENT_BRIDGE_KEEP_TEMP !== '1') {
    process.on('exit', () => fs.rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 }));
  }
  return tempDir;
}

/** @returns {string} The compiled test module to run. */
function resolveTestsPath() {
  const defaultPath = path.join(extensionRoot, 'out', 'test', webMode ? 'web' : 'integration', 'index.js');
  const testsPath = path.resolve((webMode ? env.CONTENT_BRIDGE_WEB_TESTS_PATH : env.CONTENT_BRIDGE_TESTS_PATH) || defaultPath);
  if (fs.existsSync(testsPath)) return testsPath;
  const build = webMode ? 'npm run build && node scripts/build-web-tests.mjs' : 'npm run build && npm run compile-tests';
  throw new Error(`Test module ${testsPath} not found. Run \`${build}\` first.`);
}

/**
 * Opens the workbench, which runs the test module in the extension host, and resolves with the tests' exit code
 * (1 on timeout).
 */
async function runTestsInWorkbench(browser, baseUrl, url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // vscode.env.clipboard round-trips even without this (VS Code keeps an in-memory copy when the browser
  // clipboard is unavailable); the grant just avoids permission errors from navigator.clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const screenshots = createScreenshotQueue(page);
  let finish;
  const exitCode = new Promise((resolve) => (finish = resolve));

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" says which status but not which address.
    const { url } = message.location();
    const text = message.text();
    recordConsoleError(text.startsWith('Failed to load resource') && url ? `${text} ${url}` : text);
  });
  page.on('pageerror', (error) => recordConsoleError(`page error: ${error.message}`));
  // Both must exist before the workbench loads. The workbench sends its own log lines through
  // codeAutomationLog as well as the extension host's console output; tagExtensionHostLogs tells them apart.
  await page.exposeFunction('codeAutomationLog', (type, args, fromExtensionHost) => {
    const text = formatLog(args);
    if (fromExtensionHost === false) return recordWorkbenchLog(type, text);
    for (const line of text.split('\n')) {
      console.log(line);
      const request = SCREENSHOT_REQUEST.exec(line);
      if (request) screenshots.take(request[1]);
      const typing = TYPE_REQUEST.exec(line);
      if (typing) screenshots.type(JSON.parse(typing[1]));
      const click = CLICK_REQUEST.exec(line);
      if (click) screenshots.clickInWebview(JSON.parse(click[1]));
    }
  });
  await page.addInitScript(tagExtensionHostLogs);
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code) || 0));

  const onTimeout = async () => {
    console.error(
      `\nTimed out after ${timeoutMs / 1000} s waiting for the tests to finish ` +
        '(did the extension fail to activate, or a test hang?). Screenshot: test-results/screenshots/timeout.png',
    );
    await screenshots.take('timeout');
    finish(1);
  };
  let timer = setTimeout(onTimeout, timeoutMs);
  // A test may reload the window (test/integration/windowReload.ts): the page loads again with the same address,
  // VS Code starts the tests again in a new extension host, and they report the exit code of the whole run.
  // Each reload starts a round that gets the whole time limit again (a round after a reload runs one suite).
  let loads = 0;
  page.on('load', () => {
    if (loads++ === 0) return;
    console.log(`[the window reloaded (${loads - 1}); the tests go on]`);
    clearTimeout(timer);
    timer = setTimeout(onTimeout, timeoutMs);
  });

  await page.goto(url);
  const code = await exitCode;
  clearTimeout(timer);
  await screenshots.idle();
  return code;
}

/**
 * Runs in the page: wraps codeAutomationLog to add whether the line is extension host output, i.e. was logged
 * from MainThreadConsole.$logExtensionHostMessage (an RPC method name, so it survives minification).
 */
function tagExtensionHostLogs() {
  const forward = window.codeAutomationLog;
  window.codeAutomationLog = (type, args) => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    const stack = new Error().stack || '';
    Error.stackTraceLimit = limit;
    return forward(type, args, stack.includes('$logExtensionHostMessage'));
  };
}

/** The workbench passes console-style arguments (mocha's reporter uses '%s' format strings). */
function formatLog(args) {
  const text = Array.isArray(args) ? format(...args) : String(args);
  return text.replace(/\n$/, '');
}

/** Workbench chatter (connection setup, the unreachable extension gallery) is shown only when verbose. */
function recordWorkbenchLog(type, text) {
  // Its errors also reach the browser console (page.on('console')), so they are not recorded twice.
  if (verbose) console.error(`[workbench ${type}] ${text}`);
}

/**
 * Screenshots requested by the tests, taken one at a time. Each PNG is written under a temporary name and then
 * renamed, so a test polling for the file only ever sees a complete one.
 */
function createScreenshotQueue(page) {
  let queue = Promise.resolve();
  const take = (name) => {
    queue = queue.then(async () => {
      const file = path.join(screenshotsDir, `${name}.png`);
      const partial = `${file}.${process.pid}.partial`;
      try {
        fs.writeFileSync(partial, await page.screenshot());
        fs.renameSync(partial, file);
      } catch (error) {
        console.error(`Screenshot ${name} failed: ${error.message}`);
      }
    });
    return queue;
  };
  /**
   * Types into VS Code's input box once it is showing (emptied first when asked), photographs it (the live character
   * count), then presses Enter.
   */
  const type = ({ text, screenshot, clear }) => {
    queue = queue.then(async () => {
      try {
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.focus();
        if (clear) await input.fill('');
        await page.keyboard.type(text);
        if (screenshot) await page.screenshot({ path: path.join(screenshotsDir, `${screenshot}.png`) });
        await page.keyboard.press('Enter');
      } catch (error) {
        console.error(`Typing into the input box failed: ${error.message}`);
      }
    });
    return queue;
  };
  /**
   * Clicks the first element matching `selector` in whichever webview frame has one, then writes what the
   * frame showed before and after (its address and scroll position) to `<name>.json` for the test to read.
   */
  const clickInWebview = ({ selector, name, action = 'click', scrollTo = 0 }) => {
    queue = queue.then(async () => {
      const result = { found: false };
      // A link click must open nothing outside the workbench: no new tab, no "open this website?" question.
      const opened = [];
      const onPage = (popup) => opened.push(popup.url());
      page.context().on('page', onPage);
      try {
        const deadline = Date.now() + 10_000;
        let frame;
        while (!frame && Date.now() < deadline) {
          for (const candidate of page.frames()) {
            if (await candidate.$(selector).catch(() => null)) frame = candidate;
          }
          if (!frame) await new Promise((resolve) => setTimeout(resolve, 200));
        }
        if (frame) {
          result.found = true;
          // The preview shows the page in a frame of its own, without scripts (so no timers there): its state is
          // read from the webview around it, which looks inside.
          const inPageFrame = await frame.evaluate(() => window.frameElement?.hasAttribute('data-cb-page') === true).catch(() => false);
          const stateFrame = (inPageFrame && frame.parentFrame()) || frame;
          result.before = await stateFrame.evaluate(webviewFrameState);
          // VS Code listens for clicks on the webview's window, in the bubbling phase, and opens any link's address
          // in a browser (its dialogs are refused under test, so that would go unseen): a listener added the same
          // way shows whether a click still reached it (on the page's frame's window when the page has one).
          await stateFrame.evaluate(() => {
            window.cbClickReachedWindow = false;
            const pageWindow = document.querySelector('iframe[data-cb-page]')?.contentWindow ?? window;
            pageWindow.addEventListener('click', () => (window.cbClickReachedWindow = true));
            if (pageWindow !== window) window.addEventListener('click', () => (window.cbClickReachedWindow = true));
          });
          if (action === 'click') await frame.click(selector, { timeout: 5_000 });
          if (action === 'scroll') await frame.evaluate((y) => window.scrollTo(0, y), scrollTo);
          await new Promise((resolve) => setTimeout(resolve, action === 'probe' ? 0 : 1_500));
          result.after = stateFrame.isDetached() ? { detached: true } : await stateFrame.evaluate(webviewFrameState);
          if (!stateFrame.isDetached()) result.clickReachedWindow = await stateFrame.evaluate(() => window.cbClickReachedWindow);
        }
      } catch (error) {
        result.error = error.message;
      }
      page.context().off('page', onPage);
      result.openedPages = opened;
      result.dialog = await page
        .locator('.monaco-dialog-box')
        .first()
        .textContent({ timeout: 200 })
        .catch(() => null);
      const file = path.join(screenshotsDir, `${name}.json`);
      fs.writeFileSync(`${file}.partial`, JSON.stringify(result));
      fs.renameSync(`${file}.partial`, file);
    });
    return queue;
  };
  return { take, type, clickInWebview, idle: () => queue };
}

/**
 * Runs in a webview frame: its address, scroll position and title, and whether its policy lets an image from
 * the web load ('blocked' when the Content-Security-Policy refuses it; the address itself never resolves).
 */
function webviewFrameState() {
  return new Promise((resolve) => {
    const probeUrl = `https://remote-probe.invalid/probe.png?${Math.random()}`;
    let remoteImages = 'allowed';
    const onViolation = (event) => {
      if (event.blockedURI.startsWith('https://remote-probe.invalid')) remoteImages = 'blocked';
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    new Image().src = probeUrl;
    setTimeout(() => {
      document.removeEventListener('securitypolicyviolation', onViolation);
      // The preview shows the page in a frame of its own (same origin): the page's state is read there, the
      // toolbar's in the webview around it, whichever of the two the selector was found in.
      const pageFrame = document.querySelector('iframe[data-cb-page]');
      const doc = (pageFrame && !pageFrame.hidden && pageFrame.contentDocument) || document;
      const win = doc.defaultView || window;
      let shell = document;
      try {
        shell = window.frameElement?.ownerDocument ?? document;
      } catch {
        // A frame of another origin (a page whose scripts run): only the page's own state is read.
      }
      resolve({
        url: location.href,
        scrollY: win.scrollY,
        title: doc.title,
        remoteImages,
        pageWidth: doc.documentElement.getBoundingClientRect().width,
        viewportWidth: win.innerWidth,
        cursorText: doc.querySelector('[data-cb-cursor]')?.textContent ?? null,
        cardText: doc.querySelector('content-bridge-card')?.shadowRoot?.textContent ?? null,
        bodyWidth: doc.body?.getBoundingClientRect().width ?? 0,
        outlined: Array.from(doc.querySelectorAll('[data-cb-problem]')).map((element) => `${element.getAttribute('data-cb-problem')} ${element.localName}`),
        outlineColour: (() => {
          const element = doc.querySelector('[data-cb-problem]');
          return element ? win.getComputedStyle(element).outlineColor : null;
        })(),
        probeColour: (() => {
          const element = doc.querySelector('#style-probe');
          return element ? win.getComputedStyle(element).color : null;
        })(),
        tabText: (() => {
          const host = shell.querySelector('content-bridge-sharing');
          return host && !host.hidden ? (host.shadowRoot?.textContent ?? '') : null;
        })(),
        toolbarNote: shell.querySelector('content-bridge-toolbar')?.shadowRoot?.querySelector('.note')?.textContent ?? null,
        toolbarText: (() => {
          const bar = shell.querySelector('content-bridge-toolbar')?.shadowRoot;
          if (!bar) return null;
          return Array.from(bar.querySelectorAll('.note, .blocked:not([hidden])'))
            .map((element) => element.textContent)
            .join(' ');
        })(),
        bodyText: (doc.body?.innerText ?? '').slice(0, 2000),
        toolbarMode: (() => {
          const bar = shell.querySelector('content-bridge-toolbar')?.shadowRoot;
          return bar
            ? Array.from(bar.querySelectorAll('.mode, .mode-detail'))
                .map((element) => element.textContent)
                .join(' ')
            : null;
        })(),
        // The built page's frame (sandboxed without scripts or origin), not the frame the preview draws the file in.
        frameAddress: shell.querySelector('iframe[sandbox=""]')?.getAttribute('src') ?? null,
        frameWidth: shell.querySelector('iframe[sandbox=""]')?.getBoundingClientRect().width ?? null,
      });
    }, 500);
  });
}

/** Old screenshots would satisfy a test's wait for a new one before it is taken. */
function resetScreenshots() {
  fs.rmSync(screenshotsDir, { recursive: true, force: true });
  fs.mkdirSync(screenshotsDir, { recursive: true });
}

function recordConsoleError(message) {
  // The workbench styles its errors: console.error('%c  ERR', 'color: #f33', …).
  const text = message.replace(/^%c\s*ERR color: \S+ /, '');
  consoleErrors.add(text);
  if (verbose) console.error(`[browser] ${text}`);
}

function printConsoleErrors() {
  const text = consoleErrors.text();
  if (text) console.error(`\nLast browser console errors:\n${text}`);
}

/** Copies a folder (tests edit the workspace; the repo's copy must stay clean). */
function copyFolder(source, target) {
  if (!fs.existsSync(source)) throw new Error(`Fixture workspace ${source} not found.`);
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** The same file inside a copy of `fromDir`, when it lies inside `fromDir`. */
function relocate(file, fromDir, toDir) {
  const relative = path.relative(fromDir, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : path.join(toDir, relative);
}

/**
 * A copy of the extension whose package.json has no `main`, so the workbench runs its `browser` entry in the
 * web-worker extension host. node_modules stays behind: the browser bundle must not need it.
 */
function makeWebExtensionCopy(source, target) {
  const skip = new Set(['node_modules', '.git', '.vscode-host-data', 'test-results', '.vscode-test']);
  fs.cpSync(source, target, { recursive: true, filter: (file) => !skip.has(path.basename(file)) });
  const manifestPath = path.join(target, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  delete manifest.main;
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return target;
}
