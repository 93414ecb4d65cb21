import { resolveRule } from './config/resolve';
import { HtmlPage, maxNestingDepth, NestingTooDeepError } from './html/parse';
import { allRules, type Rule } from './rules';
import { ruleOptions, type Problem } from './rules/rule';
import { readFrontMatter, type FrontMatter } from './frontMatter/frontMatter';
import { isSuppressed } from './frontMatter/suppression';
import { fileRoleOf, type FileRole } from './site/fileRole';
import type { SiteGenerator } from './site/generator';
import type { ParsedSource } from './site/facts/parsedSource';
import type { SourceInfo } from './source';
import { maskSource } from './templates/maskSource';
import { looksLikeLayout } from './templates/layoutContent';
import { withoutTemplateCode } from './templates/filterFindings';
import { TemplateCode } from './templates/templateCode';
import { Suppressions } from './suppressions';
import type { CheckConfig, Finding, Fix, Severity } from './types';

export interface CheckOptions {
  readonly config?: CheckConfig;
  /** Defaults to every rule; tests pass one rule to check it alone. */
  readonly rules?: readonly Rule[];
  /** Site-relative path with forward slashes: decides page or layout by the generator's conventions. */
  readonly path?: string;
  /** Defaults to `plain` (a hand-written HTML site). */
  readonly generator?: SiteGenerator;
  /** Overrides the role worked out from `path`. */
  readonly role?: FileRole;
  /** How long the checks may take before results are left out (defaults: checkTimeBudget). */
  readonly timeBudget?: Partial<CheckTimeBudget>;
  /** For Markdown: the repository's markdownlint config, already read (see parseMarkdownlintConfig). */
  readonly markdownlint?: Readonly<Record<string, unknown>>;
  /**
   * Told when a rule throws, with the error and its stack, so the editor can log it for a bug report; the page
   * still gets its short note and the other rules' results.
   */
  readonly onRuleFailure?: (ruleId: string, error: unknown) => void;
  /** True when no one reads the findings' fixes (the command line prints none): they are not built. */
  readonly withoutFixes?: boolean;
  /** Handed the parsed page (not for a file that is not text or nested too deeply), so the whole-site check reuses the parse. */
  readonly onParsed?: (parsed: ParsedSource) => void;
}

function isReadme(path: string | undefined): boolean {
  if (path === undefined) return false;
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return name === 'readme.md' || name === 'readme.markdown';
}

/**
 * Time limits, in milliseconds, that keep the editor responsive on a page that makes a check slow. A check over
 * `perRule` has its findings left out; once the checks together pass `perPage`, the remaining ones are skipped.
 * Each case gets one note on the page. A running check is not interrupted (JavaScript cannot stop it), so these
 * bound what is shown, and the linear-time rules keep the running time itself short.
 */
export interface CheckTimeBudget {
  readonly perRule: number;
  readonly perPage: number;
}

export const checkTimeBudget: CheckTimeBudget = { perRule: 2000, perPage: 5000 };

/** A rule's report, in offsets of the HTML the rules ran on (before suppressions and line numbers). */
export interface RawFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly fixes: readonly Fix[];
  /** Offsets (of the finding and its fixes) are in the file as written, not in the HTML the rules ran on. */
  readonly inSource?: boolean;
}

/** Id of the finding reported when a rule itself fails, so a bug never hides the other results. */
export const ruleFailureId = 'internal-error';

/** Id of the note that a check took too long on the page, so its findings (or the remaining checks) were left out. */
export const tooSlowId = 'too-slow';

/** Id of the one finding on a file that is not text (an image or a document saved with an .html name). */
export const notTextId = 'not-text';

/** Id of the one finding on a page nested too deeply to check (almost always tags left open). */
export const tooDeepId = 'too-deep';

/**
 * A NUL character never occurs in a real web page; binary files are full of them. Like git, only the start of
 * the file is looked at (its first 8,000 characters), so a large page costs no full scan.
 */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000');
}

/** Runs the rules over one HTML document and returns what they found, in document order. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  if (looksBinary(text)) return [notTextFinding()];
  // Front matter and template code are not page content: the parser and the rules see them blanked, with every
  // offset unchanged, so findings still point at the right characters of the original file.
  const frontMatter = readFrontMatter(text);
  const masked = maskSource(text, frontMatter);
  let page: HtmlPage;
  try {
    page = HtmlPage.parse(masked.text);
  } catch (error) {
    if (error instanceof NestingTooDeepError) return [tooDeepFinding()];
    throw error;
  }
  options.onParsed?.({ kind: 'html', page, frontMatter });
  const templates = TemplateCode.of(text, masked.spans);
  const source = withContentRole({ ...sourceInfo(text, 'html', options, frontMatter), templates }, text, page, options);
  const suppressions = Suppressions.of(page);
  const findings: Finding[] = [];
  for (const raw of withoutTemplateCode(runRules(page, source, options), templates)) {
    const range = page.lines.rangeOf(raw.start, raw.end);
    if (raw.ruleId !== ruleFailureId && raw.ruleId !== tooSlowId && isSuppressed(suppressions, raw.ruleId, range.start.line, source.frontMatter, page.lines))
      continue;
    findings.push({ ruleId: raw.ruleId, severity: raw.severity, message: raw.message, startOffset: raw.start, endOffset: raw.end, range, fixes: raw.fixes });
  }
  return sortFindings(findings);
}

/** A file outside the layout folders can still be a layout: its template code says so (templates/layoutContent.ts). */
function withContentRole(source: SourceInfo, text: string, page: HtmlPage, options: CheckOptions): SourceInfo {
  if (options.role !== undefined || source.role === 'layout' || !source.templates?.present) return source;
  const head = page.first('head');
  const headSpan = head ? page.elementSpan(head) : undefined;
  return looksLikeLayout(text, source.templates.spans, headSpan) ? { ...source, role: 'layout' } : source;
}

/** What the rules are told about the file: its kind, front matter, site generator and role. */
export function sourceInfo(
  text: string,
  kind: SourceInfo['kind'],
  options: CheckOptions,
  frontMatter: FrontMatter | undefined = readFrontMatter(text),
): SourceInfo {
  const generator = options.generator ?? 'plain';
  const role = options.role ?? (options.path === undefined ? 'page' : fileRoleOf(options.path, generator));
  // Jekyll builds a page only from a file with front matter: a README without it is copied as is, not a page.
  const copiedAsIs = generator === 'jekyll' && kind === 'markdown' && frontMatter === undefined && options.role === undefined && isReadme(options.path);
  return { kind, frontMatter, generator, role: copiedAsIs ? 'layout' : role, path: options.path, text };
}

/**
 * Runs every enabled rule over a parsed page. A rule that throws is reported as one `internal-error` note at the
 * start of the page, so a bug in one check never hides the others' results; a rule over the time budget has its
 * findings replaced by one `too-slow` note, and past the page's budget the remaining rules are skipped.
 */
export function runRules(page: HtmlPage, source: SourceInfo, options: CheckOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  const budget = { ...checkTimeBudget, ...options.timeBudget };
  const rules = options.rules ?? allRules;
  const settings = settingsOf(rules, options.config);
  // One report function per page, for the rule running now (rather than one per rule and page).
  let ruleId = '';
  let ruleSeverity: Severity = 'info';
  const report = (problem: Problem): void => {
    findings.push({
      ruleId,
      severity: ruleSeverity,
      message: problem.message,
      start: problem.start,
      end: problem.end,
      fixes: fixesOf(problem, options),
      ...(problem.inSource ? { inSource: true } : {}),
    });
  };
  const pageStarted = performance.now();
  // Each rule starts when the one before it ended: one clock reading per rule.
  let ruleStarted = pageStarted;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    const { severity, ruleOptions: optionsOfRule } = settings[index]!;
    if (severity === 'off') continue;
    if (ruleStarted - pageStarted > budget.perPage) {
      findings.push(
        pageTooSlowNote(
          rules.slice(index).filter((skipped) => resolveRule(skipped.meta, options.config).severity !== 'off'),
          ruleStarted - pageStarted,
        ),
      );
      break;
    }
    const firstFinding = findings.length;
    ruleId = rule.meta.id;
    ruleSeverity = severity;
    try {
      rule.check({ page, source, options: optionsOfRule, report });
    } catch (error) {
      reportRuleFailure(options, rule.meta.id, error);
      findings.push({
        ruleId: ruleFailureId,
        severity: 'warning',
        // The reader sees the check by its plain title; its id goes to the log only (onRuleFailure).
        message: `Content Bridge could not run the check "${rule.meta.title}" on this file (${describeError(error)}). The other checks still ran.`,
        start: 0,
        end: 0,
        fixes: [],
      });
    }
    const ruleEnded = performance.now();
    const elapsed = ruleEnded - ruleStarted;
    ruleStarted = ruleEnded;
    if (elapsed > budget.perRule) {
      findings.length = firstFinding;
      findings.push(ruleTooSlowNote(rule, elapsed));
    }
  }
  return findings;
}

const noFixes: readonly Fix[] = [];

/** A problem's fixes, built only when they are wanted. */
function fixesOf(problem: Problem, options: CheckOptions): readonly Fix[] {
  const fixes = problem.fixes;
  if (fixes === undefined || options.withoutFixes) return noFixes;
  return typeof fixes === 'function' ? fixes() : fixes;
}

/** Each rule's severity and options under a config, worked out once per config rather than for every page. */
const settingsByRules = new WeakMap<readonly Rule[], WeakMap<CheckConfig, readonly RuleSettings[]>>();
const noConfig: CheckConfig = {};

interface RuleSettings {
  readonly severity: ReturnType<typeof resolveRule>['severity'];
  readonly ruleOptions: ReturnType<typeof ruleOptions>;
}

function settingsOf(rules: readonly Rule[], config: CheckConfig | undefined): readonly RuleSettings[] {
  let byConfig = settingsByRules.get(rules);
  if (!byConfig) settingsByRules.set(rules, (byConfig = new WeakMap()));
  let settings = byConfig.get(config ?? noConfig);
  if (!settings) {
    settings = rules.map((rule) => {
      const resolved = resolveRule(rule.meta, config);
      return { severity: resolved.severity, ruleOptions: ruleOptions(rule.meta, resolved.options) };
    });
    byConfig.set(config ?? noConfig, settings);
  }
  return settings;
}

function reportRuleFailure(options: CheckOptions, ruleId: string, error: unknown): void {
  try {
    options.onRuleFailure?.(ruleId, error);
  } catch {
    // A failing logger must not stop the other checks.
  }
}

function ruleTooSlowNote(rule: Rule, elapsedMs: number): RawFinding {
  return {
    ruleId: tooSlowId,
    severity: 'info',
    message: `The check "${rule.meta.title}" took too long on this page (${seconds(elapsedMs)}), so its results are left out to keep the editor responsive. The other checks still ran.`,
    start: 0,
    end: 0,
    fixes: [],
  };
}

function pageTooSlowNote(skipped: readonly Rule[], elapsedMs: number): RawFinding {
  const titles = skipped.map((rule) => `"${rule.meta.title}"`);
  const listed = titles.length > 5 ? `${titles.slice(0, 5).join(', ')} and ${titles.length - 5} more` : titles.join(', ');
  return {
    ruleId: tooSlowId,
    severity: 'info',
    message: `Checking this page took too long (${seconds(elapsedMs)}), so ${skipped.length === 1 ? 'one check was' : `${skipped.length} checks were`} skipped to keep the editor responsive: ${listed}.`,
    start: 0,
    end: 0,
    fixes: [],
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} seconds`;
}

/** Document order: by start, then by end. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
}

/** The one note on a file that is not text. */
export function notTextFinding(): Finding {
  return fileNote(
    notTextId,
    'info',
    'This file does not look like a web page (it holds binary data, like an image or a Word file saved with an .html name), so Content Bridge did not check it.',
  );
}

/** The one note on a page nested too deeply to check. */
export function tooDeepFinding(): Finding {
  return fileNote(
    tooDeepId,
    'warning',
    `Elements on this page are nested more than ${maxNestingDepth.toLocaleString('en')} levels deep, usually because many tags are never closed. Browsers stop nesting at 512 levels, so the page will not look as written. Content Bridge did not check it: close the tags that are left open.`,
  );
}

/** A finding about the whole file, shown on its first line. */
function fileNote(ruleId: string, severity: Finding['severity'], message: string): Finding {
  return { ruleId, severity, message, startOffset: 0, endOffset: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, fixes: [] };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
