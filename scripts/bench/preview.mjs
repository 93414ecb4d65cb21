// `npm run bench:preview`: how fast the preview follows typing, inside the real VS Code test host. Writes a 100 KB
// HTML page and a 100 KB Markdown page (from the seeded benchmark corpora, the same bytes every run) into a copy of
// the test workspace, then runs only the "Preview speed" suite (test/integration/previewSpeed.test.ts), which
// prints its figures as `[preview-bench]` lines. Expects `npm run build` and `npm run compile-tests` first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';
import { generateMarkdownCorpus } from './markdownCorpus.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'content-bridge-preview-bench-'));
try {
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  fs.mkdirSync(path.join(workspace, 'bench'), { recursive: true });
  const [html] = generateCorpus(undefined, [{ label: '100 KB', bytes: 100 * 1024, pages: 1 }]);
  const [markdown] = generateMarkdownCorpus(undefined, [{ label: '100 KB', minBytes: 100 * 1024, maxBytes: 100 * 1024, pages: 1, folder: 'long' }]);
  fs.writeFileSync(path.join(workspace, 'bench', 'page.html'), html.text);
  fs.writeFileSync(path.join(workspace, 'bench', 'post.md'), markdown.text);
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'test-integration.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_BRIDGE_WORKSPACE: workspace, CONTENT_BRIDGE_TEST_GREP: 'Preview speed', CONTENT_BRIDGE_BENCH: '1' },
  });
  process.exitCode = run.status ?? 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
