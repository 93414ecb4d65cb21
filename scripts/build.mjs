// Bundles the extension (desktop and web), the webview scripts and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import { htmlparser2Parts } from './htmlparser2Parts.mjs';
import { precomputedModules } from './precomputedModules.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// A package must not carry source maps or bundles left over from development builds.
if (production) rmSync('dist', { recursive: true, force: true });

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  target: 'es2022',
  // Prefer packages' ES module builds: jsonc-parser's UMD `main` loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  // markdownlint reads files only when asked to; its browser build of that part keeps Node's fs out of the engine.
  conditions: ['markdownlint-imports-browser'],
  // Tables derived from packages (ARIA roles and attributes) are bundled as data, computed here once; of htmlparser2,
  // only the parser (its index would bring code that runs at load and is never used).
  plugins: [precomputedModules, htmlparser2Parts],
};

/**
 * The command line loads the Markdown engine (markdownlint, micromark) only when it meets a Markdown page: its
 * `require('./markdownEngine')` is left in the bundle, pointing at the engine's own bundle beside it.
 * @type {import('esbuild').Plugin}
 */
const markdownEngineApart = {
  name: 'markdown-engine-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/markdownEngine$/ }, () => ({ path: './cli-markdown.js', external: true }));
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  // Desktop VS Code: the extension host is Node.
  { ...shared, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // VS Code for the Web: the extension host is a web worker, so no Node built-ins.
  {
    ...shared,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    // `worker` first: the host has no DOM, and some Markdown packages' `browser` builds use `document`.
    conditions: ['worker', 'browser', 'markdownlint-imports-browser'],
    define: { global: 'globalThis' },
    // Only the desktop host starts a worker_threads Worker; the web build never reaches that branch.
    external: ['vscode', 'node:worker_threads'],
  },
  // The checking worker: large pages and the whole site are checked here, off the extension host's main thread.
  { ...shared, entryPoints: ['src/worker/checkWorkerNode.ts'], outfile: 'dist/checkWorker.js', platform: 'node', format: 'cjs' },
  {
    ...shared,
    entryPoints: ['src/worker/checkWorkerWeb.ts'],
    outfile: 'dist/web/checkWorker.js',
    platform: 'browser',
    format: 'iife',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['worker', 'browser', 'markdownlint-imports-browser'],
    define: { global: 'globalThis' },
  },
  // Scripts that run inside webviews.
  { ...shared, entryPoints: ['webview/preview/main.ts'], outfile: 'dist/webview/preview.js', platform: 'browser', format: 'iife' },
  // The preview's script inside the frame of a page whose own scripts run (written into that page by preview.js).
  { ...shared, entryPoints: ['webview/preview/pageAgent.ts'], outfile: 'dist/webview/previewPageAgent.js', platform: 'browser', format: 'iife' },
  // The IT request form: the webview UI toolkit bundled in, and its stylesheet copied beside it.
  {
    ...shared,
    entryPoints: [{ in: 'webview/itRequest/main.ts', out: 'itRequest' }, { in: 'webview/itRequest/style.css', out: 'itRequest' }],
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
  },
  // The site report: the same toolkit, its stylesheet copied beside it.
  {
    ...shared,
    entryPoints: [{ in: 'webview/siteReport/main.ts', out: 'siteReport' }, { in: 'webview/siteReport/style.css', out: 'siteReport' }],
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
  },
  // The command-line checker for CI.
  {
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [precomputedModules, htmlparser2Parts, markdownEngineApart],
  },
  // Its checking threads (`--jobs`), which load the Markdown engine on demand the same way.
  {
    ...shared,
    entryPoints: ['src/cli/checkWorker.ts'],
    outfile: 'dist/cli-worker.js',
    platform: 'node',
    format: 'cjs',
    plugins: [precomputedModules, htmlparser2Parts, markdownEngineApart],
  },
  // Its Markdown engine, loaded on demand.
  { ...shared, entryPoints: ['src/cli/markdownEngine.ts'], outfile: 'dist/cli-markdown.js', platform: 'node', format: 'cjs' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('Watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
