// Bundle entry for the benchmark: the engine's `check` (the full rule set) and the parser alone,
// so the bench can tell the cost of the rules above parsing. Bundled by scripts/bench/run.mjs
// into .bench/core.cjs, so every run measures the current source.
import * as ruleModule from '../../src/core/rules/rule';

export { check, checkDocument, allRules, ruleFailureId, resolveRule, pageFacts, checkCrossPage, markdownlintRules } from '../../src/core';
export { defaultMarkdownlintConfig } from '../../src/core/markdown/markdownlint/readerRules';
export { configForText } from '../../src/core/markdown/markdownlint/silentRules';
export { HtmlPage } from '../../src/core/html/parse';

// For timing each rule alone. Looked up by name, so a rename inside the engine only turns the
// per-rule table off instead of breaking the bench.
export const ruleOptions: unknown = (ruleModule as Record<string, unknown>)['ruleOptions'];
