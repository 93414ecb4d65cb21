// Bundles the web tests (test/web/index.ts and the test files it imports, with mocha's browser build) into one
// file for VS Code's web-worker extension host: out/test/web/index.js, which `scripts/test-integration.mjs --web`
// runs. Node built-ins are not available there, so none may be bundled.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['test/web/index.ts'],
  outfile: 'out/test/web/index.js',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  sourcemap: true,
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  conditions: ['worker', 'browser'],
  define: {
    'process.env.NODE_ENV': '"test"',
    global: 'globalThis',
    // The web worker has no environment: CONTENT_BRIDGE_TEST_GREP is written into the bundle instead.
    'process.env.CONTENT_BRIDGE_TEST_GREP': JSON.stringify(process.env.CONTENT_BRIDGE_TEST_GREP ?? ''),
  },
  logLevel: 'info',
});
