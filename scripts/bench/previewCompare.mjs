// `CONTENT_BRIDGE_BASE=<another compiled copy> node scripts/bench/previewCompare.mjs [--paced]` (after `npm run
// compile-tests` in both): the extension's processor time per version of the 100 KB Markdown page of
// `npm run bench:preview`, this copy against the other one, in one process, the two taking turns version by version
// so that a busy machine slows both alike. Each version: line starts, page, change from the version before and its
// hash, as the extension makes them. The two pages must be the same, character for character.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMarkdownCorpus } from './markdownCorpus.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const baseRoot = process.env.CONTENT_BRIDGE_BASE;
if (!baseRoot) throw new Error('Set CONTENT_BRIDGE_BASE to another compiled copy of the project.');
const require = createRequire(import.meta.url);
const load = (root) => {
  const out = (file) => require(path.join(root, 'out', 'src', 'core', file));
  return { ...out('preview/markdownPreview.js'), ...out('text/lineIndex.js'), ...out('preview/textSplice.js'), ...out('preview/linePositions.js') };
};
const copies = { base: load(baseRoot), this: load(repoRoot) };
const [markdown] = generateMarkdownCorpus(undefined, [{ label: '100 KB', minBytes: 100 * 1024, maxBytes: 100 * 1024, pages: 1, folder: 'long' }]);
const siteRootHref = 'https://file+.vscode-resource.vscode-cdn.net/site/';
// Paced: one version every 300 ms, as typing with pauses sends them (code not kept hot).
const paced = process.argv.includes('--paced');
const versions = paced ? 16 : 300;
const state = Object.fromEntries(Object.keys(copies).map((name) => [name, { renderer: new copies[name].MarkdownPreviewRenderer(), cpu: [] }]));
let typed = markdown.text;
const at = Math.floor(typed.length / 2);
for (let version = 0; version <= versions; version++) {
  if (version > 0) {
    typed = `${typed.slice(0, at)}x${typed.slice(at)}`;
    typed.indexOf('\0'); // One flat string, as VS Code's getText gives it.
    if (paced) await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const pages = {};
  for (const name of version % 2 ? ['base', 'this'] : ['this', 'base']) {
    const { LineIndex, linePositionText, spliceBetween, textHash, textHashAfter } = copies[name];
    const own = state[name];
    const before = process.cpuUsage();
    const lines = new LineIndex(typed);
    const page = own.renderer.render(typed, {
      siteRootHref,
      sourcePositions: true,
      positionText: (span) => linePositionText(lines, span),
      positionsByLine: lines,
    });
    if (own.previous !== undefined) {
      const splice = spliceBetween(own.previous, page.html);
      if (textHashAfter) own.hashed = textHashAfter(page.html, own.hashed, splice.start);
      else textHash(page.html);
    }
    own.previous = page.html;
    const spent = process.cpuUsage(before);
    if (version > 0) own.cpu.push((spent.user + spent.system) / 1000);
    pages[name] = page.html;
  }
  if (pages.base !== pages.this) throw new Error(`The two copies made different pages at version ${version}.`);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `[preview-compare] markdown (${Math.round(markdown.text.length / 1024)} KB), ${paced ? 'one version every 300 ms' : 'in a loop'}, processor time per version median: ` +
    `base ${median(state.base.cpu).toFixed(2)} ms, this ${median(state.this.cpu).toFixed(2)} ms; the same page every version`,
);
