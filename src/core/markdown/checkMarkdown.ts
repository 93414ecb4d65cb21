import {
  looksBinary,
  notTextFinding,
  ruleFailureId,
  runRules,
  sortFindings,
  sourceInfo,
  tooDeepFinding,
  tooDeepId,
  type CheckOptions,
  type RawFinding,
} from '../check';
import { readFrontMatter, type FrontMatter } from '../frontMatter/frontMatter';
import { isSuppressed } from '../frontMatter/suppression';
import { maskSource } from '../templates/maskSource';
import { withoutTemplateCode } from '../templates/filterFindings';
import { TemplateCode } from '../templates/templateCode';
import { HtmlPage, NestingTooDeepError } from '../html/parse';
import { Suppressions, type CommentText } from '../suppressions';
import { LineIndex, type Range } from '../text/lineIndex';
import type { SourceInfo } from '../source';
import type { Finding } from '../types';
import { parseMarkdown } from './parseMarkdown';
import { mdastFromTokens, type MarkdownlintParse } from './fromTokens';
import { renderHtml } from './renderHtml';
import { SourceMap } from './sourceMap';
import { markdownSafeMask } from './markdownMask';
import { limitInlineMarks, maxLeadingMarkers, nestedTooDeeply } from './limits';
import { translateFixes } from './translateFixes';
import { lintMarkdownPages, type PageToLint } from './markdownlint/lintMarkdown';
import { markdownlintRuleById } from './markdownlint/readerRules';

/** Rules asking for what Markdown's `![…](…)` cannot say (a width and height): raw HTML images still get them. */
const notForMarkdownImages = new Set(['unsized-images']);

/**
 * Checks a Markdown page: renders it to HTML with a map back to the source, runs every rule on that HTML, and
 * reports each finding at the Markdown that produced it, with fixes that edit the Markdown.
 */
export function checkMarkdown(text: string, options: CheckOptions = {}): Finding[] {
  return checkMarkdownPages([{ text, options }])[0]!;
}

/** One page for `checkMarkdownPages`. */
export interface MarkdownPageToCheck {
  readonly text: string;
  readonly options?: CheckOptions;
}

/**
 * Checks several Markdown pages, each exactly as `checkMarkdown` would, with markdownlint reading them together
 * (see lintMarkdownPages): what a whole-site check does with each batch of pages it reads. Findings come back in
 * the pages' order.
 */
export function checkMarkdownPages(pages: readonly MarkdownPageToCheck[]): Finding[][] {
  const prepared = pages.map((page) => prepare(page.text, page.options ?? {}));
  const toLint: { readonly page: PreparedPage; readonly index: number }[] = [];
  prepared.forEach((page, index) => {
    if (!('findings' in page)) toLint.push({ page, index });
  });
  const linted = lintMarkdownPages(toLint.map(({ page }) => page.lint));
  const results = prepared.map((page) => ('findings' in page ? page.findings : []));
  toLint.forEach(({ page, index }, position) => (results[index] = finish(page, linted[position]!)));
  return results;
}

/** A page read and masked, ready for markdownlint, with what the rest of its check needs. */
interface PreparedPage {
  readonly text: string;
  readonly options: CheckOptions;
  readonly frontMatter: FrontMatter | undefined;
  readonly templates: TemplateCode;
  readonly source: SourceInfo;
  readonly parsed: string;
  readonly lines: LineIndex;
  readonly lint: PageToLint;
  /** markdownlint's micromark parse of the page, once markdownlint has read it. */
  shared?: MarkdownlintParse;
}

function prepare(text: string, options: CheckOptions): PreparedPage | { readonly findings: Finding[] } {
  if (looksBinary(text)) return { findings: [notTextFinding()] };
  if (nestedTooDeeply(text)) return { findings: [tooDeepMarkdownFinding()] };
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter?.span.end ?? 0;
  // What the parsers read: same length and line breaks as the file, so offsets stay exact. Front matter blanked,
  // template code masked, emphasis and brackets past a paragraph's budget read as text (see limits.ts).
  const masked = maskSource(limitInlineMarks(text, bodyStart), frontMatter);
  const templates = TemplateCode.of(text, masked.spans);
  const source: SourceInfo = { ...sourceInfo(text, 'markdown', options, frontMatter), templates };
  const parsed = markdownSafeMask(masked);
  const lines = new LineIndex(text);
  // markdownlint reads the front matter itself (for the page title), and the body as our parser does. Its parse
  // of the page is reused for ours where both parsers agree (see fromTokens.ts): one micromark parse, not two.
  const forMarkdownlint = text.slice(0, bodyStart) + parsed.slice(bodyStart);
  const page: PreparedPage = {
    text,
    options,
    frontMatter,
    templates,
    source,
    parsed,
    lines,
    lint: {
      text: forMarkdownlint,
      lines,
      options: { markdownlint: options.markdownlint, config: options.config, frontMatter, onParse: (parse) => (page.shared = parse) },
    },
  };
  return page;
}

function finish(page: PreparedPage, lintFindings: readonly RawFinding[]): Finding[] {
  const { options, frontMatter, templates, source, parsed, lines } = page;
  const linted = withoutTemplateCode(lintFindings, templates);
  const { root, spans } = (page.shared && mdastFromTokens(page.shared, page.lint.text, lines)) || parseMarkdown(parsed);
  // markdownlint's tokens are not needed past this point: a batch of pages should not hold every page's tokens.
  page.shared = undefined;
  options.onParsed?.({ kind: 'markdown', root, spans, frontMatter, lines });
  const { html, map } = renderHtml(root, parsed, spans);
  let htmlPage: HtmlPage;
  try {
    htmlPage = HtmlPage.parse(html);
  } catch (error) {
    if (error instanceof NestingTooDeepError) return [tooDeepFinding()];
    throw error;
  }
  const suppressions = Suppressions.fromComments(commentsInSource(htmlPage, map), lines);
  const suppressed = (ruleId: string, line: number) => ruleId !== ruleFailureId && isSuppressed(suppressions, ruleId, line, frontMatter, lines);
  const mapped = withoutTemplateCode(mapToSource(runRules(htmlPage, source, options), map), templates);
  const findings: Finding[] = [];
  for (const raw of mapped) {
    const range = lines.rangeOf(raw.start, raw.end);
    if (!suppressed(raw.ruleId, range.start.line)) findings.push(toFinding(raw, range));
  }
  for (const raw of linted) {
    const range = lines.rangeOf(raw.start, raw.end);
    // Ours before suppression: markdownlint's twin of a finding disabled by a comment stays hidden too.
    if (reportedByUs(raw, range.start.line, mapped, lines) || suppressed(raw.ruleId, range.start.line)) continue;
    findings.push(toFinding(raw, range));
  }
  return sortFindings(findings);
}

/**
 * Findings on the generated HTML, moved to the Markdown that produced it, with fixes that edit the Markdown.
 * Findings a rule already reported in the file's own offsets (front matter) stay as they are.
 */
function mapToSource(findings: readonly RawFinding[], map: SourceMap): RawFinding[] {
  const mapped: RawFinding[] = [];
  for (const raw of findings) {
    if (raw.inSource || raw.ruleId === ruleFailureId) {
      mapped.push(raw);
      continue;
    }
    const holder = map.containing(raw.start, raw.end);
    if (holder?.kind === 'image' && notForMarkdownImages.has(raw.ruleId)) continue;
    const span = map.toSource(raw.start, raw.end);
    // Output with no Markdown behind it (the footnotes list's own wrapper) is nothing the author can change.
    if (!span) continue;
    mapped.push({ ...raw, start: span.start, end: span.end, fixes: translateFixes(raw.fixes, holder, map), inSource: true });
  }
  return mapped;
}

/** markdownlint's twin of one of our findings on the same line: the user sees ours, which has the fixes. */
function reportedByUs(raw: RawFinding, line: number, ours: readonly RawFinding[], lines: LineIndex): boolean {
  const rule = markdownlintRuleById(raw.ruleId);
  if (!rule?.sameAs) return false;
  return ours.some(
    (finding) =>
      finding.ruleId === rule.sameAs &&
      lines.positionAt(finding.start).line === line &&
      (!rule.sameAsOnlyOverlapping || (finding.start < raw.end && raw.start < finding.end)),
  );
}

function toFinding(raw: RawFinding, range: Range): Finding {
  return { ruleId: raw.ruleId, severity: raw.severity, message: raw.message, startOffset: raw.start, endOffset: raw.end, range, fixes: raw.fixes };
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

/** The one note on Markdown nested too deeply to check. */
function tooDeepMarkdownFinding(): Finding {
  return {
    ruleId: tooDeepId,
    severity: 'warning',
    message: `A line on this page starts with more than ${maxLeadingMarkers} levels of quotes (>) or list indentation, which no site shows as written. Content Bridge did not check the page: remove the extra > marks or spaces.`,
    startOffset: 0,
    endOffset: 0,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [],
  };
}
