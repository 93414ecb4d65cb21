// The whole-site benchmark: a deterministic site of 10,000 pages (HTML and Markdown, linking to each other, with
// images and a few broken links), checked whole by our CLI (`content-bridge check .`: every page check plus the
// cross-page checks) side by side with markdownlint-cli2 and htmlhint on the same files, our broken-link pass
// (pageFacts + checkCrossPage) against linkinator on the folder, and the re-check after one file changes.
//
// Run alone: `node scripts/bench/siteBench.mjs [--quick]` (npm run build first, for dist/cli.js). `npm run bench`
// runs it after the page benchmarks.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from 'markdownlint/sync';
import { mulberry32, SeededPageWriter } from './corpus.mjs';
import { bundleEngine } from './markdownBench.mjs';

export const siteSeed = 0x517e2026;
export const sitePlan = { html: 6000, markdown: 4000, images: 200, sections: 40 };
export const siteTargets = { wallMaxMs: 10_000, memoryMaxMb: 1024, ratioToLintersMax: 1.0, recheckMaxMs: 200 };

const words = (
  'the a of and to in for on with by from about our your new local public community library park school family ' +
  'health support program event meeting report plan project housing transport road water energy climate waste ' +
  'recycling permit application form fee online office hours contact team volunteer grant research data survey ' +
  'residents business jobs training course workshop guide policy news story summer winter city town centre open ' +
  'closed free safe accessible digital every many first next year week day people children apply read learn find'
).split(' ');

class SitePageWriter extends SeededPageWriter {
  constructor(random, index) {
    super(random, index, words);
  }

  title() {
    const s = this.words(3, 7);
    return `${s.charAt(0).toUpperCase()}${s.slice(1)} ${this.index}`;
  }

  sentence() {
    const s = this.words(8, 16);
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  }
}

/** Page i's file: HTML pages first, then Markdown, spread over sections. */
function pageFile(index) {
  const section = `section-${index % sitePlan.sections}`;
  return index < sitePlan.html ? `${section}/page-${index}.html` : `${section}/post-${index}.md`;
}

const total = sitePlan.html + sitePlan.markdown;

/** A link from the page at `from` to another page (sometimes to a heading of it, now and then broken). */
function linkTarget(writer, from) {
  const to = writer.int(0, total - 1);
  const fromFolder = path.posix.dirname(pageFile(from));
  let target = path.posix.relative(fromFolder, pageFile(to));
  if (to >= sitePlan.html) target = target.replace(/\.md$/, '.html');
  if (writer.chance(0.01)) target = target.replace(/(\.html)$/, '-old$1');
  if (writer.chance(0.2)) target += writer.chance(0.9) ? '#details' : '#no-such-part';
  return target;
}

function htmlPage(index) {
  const writer = new SitePageWriter(mulberry32(siteSeed + index), index);
  const title = writer.title();
  writer.emit(`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n`);
  writer.emit(
    `<meta name="description" content="${writer.sentence()} ${writer.sentence()}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n<body>\n`,
  );
  writer.emit(`<nav><a href="/index.html">Home</a> <a href="/section-${index % sitePlan.sections}/index.html">Section</a></nav>\n<main>\n<h1>${title}</h1>\n`);
  const sections = writer.int(2, 4);
  for (let s = 0; s < sections; s++) {
    writer.emit(s === 1 ? `<h2 id="details">Details</h2>\n` : `<h2>${writer.title()}</h2>\n`);
    writer.emit(`<p>${writer.sentence()} <a href="${linkTarget(writer, index)}">${writer.words(2, 4)}</a>. ${writer.sentence()}</p>\n`);
    if (writer.chance(0.4)) {
      const image = writer.chance(0.02) ? 'images/missing.png' : `images/picture-${writer.int(0, sitePlan.images - 1)}.png`;
      writer.emit(`<img src="/${image}" alt="${writer.words(3, 6)}" width="640" height="480">\n`);
    }
    writer.emit(`<p>${writer.sentence()} ${writer.sentence()}</p>\n`);
  }
  writer.emit('</main>\n</body>\n</html>\n');
  return writer.parts.join('');
}

function markdownPage(index) {
  const writer = new SitePageWriter(mulberry32(siteSeed + index), index);
  writer.emit(`---\ntitle: "${writer.title()}"\ndescription: "${writer.sentence()} ${writer.sentence()}"\n---\n\n# ${writer.title()}\n\n`);
  const sections = writer.int(2, 4);
  for (let s = 0; s < sections; s++) {
    writer.emit(s === 1 ? '## Details\n\n' : `## ${writer.title()}\n\n`);
    writer.emit(`${writer.sentence()} [${writer.words(2, 4)}](${linkTarget(writer, index)}). ${writer.sentence()}\n\n`);
    if (writer.chance(0.4)) writer.emit(`![${writer.words(3, 6)}](/images/picture-${writer.int(0, sitePlan.images - 1)}.png)\n\n`);
    writer.emit(`- ${writer.sentence()}\n- ${writer.sentence()}\n\n`);
  }
  return writer.parts.join('');
}

/** Writes the site (same bytes every run; the manifest's hash says so) and returns its pages. */
export function writeSite(dir) {
  rmSync(dir, { recursive: true, force: true });
  const hash = createHash('sha256');
  const pages = [];
  const write = (file, text) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    hash.update(file).update(text);
    if (file.endsWith('.html') || file.endsWith('.md')) pages.push({ file, text });
  };
  const sectionLinks = Array.from({ length: sitePlan.sections }, (_, s) => `<li><a href="section-${s}/index.html">Section ${s}</a></li>`).join('\n');
  write(
    'index.html',
    `<!doctype html>\n<html lang="en">\n<head>\n<title>A site of ten thousand pages</title>\n</head>\n<body>\n<h1>Home</h1>\n<ul>\n${sectionLinks}\n</ul>\n</body>\n</html>\n`,
  );
  for (let s = 0; s < sitePlan.sections; s++) {
    const links = [];
    for (let index = s; index < total; index += sitePlan.sections)
      links.push(`<li><a href="${path.posix.basename(pageFile(index)).replace(/\.md$/, '.html')}">Page ${index}</a></li>`);
    write(
      `section-${s}/index.html`,
      `<!doctype html>\n<html lang="en">\n<head>\n<title>Section ${s} of the site</title>\n</head>\n<body>\n<h1>Section ${s}</h1>\n<ul>\n${links.join('\n')}\n</ul>\n</body>\n</html>\n`,
    );
  }
  for (let image = 0; image < sitePlan.images; image++) write(`images/picture-${image}.png`, 'PNG');
  for (let index = 0; index < total; index++) {
    const file = pageFile(index);
    const text = index < sitePlan.html ? htmlPage(index) : markdownPage(index);
    write(file, text);
  }
  const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.text), 0);
  return { pages, bytes, sha256: hash.digest('hex') };
}

/**
 * Preloaded into each measured process: at exit it writes its CPU time and peak memory (max RSS), and, where Linux
 * lists each thread's time (/proc/self/task), the main thread's share. The rest is checking threads and V8's own
 * background threads (optimising compiler, garbage collector helpers); a thread that ends before the process is read
 * while it runs.
 */
const usageReporter = `const fs = require('fs');
if (require('worker_threads').isMainThread) {
  const ticksMs = 10; // Linux counts thread time in 1/100 s (USER_HZ).
  const threads = new Map();
  const sample = () => {
    try {
      for (const id of fs.readdirSync('/proc/self/task')) {
        const stat = fs.readFileSync('/proc/self/task/' + id + '/stat', 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        threads.set(id, (Number(fields[11]) + Number(fields[12])) * ticksMs);
      }
    } catch {}
  };
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    const c = process.cpuUsage();
    const mainThreadCpuMs = threads.get(String(process.pid));
    fs.writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpuMs: (c.user + c.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, ...(mainThreadCpuMs === undefined ? {} : { mainThreadCpuMs }) }));
  });
}
`;

/** Processor time the whole machine has spent busy so far, in ms, summed over its cores (every process, ours too). */
function machineBusyMs() {
  return os.cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq, 0);
}

/**
 * Runs `node …args` in `cwd`; the child reports its CPU time (and its main thread's) and peak memory as it exits.
 * `otherShare` is the share of the machine's processor time that other work used while it ran (0: the machine did
 * nothing else; 0.5: other work took half of every core), which moves wall times but not processor times.
 */
function runNode(benchDir, args, cwd) {
  const reporter = path.join(benchDir, 'usage-report.cjs');
  const usageFile = path.join(benchDir, 'child-usage.json');
  writeFileSync(reporter, usageReporter);
  rmSync(usageFile, { force: true });
  const devNull = openSync('/dev/null', 'w');
  const busyBefore = machineBusyMs();
  const t0 = performance.now();
  // Output goes nowhere: thousands of findings must not fill a pipe buffer (spawnSync would stop the child).
  const result = spawnSync(process.execPath, ['--require', reporter, ...args], {
    cwd,
    stdio: ['ignore', devNull, devNull],
    env: { ...process.env, NO_COLOR: '1', BENCH_USAGE_FILE: usageFile },
  });
  const ms = performance.now() - t0;
  const busyMs = machineBusyMs() - busyBefore;
  closeSync(devNull);
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { cpuMs: NaN, maxRssMb: NaN };
  const otherShare = Math.max(0, (busyMs - usage.cpuMs) / (ms * os.availableParallelism()));
  return { ms, ...usage, otherShare, status: result.status };
}

const cpuSince = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** The --jobs the CLI takes by default for a large check (src/cli/jobs.ts): one per core other work leaves idle, even in part, at most 8. */
export function defaultJobs() {
  const cores = os.availableParallelism();
  return Math.max(1, Math.min(Math.ceil(cores - os.loadavg()[0]), cores, 8));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

export function runSiteBench({ root, benchDir, cliPath, engine, quick, log }) {
  const siteDir = path.join(benchDir, 'site');
  const { pages, bytes, sha256 } = writeSite(siteDir);
  log(
    `Site: ${pages.length} pages (${pages.length - sitePlan.markdown} HTML, ${sitePlan.markdown} Markdown), ${(bytes / 1024 / 1024).toFixed(1)} MB in .bench/site (sha256 ${sha256.slice(0, 12)})`,
  );
  const bin = (name, file) => path.join(root, 'node_modules', name, file);
  // Two fixed runs of ours: one thread, and one thread per core (what the command line takes by default on an idle
  // machine of this size; src/cli/jobs.ts). What the default would be now, with the machine as it is, is said too.
  const cores = Math.min(os.availableParallelism(), 8);
  const defaultNow = defaultJobs();
  const loadAtStart = os.loadavg()[0];
  const commands = {
    oursAllCores: [cliPath, 'check', '.', '--format', 'json', '--jobs', String(cores)],
    oursOneThread: [cliPath, 'check', '.', '--format', 'json', '--jobs', '1'],
    markdownlint: [bin('markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '**/*.md'],
    htmlhint: [bin('htmlhint', 'bin/htmlhint'), '.'],
    linkinator: [bin('linkinator', 'build/src/cli.js'), '.', '--recurse', '--markdown', '--format', 'json'],
  };
  for (const [name, args] of Object.entries(commands)) if (!existsSync(args[0])) throw new Error(`${name} is not installed at ${args[0]}`);
  const rounds = quick ? 1 : 3;
  const runs = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, args] of Object.entries(commands)) {
      log(`Site: ${name}, round ${round + 1} of ${rounds}`);
      runs[name].push(runNode(benchDir, args, siteDir));
    }
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        ms: median(list.map((r) => r.ms)),
        cpuMs: median(list.map((r) => r.cpuMs)),
        mainThreadCpuMs: median(list.map((r) => r.mainThreadCpuMs ?? NaN)),
        maxRssMb: Math.max(...list.map((r) => r.maxRssMb)),
        status: list[0].status,
      },
    ]),
  );

  // The broken-link pass alone, in process: every page's facts, then the cross-page checks.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const facts = pages.map((page) => engine.pageFacts(page.text, { path: page.file, generator: 'plain' }));
  const factsMs = performance.now() - t0;
  const files = [...pages.map((page) => page.file), ...Array.from({ length: sitePlan.images }, (_, i) => `images/picture-${i}.png`)];
  const factsCpuMs = cpuSince(c0);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const findings = engine.checkCrossPage({ pages: facts, files, generator: 'plain' });
  const crossMs = performance.now() - t1;
  const crossCpuMs = cpuSince(c1);
  const byRule = {};
  for (const list of findings.values()) for (const finding of list) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;

  // markdownlint's own part of a run, measured alone: its lint() with the checks Content Bridge turns on, each page
  // with the checks it cannot trigger left out as the product does (silentRules.ts), in this warmed-up process (a
  // first pass warms it up). No work of ours can lower it: on n cores it takes at best this divided by n.
  const markdownPages = pages.filter((page) => page.file.endsWith('.md'));
  const markdownlintConfig = engine.defaultMarkdownlintConfig();
  const frontMatterEnd = (text) => (text.startsWith('---\n') ? text.indexOf('\n---\n', 3) + 5 : 0);
  const lintSite = () => {
    for (let start = 0; start < markdownPages.length; start += 50) {
      const byConfig = new Map();
      for (const page of markdownPages.slice(start, start + 50)) {
        const config = engine.configForText(markdownlintConfig, page.text, frontMatterEnd(page.text));
        if (!byConfig.has(config)) byConfig.set(config, {});
        byConfig.get(config)[page.file] = page.text;
      }
      for (const [config, strings] of byConfig) lint({ strings, config });
    }
  };
  lintSite();
  const c2 = process.cpuUsage();
  lintSite();
  const markdownlintFloorCpuMs = cpuSince(c2);

  // Re-checking after one file changes: that file's facts again, then the cross-page checks over the whole site. The
  // first edit is the home page's (every page links to it), the slowest case; the median is over pages all over the site.
  const recheck = [];
  const recheckCpu = [];
  for (let i = 0; i < (quick ? 5 : 20); i++) {
    const index = (i * 997) % pages.length;
    const changed = pages[index];
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    facts[index] = engine.pageFacts(`${changed.text}\n<!-- edited ${i} -->\n`, { path: changed.file, generator: 'plain' });
    engine.checkCrossPage({ pages: facts, files, generator: 'plain' });
    recheck.push(performance.now() - started);
    recheckCpu.push(cpuSince(cpuStarted));
  }
  // Other work moves wall time, not processor time: when it took more than a tenth of the machine during any timed
  // run, the targets are judged on processor time, on one thread (the stricter reading: an idle core would only
  // lower the wall time).
  const otherShare = Math.max(
    ...Object.values(runs)
      .flat()
      .map((run) => run.otherShare),
  );
  const busy = otherShare > 0.1;
  const recheckMs = busy ? median(recheckCpu) : median(recheck);
  const linters = { ms: summary.markdownlint.ms + summary.htmlhint.ms, cpuMs: summary.markdownlint.cpuMs + summary.htmlhint.cpuMs };
  const judged = busy
    ? { label: '--jobs 1, CPU', ms: summary.oursOneThread.cpuMs, ratio: summary.oursOneThread.cpuMs / linters.cpuMs }
    : { label: `--jobs ${cores}, wall`, ms: summary.oursAllCores.ms, ratio: summary.oursAllCores.ms / linters.ms };
  const ratio = judged.ratio;
  const peakMb = Math.max(summary.oursAllCores.maxRssMb, summary.oursOneThread.maxRssMb);
  const f = (value, digits = 0) => value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  // The rest of the CPU time is the other checking thread (with --jobs 2) and V8's background threads.
  const mainThread = (run) => (Number.isFinite(run.mainThreadCpuMs) ? ` (${f(run.mainThreadCpuMs)} ms of it on the main thread)` : '');
  const lines = [
    `Whole site: ${pages.length} pages (${pages.length - sitePlan.markdown} HTML, ${sitePlan.markdown} Markdown, ${f(bytes / 1024 / 1024, 1)} MB), median of ${rounds} run${rounds === 1 ? '' : 's'}, whole processes (other work took up to ${f(otherShare * 100)} % of the machine during a run; load average ${f(loadAtStart, 2)} at the start, ${f(os.loadavg()[0], 2)} at the end; the command line's default now: --jobs ${defaultNow})`,
    `  content-bridge check . --jobs ${cores} (every page check + cross-page): ${f(summary.oursAllCores.ms)} ms wall, ${f(summary.oursAllCores.cpuMs)} ms CPU${mainThread(summary.oursAllCores)}, peak ${f(summary.oursAllCores.maxRssMb)} MB`,
    `  content-bridge check . --jobs 1:                           ${f(summary.oursOneThread.ms)} ms wall, ${f(summary.oursOneThread.cpuMs)} ms CPU, peak ${f(summary.oursOneThread.maxRssMb)} MB`,
    `  markdownlint-cli2 '**/*.md' (defaults):                   ${f(summary.markdownlint.ms)} ms wall, ${f(summary.markdownlint.cpuMs)} ms CPU, peak ${f(summary.markdownlint.maxRssMb)} MB`,
    `  htmlhint . (defaults):                                    ${f(summary.htmlhint.ms)} ms wall, ${f(summary.htmlhint.cpuMs)} ms CPU, peak ${f(summary.htmlhint.maxRssMb)} MB`,
    `  markdownlint-cli2 + htmlhint together:                    ${f(linters.ms)} ms wall, ${f(linters.cpuMs)} ms CPU`,
    `  ratios to them together: --jobs ${cores} ${f(summary.oursAllCores.ms / linters.ms, 2)} wall, --jobs 1 ${f(summary.oursOneThread.cpuMs / linters.cpuMs, 2)} CPU`,
    `Broken links: linkinator . --recurse --markdown: ${f(summary.linkinator.ms)} ms wall, ${f(summary.linkinator.cpuMs)} ms CPU, peak ${f(summary.linkinator.maxRssMb)} MB (exit ${summary.linkinator.status})`,
    `  ours in process: page facts ${f(factsMs)} ms wall / ${f(factsCpuMs)} ms CPU + cross-page checks ${f(crossMs)} ms wall / ${f(crossCpuMs)} ms CPU; found ${Object.entries(
      byRule,
    )
      .map(([id, n]) => `${id} ${n}`)
      .join(', ')}`,
    `markdownlint's own part, alone: lint() with the markdownlint checks Content Bridge runs (those a page cannot trigger left out), over the ${markdownPages.length} Markdown pages, warmed up, in process: ${f(markdownlintFloorCpuMs)} ms CPU (at best ${f(markdownlintFloorCpuMs / cores)} ms on ${cores} cores)`,
    `Re-check after one file changes (its facts + cross-page checks over the site), median of ${recheck.length}: ${f(median(recheck), 1)} ms wall, ${f(median(recheckCpu), 1)} ms CPU; the home page, which every page links to: ${f(recheckCpu[0], 1)} ms CPU`,
  ];
  const verdicts = [
    {
      name: `10,000 pages checked whole (CLI, ${judged.label}) under ${f(siteTargets.wallMaxMs)} ms`,
      value: judged.ms,
      shown: `${f(judged.ms)} ms`,
      pass: judged.ms < siteTargets.wallMaxMs,
    },
    { name: `Peak memory under ${f(siteTargets.memoryMaxMb)} MB`, value: peakMb, shown: `${f(peakMb)} MB`, pass: peakMb < siteTargets.memoryMaxMb },
    {
      name: `No slower than markdownlint-cli2 + htmlhint (${judged.label} ratio ≤ ${siteTargets.ratioToLintersMax})`,
      value: ratio,
      shown: f(ratio, 2),
      pass: ratio <= siteTargets.ratioToLintersMax,
    },
    {
      name: `Re-check after one change under ${siteTargets.recheckMaxMs} ms (${busy ? 'CPU' : 'wall'})`,
      value: recheckMs,
      shown: `${f(recheckMs, 1)} ms`,
      pass: recheckMs < siteTargets.recheckMaxMs,
    },
  ];
  const results = {
    seed: siteSeed,
    plan: sitePlan,
    bytes,
    sha256,
    cores,
    defaultJobsNow: defaultNow,
    runs,
    summary,
    linters,
    ratio,
    busy,
    otherShare,
    inProcess: { factsMs, factsCpuMs, crossMs, crossCpuMs, findingsByRule: byRule, markdownlintFloorCpuMs, cores },
    recheck: { judgedMs: recheckMs, wall: recheck, cpu: recheckCpu },
  };
  return { lines, verdicts, results };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const benchDir = path.join(root, '.bench');
  mkdirSync(benchDir, { recursive: true });
  const engine = await bundleEngine(root, benchDir);
  const { lines, verdicts, results } = runSiteBench({
    root,
    benchDir,
    cliPath: path.join(root, 'dist', 'cli.js'),
    engine,
    quick: process.argv.includes('--quick'),
    log: (message) => process.stderr.write(`bench: ${message}\n`),
  });
  lines.push('', 'Targets');
  for (const verdict of verdicts) lines.push(`  [${verdict.pass ? 'PASS' : 'FAIL'}] ${verdict.name}: ${verdict.shown}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  writeFileSync(path.join(benchDir, 'site-results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
