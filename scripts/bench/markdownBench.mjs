// The Markdown part of `npm run bench`: our check of Markdown pages against markdownlint-cli2 (with its defaults)
// on the same deterministic ~1,000-page site, side by side in the same run as the HTML figures.
//
// - In process: per page, our Markdown check (markdownlint's reader rules plus our rules on the page the Markdown
//   produces) against markdownlint's own `lint` with its default rules, on the same strings; the median of a
//   100 KB page is judged against its target.
// - Whole processes (the ratio that is judged): `content-bridge check . --format json` against
//   `markdownlint-cli2 "**/*.md"`, both run in the corpus folder (so no settings file from elsewhere applies), one
//   checked run each, then timed runs alternating which goes first; the ratio uses the medians.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { lint } from 'markdownlint/sync';
import { markdownCorpusPlan, markdownCorpusSeed, writeMarkdownCorpus } from './markdownCorpus.mjs';
import { markdownlintBreakdown } from './markdownlintBreakdown.mjs';
import { defaultJobs } from './siteBench.mjs';

export const markdownTargets = { cliRatioMax: 1.0, page100KbMedianMaxMs: 15 };

/** The engine from the current source (scripts/bench/entry.ts), bundled as run.mjs does. */
export async function bundleEngine(root, benchDir) {
  const outfile = path.join(benchDir, 'core.cjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'scripts', 'bench', 'entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['markdownlint-imports-browser'],
    logLevel: 'warning',
  });
  return createRequire(path.join(root, 'package.json'))(outfile);
}

const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
};

/** Runs `node …args` in `cwd`, timing it; the child reports its own CPU time (user + system) as it exits. */
function runProcess(benchDir, args, capture, cwd) {
  const cpuReporter = path.join(benchDir, 'cpu-report.cjs');
  const cpuFile = path.join(benchDir, 'child-cpu.txt');
  writeFileSync(cpuReporter, "process.on('exit', () => { const c = process.cpuUsage(); require('fs').writeFileSync(process.env.BENCH_CPU_FILE, String((c.user + c.system) / 1000)); });\n");
  const devNull = capture ? undefined : openSync('/dev/null', 'w');
  rmSync(cpuFile, { force: true });
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--require', cpuReporter, ...args], {
    cwd,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', devNull, devNull],
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', BENCH_CPU_FILE: cpuFile },
  });
  const ms = performance.now() - t0;
  if (devNull !== undefined) closeSync(devNull);
  const cpuMs = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : NaN;
  return { ms, cpuMs, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * @param {object} bench root, benchDir, cliPath (dist/cli.js), quick, engine (the bundle of entry.ts), log
 * @returns {{ lines: string[], verdicts: { name: string, value: number, shown: string, pass: boolean }[], results: object }}
 */
export async function runMarkdownBench(bench) {
  const { root, benchDir, cliPath, quick, engine, log } = bench;
  const checkMarkdown = (text, file) => engine.checkDocument(text, { kind: 'markdown', path: file });
  const loadAtStart = os.loadavg()[0];
  const corpusDir = path.join(benchDir, 'markdown');
  const { pages, manifest } = writeMarkdownCorpus(corpusDir);
  const MB = 1024 * 1024;
  log(`Markdown corpus: ${pages.length} pages, ${(manifest.totalBytes / MB).toFixed(2)} MB in .bench/markdown (sha256 ${manifest.corpusSha256.slice(0, 12)})`);
  // markdownlint-cli2 looks for its settings in the folder it runs in: none there, so its defaults apply.
  for (const name of ['.markdownlint-cli2.jsonc', '.markdownlint-cli2.yaml', '.markdownlint.jsonc', '.markdownlint.json', '.markdownlint.yaml', '.markdownlint.yml']) {
    if (existsSync(path.join(corpusDir, name))) throw new Error(`${name} in the Markdown corpus would change markdownlint-cli2's defaults`);
  }

  // Sanity: both tools find things, and nothing throws.
  const sanity = { ours: 0, oursByRule: {}, markdownlint: 0, threw: [] };
  for (const page of pages) {
    try {
      for (const finding of checkMarkdown(page.text, page.file)) {
        sanity.ours++;
        sanity.oursByRule[finding.ruleId] = (sanity.oursByRule[finding.ruleId] ?? 0) + 1;
      }
    } catch (error) {
      sanity.threw.push(`${page.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    sanity.markdownlint += lint({ strings: { [page.file]: page.text } })[page.file].length;
  }

  // In process, interleaved per page, rotating which goes first.
  const tools = [
    { key: 'ours', run: (page) => checkMarkdown(page.text, page.file) },
    { key: 'markdownlint', run: (page) => lint({ strings: { [page.file]: page.text } }) },
  ];
  const rounds = quick ? 2 : 5;
  const samples = Object.fromEntries(tools.map((tool) => [tool.key, pages.map(() => [])]));
  const cpu = Object.fromEntries(tools.map((tool) => [tool.key, pages.map(() => [])]));
  const totals = Object.fromEntries(tools.map((tool) => [tool.key, []]));
  const cpuTotals = Object.fromEntries(tools.map((tool) => [tool.key, []]));
  log(`Markdown in process: warm-up, then ${rounds} rounds`);
  for (const page of pages) for (const tool of tools) tool.run(page);
  for (let round = 0; round < rounds; round++) {
    const sum = { ours: 0, markdownlint: 0 };
    const cpuSum = { ours: 0, markdownlint: 0 };
    pages.forEach((page, index) => {
      for (let k = 0; k < tools.length; k++) {
        const tool = tools[(k + index + round) % tools.length];
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        try {
          tool.run(page);
        } catch {
          // Counted in the sanity pass.
        }
        const ms = performance.now() - t0;
        const used = process.cpuUsage(c0);
        const cpuMs = (used.user + used.system) / 1000;
        samples[tool.key][index].push(ms);
        cpu[tool.key][index].push(cpuMs);
        sum[tool.key] += ms;
        cpuSum[tool.key] += cpuMs;
      }
    });
    for (const tool of tools) {
      totals[tool.key].push(sum[tool.key]);
      cpuTotals[tool.key].push(cpuSum[tool.key]);
    }
  }
  const perSize = markdownCorpusPlan.map((size) => {
    const indexes = pages.map((page, index) => (page.sizeLabel === size.label ? index : -1)).filter((index) => index >= 0);
    const all = (table, key) => indexes.flatMap((index) => table[key][index]);
    const bytes = indexes.reduce((sum, index) => sum + Buffer.byteLength(pages[index].text), 0);
    return {
      size: size.label,
      pages: indexes.length,
      avgKB: bytes / indexes.length / 1024,
      ours: median(all(samples, 'ours')),
      markdownlint: median(all(samples, 'markdownlint')),
      oursCpu: median(all(cpu, 'ours')),
      markdownlintCpu: median(all(cpu, 'markdownlint')),
    };
  });
  const inProcess = {
    oursMs: median(totals.ours),
    markdownlintMs: median(totals.markdownlint),
    oursCpuMs: median(cpuTotals.ours),
    markdownlintCpuMs: median(cpuTotals.markdownlint),
  };

  // Whole processes, in the corpus folder.
  const jobs = defaultJobs();
  const cli2Bin = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const commands = {
    // The --jobs the CLI chooses for 1,000 pages on this machine now, written out so the report says it.
    ours: { args: [cliPath, 'check', '.', '--format', 'json', '--jobs', String(jobs)], label: `content-bridge check . --format json --jobs ${jobs}` },
    markdownlintCli2: { args: [cli2Bin, '**/*.md'], label: 'markdownlint-cli2 "**/*.md" (its defaults)' },
  };
  log('Markdown whole processes: one checked run each, then timed runs');
  const checked = {};
  {
    const ours = runProcess(benchDir, commands.ours.args, true, corpusDir);
    let findings = [];
    try {
      findings = JSON.parse(ours.stdout);
    } catch {
      // reported below
    }
    checked.ours = { status: ours.status, findings: findings.length, files: new Set(findings.map((f) => f.file)).size, ok: (ours.status === 0 || ours.status === 1) && findings.length > 0, stderr: ours.stderr?.slice(0, 500) };
    const cli2 = runProcess(benchDir, commands.markdownlintCli2.args, true, corpusDir);
    // Its default output: one `file:line[:column] rule description` line per finding, on stderr.
    const lines = (cli2.stderr ?? '').split('\n').filter((line) => /^\S+\.md:\d+/.test(line));
    checked.markdownlintCli2 = { status: cli2.status, findings: lines.length, files: new Set(lines.map((line) => line.split(':')[0])).size, ok: cli2.status === 1 && lines.length > 0, stderr: lines.length > 0 ? '' : cli2.stderr?.slice(0, 500) };
    for (const [name, c] of Object.entries(checked)) if (!c.ok) log(`WARNING: the ${name} run on the Markdown corpus looks wrong (exit ${c.status}): ${c.stderr}`);
  }
  const runs = quick ? 1 : 3;
  const times = { ours: [], markdownlintCli2: [] };
  const cpuTimes = { ours: [], markdownlintCli2: [] };
  for (let run = 0; run < runs; run++) {
    for (const name of run % 2 === 0 ? ['ours', 'markdownlintCli2'] : ['markdownlintCli2', 'ours']) {
      const result = runProcess(benchDir, commands[name].args, false, corpusDir);
      times[name].push(result.ms);
      cpuTimes[name].push(result.cpuMs);
    }
  }
  const cli = Object.fromEntries(Object.keys(times).map((name) => [name, { runsMs: times[name], medianMs: median(times[name]), cpuRunsMs: cpuTimes[name], medianCpuMs: median(cpuTimes[name]) }]));
  const ratio = { wall: cli.ours.medianMs / cli.markdownlintCli2.medianMs, cpu: cli.ours.medianCpuMs / cli.markdownlintCli2.medianCpuMs };
  const page100 = perSize.find((size) => size.size === '100 KB');
  // More than one core of load besides the bench's own means other work shared the CPU: judge on CPU time then.
  const busy = loadAtStart > 1 || os.loadavg()[0] > (os.availableParallelism?.() ?? os.cpus().length);
  const judge = (wall, cpuTime) => (busy ? cpuTime : wall);

  const verdicts = [
    {
      name: 'Markdown: no slower than markdownlint-cli2 with its defaults (whole CLI processes, median)',
      value: judge(ratio.wall, ratio.cpu),
      shown: `ours/markdownlint-cli2 = ${ratio.wall.toFixed(2)} wall, ${ratio.cpu.toFixed(2)} CPU (target <= ${markdownTargets.cliRatioMax.toFixed(1)}; in process against markdownlint's lint(): ${(inProcess.oursMs / inProcess.markdownlintMs).toFixed(2)} wall)`,
      pass: judge(ratio.wall, ratio.cpu) <= markdownTargets.cliRatioMax,
    },
    {
      name: 'Markdown: 100 KB page, median check under 15 ms',
      value: judge(page100.ours, page100.oursCpu),
      shown: `${page100.ours.toFixed(2)} ms wall, ${page100.oursCpu.toFixed(2)} ms CPU (markdownlint alone: ${page100.markdownlint.toFixed(2)} ms; target < ${markdownTargets.page100KbMedianMaxMs} ms)`,
      pass: judge(page100.ours, page100.oursCpu) < markdownTargets.page100KbMedianMaxMs,
    },
  ];

  // Why a 100 KB page costs what it costs: markdownlint's parse against each of its rules, on the first such page.
  const longPage = pages.find((page) => page.sizeLabel === '100 KB');
  const readerRuleIds = (engine.markdownlintRules ?? []).map((rule) => rule.meta.id);
  let breakdown;
  try {
    breakdown = longPage ? await markdownlintBreakdown(root, longPage.text, readerRuleIds, quick ? 3 : 5) : undefined;
  } catch (error) {
    // markdownlint's files moved: the figures above still stand.
    log(`WARNING: no breakdown of markdownlint's time (${error instanceof Error ? error.message : String(error)})`);
  }

  const f = (ms) => (Number.isFinite(ms) ? ms.toFixed(ms >= 100 ? 0 : 2) : '-');
  const lines = [];
  if (busy) lines.push('WARNING: the machine was busy during the Markdown run: its targets are judged on CPU time.');
  lines.push(`Markdown: ${pages.length} pages, ${(manifest.totalBytes / MB).toFixed(2)} MB, seed 0x${markdownCorpusSeed.toString(16)}, sha256 ${manifest.corpusSha256.slice(0, 12)}; findings: ${sanity.ours} from our check (${Object.keys(sanity.oursByRule).length} rules), ${sanity.markdownlint} from markdownlint's defaults`);
  if (sanity.threw.length > 0) lines.push(`WARNING: our Markdown check threw on ${sanity.threw.length} pages (first: ${sanity.threw[0]})`);
  lines.push(`  per page, in process, median ms over ${rounds} rounds (ours = markdownlint's reader rules + our rules; markdownlint = its default rules):`);
  for (const size of perSize) {
    lines.push(`    ${size.size.padEnd(7)} ${String(size.pages).padStart(4)} pages, avg ${size.avgKB.toFixed(1).padStart(6)} KB   ours ${f(size.ours).padStart(7)}   markdownlint ${f(size.markdownlint).padStart(7)}   ratio ${(size.ours / size.markdownlint).toFixed(2)}`);
  }
  lines.push(`  in process over the corpus: ours ${f(inProcess.oursMs)} ms, markdownlint ${f(inProcess.markdownlintMs)} ms (CPU ${f(inProcess.oursCpuMs)} / ${f(inProcess.markdownlintCpuMs)} ms)`);
  if (breakdown) {
    const top = breakdown.rules.slice(0, 6).map((rule) => `${rule.id}${rule.ours ? '*' : ''} ${f(rule.ms)}`).join(', ');
    lines.push(
      `  100 KB page, markdownlint's lint() CPU ms: parse ${f(breakdown.parseMs)}; every rule ${f(breakdown.allRulesMs)}, the reader rules we run ${f(breakdown.oursMs)}; slowest: ${top} (* = we run it)`,
    );
  }
  lines.push(`  CLI: ${commands.ours.label.padEnd(52)} ${f(cli.ours.medianMs).padStart(7)} ms (CPU ${f(cli.ours.medianCpuMs)} ms), ${checked.ours.findings} findings in ${checked.ours.files} files`);
  lines.push(`  CLI: ${commands.markdownlintCli2.label.padEnd(52)} ${f(cli.markdownlintCli2.medianMs).padStart(7)} ms (CPU ${f(cli.markdownlintCli2.medianCpuMs)} ms), ${checked.markdownlintCli2.findings} findings in ${checked.markdownlintCli2.files} files`);

  const results = {
    corpus: { seed: markdownCorpusSeed, pages: pages.length, bytes: manifest.totalBytes, sha256: manifest.corpusSha256, plan: markdownCorpusPlan },
    sanity,
    rounds,
    perSize,
    inProcess,
    cli: { ...cli, ratio, commands: Object.fromEntries(Object.entries(commands).map(([k, c]) => [k, ['node', ...c.args.map((a) => path.relative(root, a) || a)].join(' ')])), checks: checked },
    busy,
    judgedOn: busy ? 'cpu' : 'wall',
    targets: verdicts.map(({ name, value, pass }) => ({ name, value, pass })),
    page100KbBreakdown: breakdown,
  };
  return { lines, verdicts, results };
}

// Alone: `node scripts/bench/markdownBench.mjs [--quick]` (npm run build first, for dist/cli.js).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const benchDir = path.join(root, '.bench');
  mkdirSync(benchDir, { recursive: true });
  const engine = await bundleEngine(root, benchDir);
  const { lines, verdicts, results } = await runMarkdownBench({
    root,
    benchDir,
    cliPath: path.join(root, 'dist', 'cli.js'),
    quick: process.argv.includes('--quick'),
    engine,
    log: (message) => process.stderr.write(`bench: ${message}\n`),
  });
  lines.push('', 'Targets');
  for (const verdict of verdicts) lines.push(`  [${verdict.pass ? 'PASS' : 'FAIL'}] ${verdict.name}: ${verdict.shown}`);
  process.stdout.write(lines.join('\n') + '\n');
  writeFileSync(path.join(benchDir, 'markdown-results.json'), JSON.stringify(results, null, 2) + '\n');
}
