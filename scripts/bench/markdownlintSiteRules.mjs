// What each markdownlint rule costs over the whole-site bench's Markdown pages (.bench/site, made by siteBench.mjs),
// linted in batches as the command line lints them: every built-in rule runs as a timed copy of itself, and a
// parse-only call gives the parse's share. Prints the rules by processor time, ours (the reader rules) marked.
//
// Run: `node scripts/bench/markdownlintSiteRules.mjs [site folder] [rounds]` (after `npm run compile-tests`, for the
// reader rule list in out/).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from 'markdownlint/sync';
import { builtInRules, parseOnlyRule, timedCopies } from './markdownlintBreakdown.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.resolve(process.argv[2] ?? path.join(root, '.bench/site'));
const rounds = Number(process.argv[3] ?? 3);
const batchSize = 100;

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const pages = readdirSync(site, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
  .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));

const require = createRequire(import.meta.url);
const { markdownlintRules } = require(path.join(root, 'out/src/core/markdown/markdownlint/readerRules.js'));
const ours = markdownlintRules.map((rule) => rule.meta.id);

const builtIn = await builtInRules(root);
const spent = new Map(builtIn.map((rule) => [rule.names[0], 0]));
const timed = timedCopies(builtIn, (id, ms) => spent.set(id, spent.get(id) + ms));
const parseOnly = parseOnlyRule;

function lintAll(config, customRules) {
  for (let from = 0; from < pages.length; from += batchSize) {
    const strings = {};
    pages.slice(from, from + batchSize).forEach((text, index) => (strings[`page-${from + index}`] = text));
    lint({ strings, config, customRules, handleRuleFailures: true });
  }
}

const oursTimed = { default: false };
for (const id of ours) oursTimed[`timed-${id}`] = true;
const parse = [];
const perRule = new Map(builtIn.map((rule) => [rule.names[0], []]));
for (let round = 0; round <= rounds; round++) {
  let start = cpuMs();
  lintAll({ default: false, 'parse-only': true }, [parseOnly]);
  if (round > 0) parse.push(cpuMs() - start);
  for (const id of spent.keys()) spent.set(id, 0);
  lintAll(oursTimed, timed);
  if (round > 0) for (const [id, ms] of spent) perRule.get(id).push(ms);
}
console.log(`${pages.length} Markdown pages, ${rounds} rounds (medians, processor ms for all pages)`);
console.log(`parse and per-page setup (no rule): ${median(parse).toFixed(0)} ms`);
const rows = [...perRule]
  .filter(([id]) => ours.includes(id))
  .map(([id, times]) => [id, median(times)])
  .sort((a, b) => b[1] - a[1]);
for (const [id, ms] of rows) console.log(`${id.padEnd(6)} ${ms.toFixed(1).padStart(8)} ms`);
console.log(`all reader rules: ${rows.reduce((sum, [, ms]) => sum + ms, 0).toFixed(0)} ms`);
