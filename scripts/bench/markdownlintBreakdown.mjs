// Where markdownlint's lint() spends its time on one page: parsing (micromark, with markdownlint's extensions and its
// second parse of each raw HTML block), then each rule. Every built-in rule is run as a timed copy of itself, so the
// parse is paid once per call and each rule's own time is measured around its function.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from 'markdownlint/sync';

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** markdownlint's own rule list (not exported by the package, so read beside its entry point, lib/exports.mjs). */
export async function builtInRules(root) {
  const lib = path.dirname(createRequire(path.join(root, 'package.json')).resolve('markdownlint'));
  return (await import(pathToFileURL(path.join(lib, 'rules.mjs')).href)).default;
}

/** Each rule as a timed copy of itself, named `timed-<id>`: `record(id, ms)` gets the processor time of every call. */
export function timedCopies(rules, record) {
  return rules.map((rule) => ({
    ...rule,
    names: [`timed-${rule.names[0]}`],
    function: (params, onError) => {
      const start = cpuMs();
      try {
        rule.function(params, onError);
      } finally {
        record(rule.names[0], cpuMs() - start);
      }
    },
  }));
}

/** A rule that reports nothing but makes markdownlint parse the page. */
export const parseOnlyRule = { names: ['parse-only'], description: 'Nothing: makes markdownlint parse', tags: ['bench'], parser: 'micromark', function: () => {} };

/**
 * @param {string} root the repository
 * @param {string} text the page
 * @param {readonly string[]} ours the rule ids Content Bridge enables (its reader rules)
 * @returns {Promise<{ parseMs: number, rules: { id: string, ms: number, ours: boolean }[], allRulesMs: number, oursMs: number }>}
 */
export async function markdownlintBreakdown(root, text, ours, rounds = 5) {
  const spent = new Map();
  const timed = timedCopies(await builtInRules(root), (id, ms) => spent.get(id).push(ms));
  for (const rule of timed) spent.set(rule.names[0].slice('timed-'.length), []);
  const parseOnly = parseOnlyRule;
  const everyRule = { default: false };
  for (const rule of timed) everyRule[rule.names[0]] = true;
  const parse = [];
  for (let round = 0; round < rounds + 1; round++) {
    const start = cpuMs();
    lint({ strings: { page: text }, config: { default: false, 'parse-only': true }, customRules: [parseOnly] });
    if (round > 0) parse.push(cpuMs() - start);
    lint({ strings: { page: text }, config: everyRule, customRules: timed });
    // The first round warms up: its rule times are dropped.
    if (round === 0) for (const times of spent.values()) times.length = 0;
  }
  const rules = [...spent].map(([id, times]) => ({ id, ms: median(times), ours: ours.includes(id) })).sort((a, b) => b.ms - a.ms);
  const sum = (list) => list.reduce((total, rule) => total + rule.ms, 0);
  return { parseMs: median(parse), rules, allRulesMs: sum(rules), oursMs: sum(rules.filter((rule) => rule.ours)) };
}
