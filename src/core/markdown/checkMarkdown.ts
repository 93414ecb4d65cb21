import { looksBinary, notTextFinding, runRules, sortFindings, sourceInfo, tooDeepFinding, type CheckOptions, ruleFailureId } from '../check';
import { HtmlPage, NestingTooDeepError } from '../html/parse';
import { Suppressions, type CommentText } from '../suppressions';
import { LineIndex } from '../text/lineIndex';
import type { SourceInfo } from '../source';
import type { Finding } from '../types';
import { parseMarkdown } from './parseMarkdown';
import { prepareMarkdown } from './prepareMarkdown';
import { renderHtml } from './renderHtml';
import { SourceMap } from './sourceMap';
import { translateFixes } from './translateFixes';
import { lintMarkdown } from './markdownlint/lintMarkdown';
import { markdownlintRuleById } from './markdownlint/readerRules';

/** Rules asking for what Markdown's `![…](…)` cannot say (a width and height): raw HTML images still get them. */
const notForMarkdownImages = new Set(['unsized-images']);

/**
 * Checks a Markdown page: renders it to HTML with a map back to the source, runs every rule on that HTML, and
 * reports each finding at the Markdown that produced it, with fixes that edit the Markdown.
 */
export function checkMarkdown(text: string, options: CheckOptions = {}): Finding[] {
  if (looksBinary(text)) return [notTextFinding()];
  const source = sourceInfo(text, 'markdown', options);
  const prepared = prepareMarkdown(text, source.frontMatter);
  const { root, spans } = parseMarkdown(prepared);
  const { html, map } = renderHtml(root, prepared, spans);
  let page: HtmlPage;
  try {
    page = HtmlPage.parse(html);
  } catch (error) {
    if (error instanceof NestingTooDeepError) return [tooDeepFinding()];
    throw error;
  }
  const lines = new LineIndex(text);
  const suppressions = Suppressions.fromComments(commentsInSource(page, map), lines);
  const findings: Finding[] = [];
  for (const raw of runRules(page, source, options)) {
    // Findings on the page settings (front matter) are already in offsets of the file as written.
    if (raw.inSource) {
      const range = lines.rangeOf(raw.start, raw.end);
      if (!suppressions.covers(raw.ruleId, range.start.line)) findings.push({ ruleId: raw.ruleId, severity: raw.severity, message: raw.message, startOffset: raw.start, endOffset: raw.end, range, fixes: raw.fixes });
      continue;
    }
    const holder = map.containing(raw.start, raw.end);
    if (holder?.kind === 'image' && notForMarkdownImages.has(raw.ruleId)) continue;
    const span = raw.ruleId === ruleFailureId ? { start: 0, end: 0 } : map.toSource(raw.start, raw.end);
    // Output with no Markdown behind it (the footnotes list's own wrapper) is nothing the author can change.
    if (!span) continue;
    const range = lines.rangeOf(span.start, span.end);
    if (raw.ruleId !== ruleFailureId && suppressions.covers(raw.ruleId, range.start.line)) continue;
    const fixes = translateFixes(raw.fixes, holder, map);
    findings.push({ ruleId: raw.ruleId, severity: raw.severity, message: raw.message, startOffset: span.start, endOffset: span.end, range, fixes });
  }
  findings.push(...markdownlintFindings(text, lines, suppressions, findings, options, source.frontMatter));
  return sortFindings(findings);
}

/** markdownlint's findings, less those one of our rules already reports on the same line (ours have fixes). */
function markdownlintFindings(
  text: string,
  lines: LineIndex,
  suppressions: Suppressions,
  ours: readonly Finding[],
  options: CheckOptions,
  frontMatter: SourceInfo['frontMatter'],
): Finding[] {
  const findings: Finding[] = [];
  for (const raw of lintMarkdown(text, lines, { markdownlint: options.markdownlint, config: options.config, frontMatter })) {
    const range = lines.rangeOf(raw.start, raw.end);
    const rule = markdownlintRuleById(raw.ruleId);
    const reportedByUs = ours.some(
      (finding) =>
        finding.ruleId === rule?.sameAs &&
        finding.range.start.line === range.start.line &&
        (!rule.sameAsOnlyOverlapping || (finding.startOffset < raw.end && raw.start < finding.endOffset)),
    );
    if (reportedByUs) continue;
    if (suppressions.covers(raw.ruleId, range.start.line)) continue;
    findings.push({ ruleId: raw.ruleId, severity: raw.severity, message: raw.message, startOffset: raw.start, endOffset: raw.end, range, fixes: raw.fixes });
  }
  return findings;
}

/** HTML comments the Markdown holds, where they are in the Markdown. */
function commentsInSource(page: HtmlPage, map: SourceMap): CommentText[] {
  const comments: CommentText[] = [];
  for (const comment of page.comments) {
    const start = comment.startIndex ?? 0;
    const end = comment.endIndex ?? start;
    const span = map.toSource(start, end);
    if (span) comments.push({ data: comment.data, start: span.start, end: span.end });
  }
  return comments;
}
