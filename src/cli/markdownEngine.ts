/**
 * The Markdown checker, bundled apart as dist/cli-markdown.js (see scripts/build.mjs) and loaded only when a
 * Markdown page is met, so a run over HTML pages does not load markdownlint and micromark.
 */
export { checkMarkdown } from '../core/markdown/checkMarkdown';
