// `node scripts/export-l10n.mjs [folder]`: the English bundle of every text the extension shows through
// `vscode.l10n.t`, exported by VS Code's own tool (@vscode/l10n-dev) from src/extension and the webviews' scripts (webview/, through @vscode/l10n) into l10n/bundle.l10n.json
// (or into `folder`), keys sorted so the file changes only where a text changed. A translation is a
// bundle.l10n.<language>.json beside it. `npm run generate` runs it; a unit test fails when the bundle is out of date.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Writes `<outDir>/bundle.l10n.json` and returns the number of texts in it. */
export function exportL10n(outDir = path.join(root, 'l10n')) {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/l10n-dev')), 'cli.js');
  // The tool writes into a scratch folder first, so the bundle in outDir is only ever the sorted one.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'content-bridge-l10n-'));
  try {
    const result = spawnSync(process.execPath, [cli, 'export', '--outDir', scratch, 'src/extension', 'webview'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`@vscode/l10n-dev export failed:\n${result.stdout}\n${result.stderr}`);
    const texts = JSON.parse(readFileSync(path.join(scratch, 'bundle.l10n.json'), 'utf8'));
    const sorted = Object.fromEntries(Object.keys(texts).sort().map((key) => [key, texts[key]]));
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'bundle.l10n.json'), JSON.stringify(sorted, null, 2) + '\n');
    return Object.keys(sorted).length;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.resolve(process.argv[2] ?? path.join(root, 'l10n'));
  const count = exportL10n(outDir);
  console.log(`Wrote ${path.relative(root, path.join(outDir, 'bundle.l10n.json'))} (${count} texts).`);
}
