// Processor time markdownlint spends on the whole-site bench's Markdown pages (.bench/site), with the rules a page
// cannot trigger left out as silentRules.ts does now, against the first version of it (MD011, MD036, MD037 and MD056
// only), in alternating rounds in one process so the machine's load moves both alike. Pages go to markdownlint in
// batches of the command line's size, one call per group of pages sharing a config, as lintMarkdownPages does; it also
// checks that both give the same findings.
//
// Run: `node --conditions=markdownlint-imports-browser scripts/bench/silentRulesCost.mjs [site folder] [rounds]`
// (after `npm run compile-tests`).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { lint } from 'markdownlint/sync';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] ?? path.join(root, '.bench/site'));
const rounds = Number(process.argv[3] ?? 5);
const batchSize = 24;

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(root, 'out/src/core', file));
const { effectiveConfig, frontMatterEnd, frontMatterPattern, parseSharingRuleName } = out('markdown/markdownlint/lintMarkdown.js');
const { configForText } = out('markdown/markdownlint/silentRules.js');
const { readFrontMatter } = out('frontMatter/frontMatter.js');

const pages = readdirSync(site, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
  .map((entry) => {
    const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    const frontMatter = readFrontMatter(text);
    return { text, from: frontMatterEnd(text, frontMatter), pattern: frontMatterPattern(text, frontMatter) };
  });

// As lintMarkdownPages calls markdownlint: with the rule that shares the parse (here it only needs it).
const config = { ...effectiveConfig({}), [parseSharingRuleName]: true };
const parses = { names: [parseSharingRuleName], description: 'Needs the parse', tags: ['bench'], parser: 'micromark', function: () => {} };
const firstVersion = [
  ['MD011', [')[']],
  ['MD036', ['*', '_']],
  ['MD037', ['*', '_']],
  ['MD056', ['|']],
];
const firstVariants = new Map();
function firstVersionConfig(text) {
  const silent = firstVersion.filter(([, anyOf]) => !anyOf.some((needed) => text.includes(needed))).map(([id]) => id);
  const key = silent.join();
  if (!firstVariants.has(key)) firstVariants.set(key, { ...config, ...Object.fromEntries(silent.map((id) => [id, false])) });
  return firstVariants.get(key);
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Lints every page as lintMarkdownPages would with `configOf`; returns the processor time and the findings. */
function lintAll(configOf) {
  const found = [];
  const start = cpuMs();
  for (let from = 0; from < pages.length; from += batchSize) {
    const groups = [];
    pages.slice(from, from + batchSize).forEach((page, index) => {
      const pageConfig = configOf(page);
      let group = groups.find((candidate) => candidate.config === pageConfig && candidate.pattern?.source === page.pattern?.source);
      if (!group) groups.push((group = { config: pageConfig, pattern: page.pattern, strings: {} }));
      group.strings[`page-${from + index}`] = page.text;
    });
    for (const group of groups) {
      const results = lint({ strings: group.strings, config: group.config, customRules: [parses], frontMatter: group.pattern, handleRuleFailures: true });
      for (const [name, errors] of Object.entries(results)) found[Number(name.slice(5))] = errors;
    }
  }
  return { ms: cpuMs() - start, found };
}

const now = (page) => configForText(config, page.text, page.from);
const before = (page) => firstVersionConfig(page.text);
const times = { before: [], now: [] };
for (let round = 0; round <= rounds; round++) {
  const a = lintAll(round % 2 ? before : now);
  const b = lintAll(round % 2 ? now : before);
  if (round === 0) {
    if (!isDeepStrictEqual(a.found, b.found)) throw new Error('The findings differ.');
    continue; // warming up
  }
  times[round % 2 ? 'before' : 'now'].push(a.ms);
  times[round % 2 ? 'now' : 'before'].push(b.ms);
}
const [was, is] = [median(times.before), median(times.now)];
console.log(`${pages.length} Markdown pages, ${rounds} alternating rounds, same findings`);
console.log(`markdownlint, first version of the left-out rules: ${was.toFixed(0)} ms (${times.before.map((ms) => ms.toFixed(0)).join(', ')})`);
console.log(`markdownlint, now:                                 ${is.toFixed(0)} ms (${times.now.map((ms) => ms.toFixed(0)).join(', ')})`);
const saved = median(times.before.map((ms, round) => ms - times.now[round]));
console.log(
  `saved: ${(was - is).toFixed(0)} ms between the medians (${(((was - is) / was) * 100).toFixed(1)} %), ${saved.toFixed(0)} ms as the median of each round's difference`,
);
