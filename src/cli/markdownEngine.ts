/**
 * The Markdown checker and the whole-site checks (which read Markdown too), bundled apart as dist/cli-markdown.js
 * (see scripts/build.mjs) and loaded only when a Markdown page or a whole-site check is met, so a run over HTML
 * pages does not load markdownlint and micromark.
 */
export { checkMarkdown, checkMarkdownPages } from '../core/markdown/checkMarkdown';
export { checkCrossPage, pageFacts } from '../core/site/siteCheck';
export { checkWithFacts, checkPagesWithFacts } from '../core/site/checkWithFacts';
