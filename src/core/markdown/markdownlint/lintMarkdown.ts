import { lint } from 'markdownlint/sync';
import type { LintError, Rule } from 'markdownlint';
import type { RawFinding } from '../../check';
import { resolveRule } from '../../config/resolve';
import type { FrontMatter } from '../../frontMatter/frontMatter';
import type { LineIndex } from '../../text/lineIndex';
import type { CheckConfig, Fix } from '../../types';
import { defaultMarkdownlintConfig, markdownlintRuleById, markdownlintRules } from './readerRules';
import { configForText } from './silentRules';
import type { MarkdownlintParse, MarkdownlintToken } from '../fromTokens';

export interface LintMarkdownOptions {
  /** The repository's markdownlint config, already read; it overrides our defaults rule by rule. */
  readonly markdownlint?: Readonly<Record<string, unknown>>;
  /** Content Bridge's own config: `"MD045": "off"` there switches the rule off too. */
  readonly config?: CheckConfig;
  readonly frontMatter?: FrontMatter;
  /** Receives markdownlint's micromark tokens of the page, so the page need not be parsed a second time. */
  readonly onParse?: (parse: MarkdownlintParse) => void;
}

/** The name of the rule that hands markdownlint's parse back to us: it reports nothing. */
export const parseSharingRuleName = 'content-bridge-share-parse';

/**
 * Runs markdownlint on the Markdown and returns its findings in offsets of `text`, with our message for each rule
 * we know and markdownlint's fix information as a fix.
 */
export function lintMarkdown(text: string, lines: LineIndex, options: LintMarkdownOptions): RawFinding[] {
  return lintMarkdownPages([{ text, lines, options }])[0]!;
}

/** One page for `lintMarkdownPages`. */
export interface PageToLint {
  readonly text: string;
  readonly lines: LineIndex;
  readonly options: LintMarkdownOptions;
}

/**
 * Lints several pages, each exactly as `lintMarkdown` would, in as few calls to markdownlint as their settings
 * allow: each call checks its list of rules, indexes their names and compiles the front matter pattern again,
 * which cost a sixth of a small page's lint. Pages with the same settings and the same front matter pattern share
 * a call. Findings come back in the pages' order.
 */
export function lintMarkdownPages(pages: readonly PageToLint[]): RawFinding[][] {
  const found: RawFinding[][] = pages.map(() => []);
  for (const group of groupsOf(pages)) {
    const strings: Record<string, string> = {};
    for (const index of group.members) strings[nameOf(index)] = pages[index]!.text;
    const results = lint({
      strings,
      config: group.config as never,
      // Always present, so markdownlint always parses the page: MD052 reads micromark's tokens without asking for
      // them, which only works while some rule that asks is on (silentRules.ts may switch all the others off).
      customRules: [parseSharingRule((name, parse) => pages[indexOf(name)]!.options.onParse?.(parse))],
      frontMatter: group.frontMatter,
      handleRuleFailures: true,
    });
    for (const index of group.members) {
      const page = pages[index]!;
      for (const error of results[nameOf(index)] ?? []) found[index]!.push(toFinding(error, page.text, page.lines, page.options.config));
    }
  }
  return found;
}

/**
 * Pages markdownlint can read in one call: the same config object (rules a page cannot trigger left out, see
 * silentRules.ts) and the same front matter pattern.
 */
interface LintGroup {
  readonly config: Record<string, unknown>;
  readonly frontMatter: RegExp | null;
  readonly members: number[];
}

function groupsOf(pages: readonly PageToLint[]): LintGroup[] {
  const groups: LintGroup[] = [];
  pages.forEach((page, index) => {
    const bodyStart = frontMatterEnd(page.text, page.options.frontMatter);
    const config = configForText(configFor(page.options), page.text, bodyStart);
    const frontMatter = patternUpTo(page.text, bodyStart);
    const group = groups.find((candidate) => candidate.config === config && candidate.frontMatter?.source === frontMatter?.source);
    if (group) group.members.push(index);
    else groups.push({ config, frontMatter, members: [index] });
  });
  return groups;
}

// Names that are not array indexes, so markdownlint's results object keeps no surprises in its key order.
const nameOf = (index: number) => `page-${index}`;
const indexOf = (name: string) => Number(name.slice('page-'.length));

/** A rule that finds nothing and passes markdownlint's micromark tokens of each page on (custom rules get them as they are). */
function parseSharingRule(onParse: (pageName: string, parse: MarkdownlintParse) => void): Rule {
  return {
    names: [parseSharingRuleName],
    description: 'Shares the parse of the page',
    tags: ['content-bridge'],
    parser: 'micromark',
    function: (params) => {
      onParse(params.name, { tokens: params.parsers.micromark.tokens as readonly MarkdownlintToken[], frontMatterLines: params.frontMatterLines.length });
    },
  };
}

/**
 * The config markdownlint gets (with the parse-sharing rule on), worked out once per pair of settings objects (the
 * same for every page of a folder).
 */
const configsByRepository = new WeakMap<object, WeakMap<object, Record<string, unknown>>>();
const noSettings = {};

function configFor(options: LintMarkdownOptions): Record<string, unknown> {
  const repository = options.markdownlint ?? noSettings;
  const ours = options.config ?? noSettings;
  let byOurs = configsByRepository.get(repository);
  if (!byOurs) configsByRepository.set(repository, (byOurs = new WeakMap()));
  let config = byOurs.get(ours);
  if (!config) byOurs.set(ours, (config = { ...effectiveConfig(options), [parseSharingRuleName]: true }));
  return config;
}

/** Our defaults, then the repository's config over them key by key (as vscode-markdownlint layers its own). */
export function effectiveConfig(options: LintMarkdownOptions): Record<string, unknown> {
  const config: Record<string, unknown> = { ...defaultMarkdownlintConfig(), ...(options.markdownlint ?? {}) };
  // Another file's config cannot be read from here; markdownlint would try the disk.
  delete config['extends'];
  delete config['$schema'];
  for (const rule of markdownlintRules) {
    if (resolveRule(rule.meta, options.config).severity === 'off') config[rule.meta.id] = false;
  }
  return config;
}

/**
 * markdownlint skips front matter it recognises with a pattern; this one matches exactly the lines of the block the
 * front matter reader found (so TOML and JSON front matter are skipped too), or nothing. It counts lines, not
 * characters: markdownlint matches it after turning every line break into `\n`, and compiles it with RE2 for every
 * page, where a pattern of a few lines compiles in microseconds and one of hundreds of characters does not. RE2's
 * repetitions stop at 1,000, hence the chunks. Linear: each repetition ends at the next line break.
 */
export function frontMatterPattern(text: string, frontMatter: FrontMatter | undefined): RegExp | null {
  return patternUpTo(text, frontMatterEnd(text, frontMatter));
}

/** The pattern matching the text's first `end` characters, line by line (null for none). */
function patternUpTo(text: string, end: number): RegExp | null {
  if (end === 0) return null;
  let lineBreaks = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lineBreaks++;
  }
  const chunks: string[] = [];
  for (let left = lineBreaks; left > 0; left -= 1000) chunks.push(`(?:[^\\n]*\\n){${Math.min(left, 1000)}}`);
  // A block that ends the file without a line break: its last line too.
  const lastLine = end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r') ? '' : '[^\\n]*';
  return new RegExp(`^${chunks.join('')}${lastLine}`);
}

/**
 * Where the Markdown markdownlint reads starts: after the front matter block and its line break (what
 * `frontMatterPattern` matches), or 0 when there is none.
 */
export function frontMatterEnd(text: string, frontMatter: FrontMatter | undefined): number {
  if (!frontMatter || frontMatter.span.start !== 0) return 0;
  let end = frontMatter.span.end;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  return end;
}

function toFinding(error: LintError, text: string, lines: LineIndex, config: CheckConfig | undefined): RawFinding {
  const id = error.ruleNames[0];
  const rule = markdownlintRuleById(id);
  const lineStart = lines.offsetAt({ line: error.lineNumber - 1, character: 0 });
  const lineEnd = endOfLine(text, lineStart);
  const [column, length] = error.errorRange ?? [1, lineEnd - lineStart];
  const start = Math.min(lineStart + column - 1, lineEnd);
  const end = Math.min(start + length, lineEnd);
  const detail = error.errorDetail ? ` (${error.errorDetail})` : '';
  const message = rule ? `${rule.message}${rule.withDetail ? detail : ''}` : `${error.ruleDescription}${detail}.`;
  const severity = rule ? resolveRule(rule.meta, config).severity : 'warning';
  const fix = error.fixInfo ? toFix(error, text, lines, rule?.fixTitle, rule?.fixIsSafe) : undefined;
  return { ruleId: id, severity: severity === 'off' ? 'info' : severity, message, start, end, fixes: fix ? [fix] : [] };
}

/** markdownlint's fix information (1-based line and column, a count to delete, -1 for the whole line) as edits. */
function toFix(error: LintError, text: string, lines: LineIndex, title: string | undefined, safe: boolean | undefined): Fix | undefined {
  const info = error.fixInfo!;
  const lineNumber = info.lineNumber ?? error.lineNumber;
  const lineStart = lines.offsetAt({ line: lineNumber - 1, character: 0 });
  const lineEnd = endOfLine(text, lineStart);
  if (info.deleteCount === -1) {
    const next = lines.offsetAt({ line: lineNumber, character: 0 });
    return { title: title ?? 'Remove this line', edits: [{ start: lineStart, end: next > lineStart ? next : lineEnd, newText: '' }], safe: Boolean(safe) };
  }
  const start = lineStart + (info.editColumn ?? 1) - 1;
  const end = start + (info.deleteCount ?? 0);
  if (start > lineEnd || end > lineEnd) return undefined;
  return { title: title ?? 'Fix as markdownlint suggests', edits: [{ start, end, newText: info.insertText ?? '' }], safe: Boolean(safe) };
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}
