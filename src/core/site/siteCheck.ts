import { looksBinary, sortFindings, type CheckOptions } from '../check';
import { withTemplateTargets, type TemplateTarget } from './facts/templateLinks';
import { documentKindOf, type DocumentKind } from '../checkDocument';
import { resolveRule } from '../config/resolve';
import { readFrontMatter } from '../frontMatter/frontMatter';
import { HtmlPage, NestingTooDeepError } from '../html/parse';
import { limitInlineMarks, nestedTooDeeply } from '../markdown/limits';
import { markdownSafeMask } from '../markdown/markdownMask';
import { parseMarkdown } from '../markdown/parseMarkdown';
import { ruleOptions } from '../rules/rule';
import { maskSource } from '../templates/maskSource';
import { LineIndex, type Range } from '../text/lineIndex';
import type { CheckConfig, Finding } from '../types';
import { collectHtmlFacts, type RawFacts } from './facts/htmlFacts';
import { collectMarkdownFacts } from './facts/markdownFacts';
import type { ParsedSource } from './facts/parsedSource';
import { addressHintsOf, descriptionKeys, disabledChecks, frontMatterText, titleKeys, withRanges } from './facts/pageFactsParts';
import { fileRoleOf } from './fileRole';
import type { SiteGenerator } from './generator';
import { siteRules } from './rules';
import { SiteModel, type Revisit } from './siteModel';
import type { SiteProblem } from './siteRule';
import type { SiteSettings } from './siteSettings';

/**
 * Whole-site checking in two steps, so each page is read once and the cross-page pass needs no page text:
 * `pageFacts()` gathers what other pages' checks need from one page (plain data: it can cross a worker boundary
 * and be kept per file, so one changed file costs one page), and `checkCrossPage()` compares all pages' facts.
 */

/** A place in a page, with its offsets in the file as written and the editor range. */
export interface FactSpan {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  /** Cross-page checks switched off here by `content-bridge-disable…` comments (`*`: every check). */
  readonly disabled?: readonly string[];
}

export interface TextFact extends FactSpan {
  readonly text: string;
}

/** A link, image, script, stylesheet or other reference to an address, as written in the page. */
export interface ReferenceFact extends FactSpan {
  readonly kind: 'link' | 'image' | 'resource' | 'canonical' | 'alternate';
  /** The address as written (template code left as is; `isTemplate` set when it holds some). */
  readonly address: string;
  readonly isTemplate?: boolean;
  /** For `alternate`: the hreflang value. */
  readonly hreflang?: string;
  /** A link that names a file of the site rather than an address (Hugo's menu `pageRef`): its site-relative path. */
  readonly file?: string;
  /** Where a link written with template code in a known form leads (see facts/templateLinks.ts); never reported. */
  readonly templateTarget?: TemplateTarget;
}

export interface PageFacts {
  /** Site-relative path with forward slashes, e.g. `content/posts/hello.md`. */
  readonly path: string;
  readonly kind: DocumentKind;
  /** Layouts and partials have no cross-page page checks (they are not pages). */
  readonly role: 'page' | 'layout';
  readonly title?: TextFact;
  readonly description?: TextFact;
  /** Ids a link can jump to: `id` attributes, `<a name>`, and Markdown headings' generated ids. */
  readonly anchors: readonly string[];
  readonly references: readonly ReferenceFact[];
  /** Front matter that changes the page's address (permalink, slug, url, aliases, date), as written. */
  readonly addressHints?: Readonly<Record<string, string>>;
  /** The file's first line, where findings about the page as a whole go (with the checks disabled there). */
  readonly firstLine?: FactSpan;
  /** Set for a file that is not text (an image saved with a page's name): it is no page, only a file links may reach. */
  readonly notText?: true;
}

export interface SiteIndex {
  readonly pages: readonly PageFacts[];
  /** Every file in the site (site-relative, forward slashes), pages or not: images and downloads are links too. */
  readonly files: readonly string[];
  readonly generator: SiteGenerator;
  /** The site's own address (e.g. from its config), so absolute links to it count as internal. */
  readonly siteUrl?: string;
  /** The generator's site-wide address settings (permalink patterns, languages), from its configuration files. */
  readonly settings?: SiteSettings;
  readonly config?: CheckConfig;
}

/** Findings of the cross-page checks, by site-relative path of the page they are reported on. */
export type SiteFindings = ReadonlyMap<string, readonly Finding[]>;

/** What other pages' checks need from this page. */
export function pageFacts(text: string, options: CheckOptions & { readonly kind?: DocumentKind; readonly path: string }): PageFacts {
  return pageFactsFrom(text, options, undefined);
}

/**
 * The same facts, from the parse the page check already made (`CheckOptions.onParsed`), so a page checked for the
 * whole site is parsed once. Without it (a file that is not text, or nested too deeply) the page is read here.
 */
export function pageFactsFrom(
  text: string,
  options: CheckOptions & { readonly kind?: DocumentKind; readonly path: string },
  parsed: ParsedSource | undefined,
): PageFacts {
  const kind = options.kind ?? documentKindOf(options.path) ?? 'html';
  const generator = options.generator ?? 'plain';
  const role = options.role ?? fileRoleOf(options.path, generator);
  const empty: PageFacts = { path: options.path, kind, role, anchors: [], references: [] };
  if (looksBinary(text)) return { ...empty, notText: true };
  const reused = parsed?.kind === kind ? parsed : undefined;
  const frontMatter = reused ? reused.frontMatter : readFrontMatter(text);
  const raw: RawFacts = { anchors: [], references: [], comments: [] };
  const settingsTitle = frontMatterText(frontMatter, titleKeys);
  const settingsDescription = frontMatterText(frontMatter, descriptionKeys);
  if (settingsTitle) raw.title = settingsTitle;
  if (settingsDescription) raw.description = settingsDescription;
  let lines: LineIndex | undefined;
  if (reused?.kind === 'markdown') {
    collectMarkdownFacts(reused.root, reused.spans, text, generator, raw);
    lines = reused.lines;
  } else if (reused?.kind === 'html') {
    collectHtmlFacts(reused.page, text, raw);
    // The page was parsed from a copy with the same length and line breaks: its line index is the file's.
    lines = reused.page.lines;
  } else if (kind === 'markdown') {
    if (nestedTooDeeply(text)) return empty;
    const bodyStart = frontMatter?.span.end ?? 0;
    const masked = markdownSafeMask(maskSource(limitInlineMarks(text, bodyStart), frontMatter));
    const { root, spans } = parseMarkdown(masked);
    collectMarkdownFacts(root, spans, text, generator, raw);
  } else {
    let page: HtmlPage;
    try {
      page = HtmlPage.parse(maskSource(text, frontMatter).text);
    } catch (error) {
      if (error instanceof NestingTooDeepError) return empty;
      throw error;
    }
    collectHtmlFacts(page, text, raw);
  }
  withTemplateTargets(raw.references, text, generator);
  lines ??= new LineIndex(text);
  return withRanges(empty, raw, lines, addressHintsOf(frontMatter), disabledChecks(raw.comments, lines, frontMatter));
}

/**
 * Duplicate titles and descriptions, missing pages, anchors and files, orphans, canonical and hreflang checks.
 *
 * Called again for the same site (the same `files` list) after a change, it revisits only the pages whose findings
 * can have changed (see SiteModel.update) and keeps every other page's findings from the last run; the result is
 * what a first run gives.
 */
export function checkCrossPage(site: SiteIndex): SiteFindings {
  const model = SiteModel.of(site);
  const revisit = model.update(site);
  const rules = siteRules.map((rule) => ({ rule, resolved: resolveRule(rule.meta, site.config) }));
  const signature = JSON.stringify(rules.map(({ resolved }) => resolved));
  const count = model.pages.length;
  let kept = keptFindings.get(model);
  const everyPage = revisit === 'all' || kept === undefined || kept.signature !== signature;
  if (everyPage || !kept) {
    kept = { signature, byRule: rules.map(() => new Array<Finding[] | undefined>(count)), byPage: new Array<readonly Finding[] | undefined>(count) };
    keptFindings.set(model, kept);
  }
  const touched = new Set<number>();
  rules.forEach(({ rule, resolved }, r) => {
    const { severity } = resolved;
    if (severity === 'off') return;
    const found = kept.byRule[r];
    let list: Finding[] | undefined;
    const context = {
      site: model,
      page: model.pages[0],
      options: ruleOptions(rule.meta, resolved.options),
      report: ({ message, at }: SiteProblem) => {
        if (at.disabled && (at.disabled.includes(rule.meta.id) || at.disabled.includes('*'))) return;
        const finding: Finding = { ruleId: rule.meta.id, severity, message, startOffset: at.start, endOffset: at.end, range: at.range, fixes: [] };
        (list ??= []).push(finding);
      },
    };
    const check = (index: number) => {
      list = undefined;
      context.page = model.pages[index];
      rule.checkSitePage(context);
      if (list !== found[index]) touched.add(index);
      found[index] = list;
    };
    if (everyPage) for (let index = 0; index < count; index++) check(index);
    else for (const index of (revisit as Exclude<Revisit, 'all'>)[rule.dependsOn]) check(index);
  });
  for (const index of touched) {
    const lists = kept.byRule.map((found) => found[index]).filter((found) => found !== undefined);
    kept.byPage[index] = lists.length === 0 ? undefined : sortFindings(lists.length === 1 ? [...lists[0]] : lists.flat());
  }
  const findings = new Map<string, readonly Finding[]>();
  for (let index = 0; index < count; index++) {
    const list = kept.byPage[index];
    if (!list) continue;
    const path = model.pages[index].path;
    const before = findings.get(path);
    // Two pages at one path (rare): one list, in order.
    findings.set(path, before ? sortFindings([...before, ...list]) : list);
  }
  return findings;
}

/** Each site's findings from the last run, per rule and per page (by place in SiteModel.pages), and per page sorted. */
interface KeptFindings {
  /** The rules' severities and options they were found with: when these change, every page is checked again. */
  readonly signature: string;
  readonly byRule: (Finding[] | undefined)[][];
  readonly byPage: (readonly Finding[] | undefined)[];
}

const keptFindings = new WeakMap<SiteModel, KeptFindings>();
