// `npm run bench`: how fast is the full rule set, against HTMLHint and axe-core on jsdom, on one
// deterministic corpus, all measured side by side in this one run.
//
//   node scripts/bench/run.mjs [--quick] [--html]
//
// 1. Makes sure dist/cli.js is current (builds it when missing or older than src/).
// 2. Writes the corpus (scripts/bench/corpus.mjs) to .bench/corpus/.
// 3. Bundles src/core (scripts/bench/entry.ts) into .bench/core.cjs, so this measures the current source.
// 4. In-process, per page size: median and p95 ms per page of check() (every rule), of
//    HtmlPage.parse alone, and of HTMLHint.verify; throughput over the whole corpus.
// 5. Whole processes: `content-bridge check .bench/corpus --format json` against
//    `htmlhint .bench/corpus -f json` (its default rules), median of 3 runs each.
// 6. axe-core on jsdom over a subset of pages per size (it is slow), per page and per MB.
// 7. Markdown: a ~1,000-page Markdown site, our CLI against markdownlint-cli2 (scripts/bench/markdownBench.mjs).
// 8. Prints the table and the targets, and writes .bench/results.json.
//
// --quick: fewer rounds and a smaller axe subset, for a fast look (the figures are noisier).
// --html: the HTML measurements only (steps 1-6), without the Markdown and whole-site parts.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { corpusPlan, corpusSeed, writeCorpus } from './corpus.mjs';
import { runMarkdownBench } from './markdownBench.mjs';
import { runSiteBench } from './siteBench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const require = createRequire(path.join(root, 'package.json'));

const quick = process.argv.includes('--quick');
const htmlOnly = process.argv.includes('--html');
const benchDir = path.join(root, '.bench');
const corpusDir = path.join(benchDir, 'corpus');
const cliPath = path.join(root, 'dist', 'cli.js');
const htmlhintBin = path.join(root, 'node_modules', 'htmlhint', 'bin', 'htmlhint');

const settings = quick
  ? { warmupPasses: 1, minRounds: 2, maxRounds: 8, inProcessBudgetMs: 4000, htmlhintAllPasses: 1, cliRuns: 1, perRulePages: 1, perRuleRounds: 1, axePerSize: { '5 KB': 1, '20 KB': 1, '50 KB': 0, '100 KB': 1, '250 KB': 0 } }
  : { warmupPasses: 1, minRounds: 4, maxRounds: 40, inProcessBudgetMs: 25000, htmlhintAllPasses: 2, cliRuns: 11, perRulePages: 3, perRuleRounds: 2, axePerSize: { '5 KB': 2, '20 KB': 2, '50 KB': 1, '100 KB': 1, '250 KB': 1 } };

const targets = { htmlhintRatioMax: 1.0, axeSpeedupMin: 100, page100KbMedianMaxMs: 10 };
const MB = 1024 * 1024;
const started = performance.now();
const loadAtStart = os.loadavg()[0];

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// 1. A current CLI build.

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (!existsSync(cliPath) || statSync(cliPath).mtimeMs < newestMtime(path.join(root, 'src'))) {
  log('dist/cli.js is missing or older than src/: building it (node scripts/build.mjs)');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    log('the build failed, so the CLI cannot be measured');
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The corpus.

mkdirSync(benchDir, { recursive: true });
const { pages, manifest } = writeCorpus(corpusDir);
const totalBytes = manifest.totalBytes;
for (const page of pages) page.bytes = Buffer.byteLength(page.text);
const sizeLabels = corpusPlan.map((size) => size.label);
log(`corpus: ${pages.length} pages, ${(totalBytes / MB).toFixed(2)} MB in .bench/corpus (sha256 ${manifest.corpusSha256.slice(0, 12)})`);

// ---------------------------------------------------------------------------------------------
// 3. The engine from the current source.

const coreBundle = path.join(benchDir, 'core.cjs');
await esbuild.build({
  entryPoints: [path.join(root, 'scripts', 'bench', 'entry.ts')],
  outfile: coreBundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  // As scripts/build.mjs: packages' ES module builds first (jsonc-parser's UMD `main` loads its
  // parts with a require() that esbuild cannot follow).
  mainFields: ['module', 'main'],
  conditions: ['markdownlint-imports-browser'],
  logLevel: 'warning',
});
const { check, allRules, ruleFailureId, HtmlPage, resolveRule, ruleOptions } = require(coreBundle);
const { HTMLHint } = require('htmlhint');
const htmlhintDefault = { ...HTMLHint.defaultRuleset };
const htmlhintAll = Object.fromEntries(Object.keys(HTMLHint.rules).map((id) => [id, true]));
const versions = {
  node: process.version,
  htmlhint: require('htmlhint/package.json').version,
  axeCore: require('axe-core/package.json').version,
  jsdom: require('jsdom/package.json').version,
};

// A rule that throws must not stop the bench: check() turns it into an internal-error finding;
// should check() itself throw, the page is counted and timed all the same.
const sanity = { findings: 0, byRule: {}, internalErrors: {}, checkThrew: [], htmlhintFindings: 0 };
for (const page of pages) {
  try {
    for (const finding of check(page.text)) {
      sanity.findings++;
      sanity.byRule[finding.ruleId] = (sanity.byRule[finding.ruleId] ?? 0) + 1;
      if (finding.ruleId === ruleFailureId) {
        const failed = /"([^"]+)"/.exec(finding.message)?.[1] ?? finding.message;
        sanity.internalErrors[failed] = (sanity.internalErrors[failed] ?? 0) + 1;
      }
    }
  } catch (error) {
    sanity.checkThrew.push(`${page.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  sanity.htmlhintFindings += HTMLHint.verify(page.text, { ...htmlhintDefault }).length;
}
log(`engine: ${allRules.length} rules, ${sanity.findings} findings over the corpus`);
if (Object.keys(sanity.internalErrors).length > 0) log(`rules that threw (reported as ${ruleFailureId}): ${JSON.stringify(sanity.internalErrors)}`);
if (sanity.checkThrew.length > 0) log(`check() itself threw on ${sanity.checkThrew.length} pages, first: ${sanity.checkThrew[0]}`);

// ---------------------------------------------------------------------------------------------
// 4. In process: every tool on every page, interleaved, in rounds.

function guarded(fn) {
  return (text) => {
    try {
      fn(text);
    } catch {
      // Timed all the same; reported by the sanity pass above.
    }
  };
}

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const tools = [
  { key: 'parse', run: guarded((text) => HtmlPage.parse(text)) },
  { key: 'check', run: guarded((text) => check(text)) },
  { key: 'htmlhint', run: guarded((text) => HTMLHint.verify(text, { ...htmlhintDefault })) },
];
// HTMLHint with every one of its rules is slow and only for information: a few passes of its own below.
const htmlhintAllTool = { key: 'htmlhintAll', run: guarded((text) => HTMLHint.verify(text, { ...htmlhintAll })) };

log(`in-process warm-up: ${settings.warmupPasses} pass(es) over the corpus`);
for (let pass = 0; pass < settings.warmupPasses; pass++) for (const tool of tools) for (const page of pages) tool.run(page.text);

const samples = Object.fromEntries([...tools, htmlhintAllTool].map((tool) => [tool.key, pages.map(() => [])]));
const roundTotals = Object.fromEntries([...tools, htmlhintAllTool].map((tool) => [tool.key, []]));
// CPU time (user + system of this process) beside wall time: much less inflated when other work
// shares the machine, so a busy run can still be judged.
const cpuSamples = Object.fromEntries(tools.map((tool) => [tool.key, pages.map(() => [])]));
const cpuRoundTotals = Object.fromEntries(tools.map((tool) => [tool.key, []]));
const cpuMsSince = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const inProcessStart = performance.now();
let rounds = 0;
while (rounds < settings.maxRounds && (rounds < settings.minRounds || performance.now() - inProcessStart < settings.inProcessBudgetMs)) {
  const totals = Object.fromEntries(tools.map((tool) => [tool.key, 0]));
  const cpuTotals = Object.fromEntries(tools.map((tool) => [tool.key, 0]));
  pages.forEach((page, index) => {
    // Rotate which tool goes first, so none always runs right after another's garbage.
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(k + index + rounds) % tools.length];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      tool.run(page.text);
      const ms = performance.now() - t0;
      const cpuMs = cpuMsSince(c0);
      samples[tool.key][index].push(ms);
      cpuSamples[tool.key][index].push(cpuMs);
      totals[tool.key] += ms;
      cpuTotals[tool.key] += cpuMs;
    }
  });
  for (const tool of tools) roundTotals[tool.key].push(totals[tool.key]);
  for (const tool of tools) cpuRoundTotals[tool.key].push(cpuTotals[tool.key]);
  rounds++;
}
log(`in-process: ${rounds} rounds in ${((performance.now() - inProcessStart) / 1000).toFixed(1)} s`);
htmlhintAllTool.run(pages[0].text);
for (let pass = 0; pass < settings.htmlhintAllPasses; pass++) {
  let total = 0;
  pages.forEach((page, index) => {
    const t0 = performance.now();
    htmlhintAllTool.run(page.text);
    const ms = performance.now() - t0;
    samples.htmlhintAll[index].push(ms);
    total += ms;
  });
  roundTotals.htmlhintAll.push(total);
}

// Each rule alone on 100 KB pages: a freshly parsed page per rule (so no rule profits from text
// another rule cached on the page), only rule.check() timed.
function timeEachRule() {
  if (typeof ruleOptions !== 'function' || typeof resolveRule !== 'function') return { unavailable: 'the engine no longer exports ruleOptions/resolveRule' };
  const sample = pages.map((page, index) => (page.sizeLabel === '100 KB' ? index : -1)).filter((i) => i >= 0).slice(0, settings.perRulePages);
  const times = new Map();
  try {
    for (let round = 0; round < settings.perRuleRounds; round++) {
      for (const index of sample) {
        for (const rule of allRules) {
          const resolved = resolveRule(rule.meta, undefined);
          if (resolved.severity === 'off') continue;
          const page = HtmlPage.parse(pages[index].text);
          const context = { page, options: ruleOptions(rule.meta, resolved.options), report: (problem) => void page.lines.rangeOf(problem.start, problem.end) };
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          try {
            rule.check(context);
          } catch {
            // Reported by the sanity pass.
          }
          const ms = performance.now() - t0;
          const cpuMs = cpuMsSince(c0);
          if (!times.has(rule.meta.id)) times.set(rule.meta.id, { wall: [], cpu: [] });
          times.get(rule.meta.id).wall.push(ms);
          times.get(rule.meta.id).cpu.push(cpuMs);
        }
      }
    }
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
  // On a busy machine wall time mostly measures waiting for the CPU: rank by CPU time then.
  const busyNow = os.loadavg()[0] > 1.5;
  const rules = [...times]
    .map(([id, ms]) => ({ id, medianMs: median(busyNow ? ms.cpu : ms.wall), wallMedianMs: median(ms.wall), cpuMedianMs: median(ms.cpu) }))
    .sort((a, b) => b.medianMs - a.medianMs);
  return { pages: sample.length, rounds: settings.perRuleRounds, clock: busyNow ? 'CPU' : 'wall', sumMs: rules.reduce((sum, r) => sum + r.medianMs, 0), rules };
}
log('each rule alone on 100 KB pages');
const perRule = timeEachRule();

const perSize = sizeLabels.map((label) => {
  const indexes = pages.map((page, index) => (page.sizeLabel === label ? index : -1)).filter((index) => index >= 0);
  const all = (key) => indexes.flatMap((index) => samples[key][index]);
  const paired = indexes.flatMap((index) => samples.check[index].map((ms, i) => ms - samples.parse[index][i]));
  const bytes = indexes.reduce((sum, index) => sum + pages[index].bytes, 0);
  return {
    size: label,
    pages: indexes.length,
    avgKB: bytes / indexes.length / 1024,
    samples: all('check').length,
    check: { median: median(all('check')), p95: quantile(all('check'), 0.95) },
    parse: { median: median(all('parse')), p95: quantile(all('parse'), 0.95) },
    rulesAboveParse: { median: median(paired), p95: quantile(paired, 0.95) },
    htmlhint: { median: median(all('htmlhint')), p95: quantile(all('htmlhint'), 0.95) },
    htmlhintAll: { median: median(all('htmlhintAll')), p95: quantile(all('htmlhintAll'), 0.95) },
    cpu: Object.fromEntries(tools.map((tool) => [tool.key, median(indexes.flatMap((index) => cpuSamples[tool.key][index]))])),
    indexes,
  };
});

const page100 = perSize.find((size) => size.size === '100 KB');

const inProcess = Object.fromEntries(
  [...tools, htmlhintAllTool].map((tool) => {
    const ms = median(roundTotals[tool.key]);
    const cpuMs = cpuRoundTotals[tool.key] ? median(cpuRoundTotals[tool.key]) : undefined;
    return [tool.key, { corpusMs: ms, mbPerS: totalBytes / MB / (ms / 1000), corpusCpuMs: cpuMs }];
  }),
);

// ---------------------------------------------------------------------------------------------
// 5. Whole processes, the way CI runs them: our CLI against the htmlhint CLI.

const htmlhintConfig = path.join(benchDir, 'htmlhintrc.json');
// HTMLHint's default rules, written out, so a .htmlhintrc above the repository cannot change them.
writeFileSync(htmlhintConfig, JSON.stringify(htmlhintDefault, null, 2) + '\n');
// And every rule HTMLHint has, for a full-rule-set against full-rule-set comparison (reported, not judged).
const htmlhintAllConfig = path.join(benchDir, 'htmlhintrc-all.json');
writeFileSync(htmlhintAllConfig, JSON.stringify(htmlhintAll, null, 2) + '\n');
const commands = {
  ours: { args: [cliPath, 'check', corpusDir, '--format', 'json'], label: 'content-bridge check --format json' },
  htmlhint: { args: [htmlhintBin, corpusDir, '--config', htmlhintConfig, '-f', 'json', '--nocolor'], label: 'htmlhint -f json (default rules)' },
  htmlhintAll: { args: [htmlhintBin, corpusDir, '--config', htmlhintAllConfig, '-f', 'json', '--nocolor'], label: `htmlhint -f json (all ${Object.keys(htmlhintAll).length} rules)` },
  nodeStartup: { args: ['-e', ''], label: 'node -e "" (Node start-up alone)' },
  oursStartup: { args: [cliPath, '--version'], label: 'content-bridge --version (start-up)' },
  htmlhintStartup: { args: [htmlhintBin, '--version'], label: 'htmlhint --version (start-up)' },
};

// Each child writes its own CPU time (user + system, every thread) to a file as it exits.
const cpuReporter = path.join(benchDir, 'cpu-report.cjs');
const cpuFile = path.join(benchDir, 'child-cpu.txt');
writeFileSync(
  cpuReporter,
  "process.on('exit', () => { const c = process.cpuUsage(); require('fs').writeFileSync(process.env.BENCH_CPU_FILE, String((c.user + c.system) / 1000)); });\n",
);

function runProcess(args, capture) {
  const devNull = capture ? undefined : openSync('/dev/null', 'w');
  rmSync(cpuFile, { force: true });
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--require', cpuReporter, ...args], {
    // Inside .bench, not the repository: the repository's .gitignore lists .bench/, and our CLI leaves out
    // ignored files, so from the repository it would find no page to check.
    cwd: benchDir,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', devNull, 'pipe'],
    maxBuffer: 1024 * MB,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', BENCH_CPU_FILE: cpuFile },
  });
  const ms = performance.now() - t0;
  if (devNull !== undefined) closeSync(devNull);
  const cpuMs = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : NaN;
  return { ms, cpuMs, status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

log('whole processes: one checked run each (warms the file cache), then timed runs');
const cliCheck = {};
{
  const ours = runProcess(commands.ours.args, true);
  let findings = [];
  try {
    findings = JSON.parse(ours.stdout);
  } catch {
    // reported below
  }
  cliCheck.ours = { status: ours.status, findings: findings.length, files: new Set(findings.map((f) => f.file)).size, ok: (ours.status === 0 || ours.status === 1) && Array.isArray(findings), stderr: ours.stderr?.slice(0, 500) };
  const hh = runProcess(commands.htmlhint.args, true);
  let reports = [];
  try {
    reports = JSON.parse(hh.stdout);
  } catch {
    // reported below
  }
  cliCheck.htmlhint = { status: hh.status, findings: reports.reduce((sum, r) => sum + r.messages.length, 0), files: reports.length, ok: Array.isArray(reports) && reports.length > 0, stderr: hh.stderr?.slice(0, 500) };
  for (const [name, c] of Object.entries(cliCheck)) if (!c.ok) log(`WARNING: the ${name} CLI run looks wrong (exit ${c.status}): ${c.stderr}`);
}
const cliTimes = { ours: [], htmlhint: [], htmlhintAll: [], nodeStartup: [], oursStartup: [], htmlhintStartup: [] };
const cliCpu = { ours: [], htmlhint: [], htmlhintAll: [], nodeStartup: [], oursStartup: [], htmlhintStartup: [] };
for (let run = 0; run < settings.cliRuns; run++) {
  // Alternate the order so neither always goes first.
  const pair = run % 2 === 0 ? ['ours', 'htmlhint'] : ['htmlhint', 'ours'];
  const order = [...pair, 'htmlhintAll', 'nodeStartup', 'oursStartup', 'htmlhintStartup'];
  for (const name of order) {
    const run = runProcess(commands[name].args, false);
    cliTimes[name].push(run.ms);
    cliCpu[name].push(run.cpuMs);
  }
}
const cli = Object.fromEntries(
  Object.entries(cliTimes).map(([name, times]) => [name, { runsMs: times, medianMs: median(times), bestMs: Math.min(...times), mbPerS: totalBytes / MB / (median(times) / 1000), cpuRunsMs: cliCpu[name], medianCpuMs: median(cliCpu[name]) }]),
);

// ---------------------------------------------------------------------------------------------
// 6. axe-core on jsdom, on a subset: it takes seconds per 100 KB page.

const { JSDOM, VirtualConsole } = require('jsdom');
const axeSource = require('axe-core').source;
const axeOptions = { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] };

async function axeOnPage(text) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const dom = new JSDOM(text, { runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  dom.window.eval(axeSource);
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const results = await dom.window.axe.run(dom.window.document, axeOptions);
  const t3 = performance.now();
  const cpuMs = cpuMsSince(c0) - cpuMsSince(c1) + cpuMsSince(c2);
  dom.window.close();
  return { parseMs: t1 - t0, injectMs: t2 - t1, runMs: t3 - t2, cpuMs, violations: results.violations.reduce((sum, v) => sum + v.nodes.length, 0) };
}

const axeSubset = perSize.flatMap((size) => size.indexes.slice(0, settings.axePerSize[size.size] ?? 0));
log(`axe-core on jsdom: warm-up, then ${axeSubset.length} pages`);
await axeOnPage(pages[perSize[0].indexes.at(-1)].text);
const axeRuns = [];
for (const index of axeSubset) {
  const result = await axeOnPage(pages[index].text);
  axeRuns.push({ index, file: pages[index].file, size: pages[index].sizeLabel, bytes: pages[index].bytes, ...result, totalMs: result.parseMs + result.runMs });
}
const axeBytes = axeRuns.reduce((sum, r) => sum + r.bytes, 0);
const axeMs = axeRuns.reduce((sum, r) => sum + r.totalMs, 0);
const axeInjectMs = axeRuns.reduce((sum, r) => sum + r.injectMs, 0);
// Our time on exactly the same pages (sum of each page's median), for a like-for-like ratio.
const oursOnAxeSubsetMs = axeRuns.reduce((sum, r) => sum + median(samples.check[r.index]), 0);
const oursOnAxeSubsetCpuMs = axeRuns.reduce((sum, r) => sum + median(cpuSamples.check[r.index]), 0);
const axeCpuMs = axeRuns.reduce((sum, r) => sum + r.cpuMs, 0);
const axe = {
  pages: axeRuns.length,
  bytes: axeBytes,
  mbPerS: axeBytes / MB / (axeMs / 1000),
  mbPerSWithInjection: axeBytes / MB / ((axeMs + axeInjectMs) / 1000),
  speedupSamePages: axeMs / oursOnAxeSubsetMs,
  cpuSpeedupSamePages: axeCpuMs / oursOnAxeSubsetCpuMs,
  speedupThroughput: inProcess.check.mbPerS / (axeBytes / MB / (axeMs / 1000)),
  runs: axeRuns,
};
for (const size of perSize) {
  const runs = axeRuns.filter((r) => r.size === size.size);
  size.axe = runs.length ? { pages: runs.length, median: median(runs.map((r) => r.totalMs)), parseMedian: median(runs.map((r) => r.parseMs)) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// 7. Markdown pages: our CLI against markdownlint-cli2 with its defaults, on the same ~1,000 pages.

const skipped = { lines: [], verdicts: [], results: 'not run (--html)' };
const markdown = htmlOnly ? skipped : await runMarkdownBench({ root, benchDir, cliPath, quick, engine: require(coreBundle), log });
const site = htmlOnly ? skipped : runSiteBench({ root, benchDir, cliPath, quick, engine: require(coreBundle), log });

// ---------------------------------------------------------------------------------------------
// 8. Report.

// The bench keeps one core busy itself; more than that means other work shared the CPU. Then the
// targets are judged on CPU time, which that inflates far less than wall time.
const cores = os.availableParallelism?.() ?? os.cpus().length;
const busy = loadAtStart > 1 || os.loadavg()[0] > cores;
const judge = (wall, cpu) => (busy ? cpu : wall);
const cliRatio = { wall: cli.ours.medianMs / cli.htmlhint.medianMs, cpu: cli.ours.medianCpuMs / cli.htmlhint.medianCpuMs };
const inProcessRatio = { wall: inProcess.check.corpusMs / inProcess.htmlhint.corpusMs, cpu: inProcess.check.corpusCpuMs / inProcess.htmlhint.corpusCpuMs };
const verdicts = [
  {
    name: 'full rule set no slower than HTMLHint (whole CLI processes, median)',
    value: judge(cliRatio.wall, cliRatio.cpu),
    shown: `ours/htmlhint = ${cliRatio.wall.toFixed(2)} wall, ${cliRatio.cpu.toFixed(2)} CPU (target <= ${targets.htmlhintRatioMax.toFixed(1)}; in process: ${inProcessRatio.wall.toFixed(2)} wall, ${inProcessRatio.cpu.toFixed(2)} CPU)`,
    pass: judge(cliRatio.wall, cliRatio.cpu) <= targets.htmlhintRatioMax,
  },
  {
    name: 'at least 100x faster than axe-core on jsdom (same pages)',
    value: judge(axe.speedupSamePages, axe.cpuSpeedupSamePages),
    shown: `x${axe.speedupSamePages.toFixed(0)} wall, x${axe.cpuSpeedupSamePages.toFixed(0)} CPU (target >= x${targets.axeSpeedupMin}; by MB/s over the whole corpus: x${axe.speedupThroughput.toFixed(0)})`,
    pass: judge(axe.speedupSamePages, axe.cpuSpeedupSamePages) >= targets.axeSpeedupMin,
  },
  {
    name: '100 KB page, median check() under 10 ms',
    value: judge(page100.check.median, page100.cpu.check),
    shown: `${page100.check.median.toFixed(2)} ms wall (p95 ${page100.check.p95.toFixed(2)}), ${page100.cpu.check.toFixed(2)} ms CPU (target < ${targets.page100KbMedianMaxMs} ms)`,
    pass: judge(page100.check.median, page100.cpu.check) < targets.page100KbMedianMaxMs,
  },
];

function git(args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores,
  memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
  platform: `${os.platform()} ${os.arch()}`,
  loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
};
const commit = git(['rev-parse', '--short', 'HEAD']);
const srcDirty = (git(['status', '--porcelain', '--', 'src']) ?? '') !== '';

const f = (ms, digits = 2) => (Number.isFinite(ms) ? ms.toFixed(ms >= 100 ? 0 : digits) : '-');
const pad = (text, width) => String(text).padStart(width);
const padEnd = (text, width) => String(text).padEnd(width);
const lines = [];
lines.push('');
lines.push(`Content Bridge benchmark${quick ? ' (--quick: fewer rounds, noisier)' : ''}`);
lines.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}, node ${versions.node}; load average ${loadAtStart.toFixed(2)} at start, ${machine.loadAverage[0]} at end`);
// The bench keeps one core busy itself; more than that means other work shared the CPU.
if (busy) lines.push('WARNING: the machine was busy with other work during this run: wall times are inflated and noisy, so the targets are judged on CPU time. Re-run on a quiet machine for figures to quote.');
lines.push(`Engine: ${allRules.length} rules (git ${commit ?? '?'}${srcDirty ? ', src/ has uncommitted changes' : ''}); HTMLHint ${versions.htmlhint}; axe-core ${versions.axeCore} on jsdom ${versions.jsdom}`);
lines.push(`Corpus: ${pages.length} pages, ${(totalBytes / MB).toFixed(2)} MB, seed 0x${corpusSeed.toString(16)}, sha256 ${manifest.corpusSha256.slice(0, 12)}; findings: ${sanity.findings} from check(), ${sanity.htmlhintFindings} from HTMLHint default rules`);
if (cliCheck.ours.findings !== sanity.findings) lines.push(`NOTE: the CLI reported ${cliCheck.ours.findings} findings, check() in process ${sanity.findings} (a different build?)`);
if (cliCheck.htmlhint.findings !== sanity.htmlhintFindings) lines.push(`NOTE: the htmlhint CLI reported ${cliCheck.htmlhint.findings} findings, HTMLHint.verify in process ${sanity.htmlhintFindings}`);
if (Object.keys(sanity.internalErrors).length > 0) lines.push(`WARNING: rules that threw, reported as ${ruleFailureId}: ${Object.entries(sanity.internalErrors).map(([id, n]) => `${id} (${n} pages)`).join(', ')}`);
if (sanity.checkThrew.length > 0) lines.push(`WARNING: check() itself threw on ${sanity.checkThrew.length} pages (first: ${sanity.checkThrew[0]})`);
lines.push('');
lines.push(`Per page, in process, ms: median / p95 over ${rounds} rounds x pages of each size (axe: median of the pages it ran on, one run each)`);
const header = [
  padEnd('size', 7), pad('pages', 5), pad('avg KB', 7),
  pad('check (all rules)', 18), pad('parse only', 14), pad('rules above parse', 18),
  pad('HTMLHint default', 17), pad('HTMLHint all', 14), pad('axe on jsdom', 16),
  pad('vs HTMLHint', 12), pad('vs axe', 9),
].join(' ');
lines.push(header);
lines.push('-'.repeat(header.length));
for (const size of perSize) {
  lines.push([
    padEnd(size.size, 7), pad(size.pages, 5), pad(size.avgKB.toFixed(1), 7),
    pad(`${f(size.check.median)} / ${f(size.check.p95)}`, 18),
    pad(`${f(size.parse.median)} / ${f(size.parse.p95)}`, 14),
    pad(`${f(size.rulesAboveParse.median)} (${Math.round((100 * size.rulesAboveParse.median) / size.check.median)}%)`, 18),
    pad(`${f(size.htmlhint.median)} / ${f(size.htmlhint.p95)}`, 17),
    pad(f(size.htmlhintAll.median), 14),
    pad(size.axe ? `${f(size.axe.median, 0)} (${size.axe.pages} pg)` : 'not run', 16),
    pad((size.check.median / size.htmlhint.median).toFixed(2), 12),
    pad(size.axe ? `x${(size.axe.median / size.check.median).toFixed(0)}` : '-', 9),
  ].join(' '));
}
lines.push('');
lines.push('Throughput over the whole corpus');
const tputRow = (label, ms, mbPerS, note = '') => `  ${padEnd(label, 58)} ${pad(f(ms, 1), 9)} ms ${pad(mbPerS.toFixed(2), 8)} MB/s  ${note}`;
lines.push(tputRow('in process: check(), every rule', inProcess.check.corpusMs, inProcess.check.mbPerS, '(median of rounds)'));
lines.push(tputRow('in process: HtmlPage.parse alone', inProcess.parse.corpusMs, inProcess.parse.mbPerS));
lines.push(tputRow(`in process: HTMLHint.verify, default ${Object.keys(htmlhintDefault).length} rules`, inProcess.htmlhint.corpusMs, inProcess.htmlhint.mbPerS, `ours/htmlhint = ${(inProcess.check.corpusMs / inProcess.htmlhint.corpusMs).toFixed(2)}`));
lines.push(tputRow(`in process: HTMLHint.verify, all ${Object.keys(htmlhintAll).length} rules`, inProcess.htmlhintAll.corpusMs, inProcess.htmlhintAll.mbPerS, `ours/htmlhint-all = ${(inProcess.check.corpusMs / inProcess.htmlhintAll.corpusMs).toFixed(2)}`));
lines.push(tputRow(`CLI: ${commands.ours.label}`, cli.ours.medianMs, cli.ours.mbPerS, `median of ${settings.cliRuns}, best ${f(cli.ours.bestMs, 0)} ms; ${cliCheck.ours.findings} findings`));
lines.push(tputRow(`CLI: ${commands.htmlhint.label}`, cli.htmlhint.medianMs, cli.htmlhint.mbPerS, `median of ${settings.cliRuns}, best ${f(cli.htmlhint.bestMs, 0)} ms; ${cliCheck.htmlhint.findings} findings; ours/htmlhint = ${(cli.ours.medianMs / cli.htmlhint.medianMs).toFixed(2)}`));
lines.push(tputRow(`CLI: ${commands.htmlhintAll.label}`, cli.htmlhintAll.medianMs, cli.htmlhintAll.mbPerS, `median of ${settings.cliRuns}; ours/htmlhint-all = ${(cli.ours.medianMs / cli.htmlhintAll.medianMs).toFixed(2)} (information: the target is judged against the default rules)`));
for (const name of ['oursStartup', 'htmlhintStartup', 'nodeStartup']) lines.push(`  ${padEnd(`CLI: ${commands[name].label}`, 58)} ${pad(f(cli[name].medianMs, 1), 9)} ms`);
lines.push(tputRow(`axe-core on jsdom (${axe.pages} pages, ${(axe.bytes / MB).toFixed(2)} MB; JSDOM + axe.run)`, axeMs, axe.mbPerS, `with axe injection per page: ${axe.mbPerSWithInjection.toFixed(3)} MB/s`));
lines.push('');
if (perRule.unavailable) lines.push(`Each rule alone: not measured (${perRule.unavailable})`);
else {
  lines.push(`Each rule alone on 100 KB pages, median ${perRule.clock} ms per page (${perRule.pages} pages x ${perRule.rounds} rounds; sum ${f(perRule.sumMs)} ms, against ${f(page100.rulesAboveParse.median)} ms wall measured above parsing in check()):`);
  const shown = perRule.rules.slice(0, 12).map((r) => `${r.id} ${f(r.medianMs)}`);
  for (let i = 0; i < shown.length; i += 4) lines.push(`  ${shown.slice(i, i + 4).map((cell) => padEnd(cell, 34)).join('')}`.trimEnd());
  if (perRule.rules.length > shown.length) lines.push(`  … ${perRule.rules.length - shown.length} more, together ${f(perRule.rules.slice(shown.length).reduce((sum, r) => sum + r.medianMs, 0))} ms (all in .bench/results.json)`);
}
lines.push('');
lines.push(`CPU time (user + system of the measuring process), median ms per page: ${perSize.map((size) => `${size.size} check ${f(size.cpu.check)} / parse ${f(size.cpu.parse)} / HTMLHint ${f(size.cpu.htmlhint)}`).join('; ')}`);
lines.push(`CPU time over the corpus: check() ${f(inProcess.check.corpusCpuMs, 0)} ms, HTMLHint ${f(inProcess.htmlhint.corpusCpuMs, 0)} ms; CLI ${f(cli.ours.medianCpuMs, 0)} ms against htmlhint CLI ${f(cli.htmlhint.medianCpuMs, 0)} ms; axe on jsdom ${f(axeCpuMs, 0)} ms against ours ${f(oursOnAxeSubsetCpuMs, 1)} ms on the same pages`);
lines.push('');
lines.push(...markdown.lines);
lines.push('');
verdicts.push(...markdown.verdicts);
lines.push(...site.lines);
lines.push('');
verdicts.push(...site.verdicts);
lines.push(`Targets${busy ? ' (judged on CPU time: the machine was busy)' : ' (judged on wall time)'}`);
for (const verdict of verdicts) lines.push(`  [${verdict.pass ? 'PASS' : 'FAIL'}] ${verdict.name}: ${verdict.shown}`);
lines.push('');
lines.push(`Took ${((performance.now() - started) / 1000).toFixed(0)} s. Details in .bench/results.json.`);
process.stdout.write(lines.join('\n') + '\n');

const results = {
  date: new Date().toISOString(),
  quick,
  machine,
  versions,
  engine: { rules: allRules.length, ruleIds: allRules.map((rule) => rule.meta.id), commit, srcDirty, findings: sanity.findings, findingsByRule: sanity.byRule, internalErrors: sanity.internalErrors, checkThrew: sanity.checkThrew },
  corpus: { seed: corpusSeed, pages: pages.length, bytes: totalBytes, sha256: manifest.corpusSha256, plan: corpusPlan },
  settings,
  rounds,
  perSize: perSize.map(({ indexes, ...size }) => size),
  inProcess,
  perRule,
  cli: { ...cli, commands: Object.fromEntries(Object.entries(commands).map(([k, c]) => [k, ['node', ...c.args.map((a) => path.relative(root, a) || a)].join(' ')])), checks: cliCheck },
  axe: { ...axe, options: axeOptions, runs: axe.runs.map(({ index, ...run }) => run) },
  markdown: markdown.results,
  site: site.results,
  busy,
  judgedOn: busy ? 'cpu' : 'wall',
  targets: verdicts.map(({ name, value, pass }) => ({ name, value, pass })),
};
writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
