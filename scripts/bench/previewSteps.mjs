// `node scripts/bench/previewSteps.mjs` (after `npm run compile-tests`): the preview's work per keystroke on the
// 100 KB HTML and Markdown pages of `npm run bench:preview`, step by step, outside VS Code, so a busy machine shows
// it in processor time (the extension's steps) and in the fastest of 40 runs (the webview's steps, in Chromium).
// The extension's steps: the page made ready for the preview after one letter is typed (line starts, page, the
// change from the version before with its hash, search and social previews), first one version every 300 ms as
// typing with pauses sends them (code not kept hot, closer to the extension host), then in a loop, step by step. The webview's: parse the
// new version, clean it, change the page on show into it, outline 60 problems, mark the cursor, paint.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { generateCorpus } from './corpus.mjs';
import { generateMarkdownCorpus } from './markdownCorpus.mjs';

// CONTENT_BRIDGE_ROOT: another copy of the project (compiled), to compare a version before a change with the same script.
const repoRoot = process.env.CONTENT_BRIDGE_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const out = (file) => require(path.join(repoRoot, 'out', 'src', 'core', file));
const { preparePreviewPage } = out('preview/preparePreviewHtml.js');
const { MarkdownPreviewRenderer } = out('preview/markdownPreview.js');
/** Versions before positions by line wrote offsets. */
const linePositionText = (() => {
  try {
    return out('preview/linePositions.js').linePositionText;
  } catch {
    return undefined;
  }
})();
const { LineIndex } = out('text/lineIndex.js');
const { spliceBetween, textHash, textHashAfter } = out('preview/textSplice.js');
/** The change's hash as the extension computes it: on from the last state before the change (versions before: whole). */
const hashAfter = (html, before, shared) => (textHashAfter ? textHashAfter(html, before, shared) : { hash: textHash(html) });
const { searchResultPreview } = out('preview/searchResult.js');
const { socialCardPreview } = out('preview/socialCard.js');

const [html] = generateCorpus(undefined, [{ label: '100 KB', bytes: 100 * 1024, pages: 1 }]);
const [markdown] = generateMarkdownCorpus(undefined, [{ label: '100 KB', minBytes: 100 * 1024, maxBytes: 100 * 1024, pages: 1, folder: 'long' }]);
const runs = 40;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const siteRootHref = 'https://file+.vscode-resource.vscode-cdn.net/site/';

/**
 * The text as one flat string, as VS Code's `getText` gives it: two pieces added together make a rope, which the first
 * search in it (here, finding the line starts) would copy whole, a cost the extension does not have.
 */
function flat(text) {
  text.indexOf('\0');
  return text;
}

/** Processor time of `step` in milliseconds, added to `times[name]`. */
function timed(times, name, step) {
  const before = process.cpuUsage();
  const result = step();
  const spent = process.cpuUsage(before);
  (times[name] ??= []).push((spent.user + spent.system) / 1000);
  return result;
}

/**
 * The extension's processor time per version when versions come one at a time with pauses between them, as when
 * someone types and the typing delay passes: the code is then not kept hot as in a loop, closer to the extension host.
 */
async function pacedVersions(kind, text) {
  const paragraph = text.indexOf('<p>', Math.floor(text.length / 2));
  const at = kind === 'html' && paragraph !== -1 ? paragraph + 3 : Math.floor(text.length / 2);
  const renderer = new MarkdownPreviewRenderer();
  let previous;
  let hashed;
  let typed = text;
  const cpu = [];
  for (let i = 0; i <= 15; i++) {
    if (i > 0) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      typed = flat(`${typed.slice(0, at)}x${typed.slice(at)}`);
    }
    const before = process.cpuUsage();
    const lines = new LineIndex(typed);
    const positionText = linePositionText ? (span) => linePositionText(lines, span) : undefined;
    const page =
      kind === 'html'
        ? preparePreviewPage(typed, { siteRootHref, sourceOf: (span) => span, positionText })
        : renderer.render(typed, { siteRootHref, sourcePositions: true, positionText, positionsByLine: lines });
    if (previous !== undefined) {
      const splice = spliceBetween(previous, page.html);
      hashed = hashAfter(page.html, hashed, splice.start);
    }
    previous = page.html;
    const spent = process.cpuUsage(before);
    if (i > 0) cpu.push((spent.user + spent.system) / 1000);
  }
  return median(cpu);
}

/**
 * Two versions a letter apart, as the extension sends them, and its processor time per version: in all, and by
 * step (the line starts, the page, the change from the version before and its hash, the search and social previews).
 */
function versions(kind, text) {
  // Where the speed bench types: into a paragraph well inside the page.
  const paragraph = text.indexOf('<p>', Math.floor(text.length / 2));
  const at = kind === 'html' && paragraph !== -1 ? paragraph + 3 : Math.floor(text.length / 2);
  const renderer = new MarkdownPreviewRenderer();
  let previous;
  let hashed;
  const render = (version, times = {}) => {
    const lines = timed(times, 'lines', () => new LineIndex(version));
    const positionText = linePositionText ? (span) => linePositionText(lines, span) : undefined;
    const page = timed(times, 'page', () =>
      kind === 'html'
        ? preparePreviewPage(version, { siteRootHref, sourceOf: (span) => span, positionText })
        : // Versions before positionsByLine ignore it and use positionText.
          renderer.render(version, { siteRootHref, sourcePositions: true, positionText, positionsByLine: lines }),
    );
    if (previous !== undefined) {
      const splice = timed(times, 'change', () => spliceBetween(previous, page.html));
      hashed = timed(times, 'hash', () => hashAfter(page.html, hashed, splice.start));
    }
    previous = page.html;
    timed(times, 'sharing', () => [searchResultPreview(page.meta, 'bench/page'), socialCardPreview(page.meta)]);
    return { html: page.html, lines: lines.starts };
  };
  render(text);
  const cpu = [];
  const steps = {};
  const made = [];
  let typed = text;
  for (let i = 0; i < runs; i++) {
    typed = flat(`${typed.slice(0, at)}x${typed.slice(at)}`);
    const message = timed(steps, 'all', () => render(typed, steps));
    if (made.length < 2) made.push(message);
  }
  cpu.push(...steps.all);
  delete steps.all;
  const parts =
    kind === 'markdown'
      ? `; ${renderer.stats.read} of ${renderer.stats.parts} parts read again${renderer.stats.cutAfterEdit ? ', only the edited part cut again' : ''}`
      : '';
  return {
    cpu,
    made,
    steps: `${Object.entries(steps)
      .map(([step, ms]) => `${step} ${median(ms).toFixed(2)}`)
      .join(', ')}${parts}`,
  };
}

const bundle = await build({
  stdin: {
    contents: `import { sanitizePage } from './webview/preview/sanitizePage';
import { updateBody } from './webview/preview/updatePage';
import { showProblems } from './webview/preview/overlay';
import * as positions from './webview/preview/sourcePositions';
window.previewSteps = { sanitizePage, updateBody, showProblems, elementAt: positions.elementAt, setLineStarts: positions.setLineStarts ?? (() => {}) };`,
    resolveDir: repoRoot,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  logLevel: 'warning',
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [kind, text] of [
    ['html', html.text],
    ['markdown', markdown.text],
  ]) {
    // Paced first, before the loop below makes the code hot.
    const paced = await pacedVersions(kind, text);
    const { cpu, made, steps: extensionSteps } = versions(kind, text);
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    await page.setContent('<!doctype html><iframe style="width:800px;height:700px"></iframe>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const steps = await page.evaluate(
      async ({ made, runs }) => {
        const steps = window.previewSteps;
        const shown = document.querySelector('iframe').contentDocument;
        const length = made[0].html.length;
        const problems = Array.from({ length: 60 }, (_, i) => ({
          start: Math.floor((i / 60) * length * 0.6),
          end: Math.floor((i / 60) * length * 0.6) + 20,
          severity: 'warning',
          message: 'm',
        }));
        const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const times = {};
        for (let i = 0; i <= runs; i++) {
          const message = made[i % 2];
          const marks = [performance.now()];
          const parsed = new DOMParser().parseFromString(message.html, 'text/html');
          marks.push(performance.now());
          steps.sanitizePage(parsed, { cleanedBefore: shown.documentElement });
          marks.push(performance.now());
          steps.updateBody(shown.body, parsed.body);
          steps.setLineStarts(message.lines);
          marks.push(performance.now());
          await painted();
          marks.push(performance.now());
          steps.showProblems(shown, problems, true);
          marks.push(performance.now());
          steps.elementAt(shown, Math.floor(length / 2))?.setAttribute('data-cb-cursor', '');
          marks.push(performance.now());
          if (i === 0) continue; // The first version fills the empty page.
          ['parse', 'clean', 'update', 'paint', 'outlines', 'cursor'].forEach((step, index) => (times[step] ??= []).push(marks[index + 1] - marks[index]));
        }
        return times;
      },
      { made, runs },
    );
    await page.close();
    const figures = Object.entries(steps).map(([step, ms]) => `${step} ${Math.min(...ms).toFixed(1)}/${median(ms).toFixed(1)}`);
    console.log(
      `[preview-steps] ${kind} (${Math.round(text.length / 1024)} KB): extension, processor time per version median ${paced.toFixed(1)} ms one every 300 ms, ` +
        `${median(cpu).toFixed(1)} ms in a loop (${extensionSteps}); ` +
        `webview fastest/median ms: ${figures.join(', ')}`,
    );
  }
} finally {
  await browser.close();
}
