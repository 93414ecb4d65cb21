import type { HtmlPage } from './html/parse';
import type { LineIndex } from './text/lineIndex';

/** Every inline comment starts with this, so it is easy to search for. */
export const disableCommentPrefix = 'content-bridge-';

/** The comment "Disable for this line" puts above a line: `<!-- content-bridge-disable-next-line rule-id -->`. */
export function disableNextLineComment(ruleId: string): string {
  return `<!-- ${disableCommentPrefix}disable-next-line ${ruleId} -->`;
}

/** The comment "Disable for this file" puts at the top: `<!-- content-bridge-disable rule-id -->`. */
export function disableComment(ruleId: string): string {
  return `<!-- ${disableCommentPrefix}disable ${ruleId} -->`;
}

const allRules = '*';
const directives = new Set(['disable-next-line', 'disable', 'enable'] as const);
type Directive = 'disable-next-line' | 'disable' | 'enable';

/**
 * Reads `content-bridge-<directive> id, id` from a comment's text. By hand, not with a pattern: the lazy
 * `([\s\S]*?)\s*$` it needs backtracks quadratically over a long run of tabs.
 */
function parseDirective(data: string): { readonly directive: Directive; readonly ruleIds: readonly string[] } | undefined {
  const text = data.trim();
  if (!text.startsWith(disableCommentPrefix)) return undefined;
  let wordEnd = disableCommentPrefix.length;
  while (wordEnd < text.length && text[wordEnd].trim() !== '') wordEnd++;
  const directive = text.slice(disableCommentPrefix.length, wordEnd) as Directive;
  if (!directives.has(directive)) return undefined;
  const ruleIds = text
    .slice(wordEnd)
    .split(/[\s,]+/)
    .filter((id) => id !== '');
  return { directive, ruleIds };
}

/** A comment's text and where it is. */
export interface CommentText {
  readonly data: string;
  readonly start: number;
  readonly end: number;
}

interface Region {
  readonly ruleId: string;
  readonly fromLine: number;
  readonly toLine: number;
}

/**
 * Where findings are switched off by comments in the page:
 * `<!-- content-bridge-disable-next-line rule-id -->` for the next line,
 * `<!-- content-bridge-disable rule-id -->` … `<!-- content-bridge-enable rule-id -->`
 * for a stretch (to the end of the file when never enabled again). Without
 * rule ids, a comment applies to every rule.
 */
export class Suppressions {
  /** Regions by rule id (`*` for every rule), sorted by first line, so a lookup is a binary search. */
  private readonly byRule = new Map<string, RuleRegions>();

  private constructor(regions: readonly Region[]) {
    const grouped = new Map<string, Region[]>();
    for (const region of regions) {
      const list = grouped.get(region.ruleId);
      if (list) list.push(region);
      else grouped.set(region.ruleId, [region]);
    }
    for (const [ruleId, list] of grouped) this.byRule.set(ruleId, sortedRegions(list));
  }

  static none = new Suppressions([]);

  static of(page: HtmlPage): Suppressions {
    if (!page.comments.some((comment) => comment.data.includes(disableCommentPrefix))) return Suppressions.none;
    const comments = page.comments.map((comment) => ({ data: comment.data, start: comment.startIndex ?? 0, end: comment.endIndex ?? comment.startIndex ?? 0 }));
    return Suppressions.fromComments(comments, page.lines);
  }

  /**
   * The same, from comments found some other way (in Markdown, comments are raw HTML the Markdown holds): `data` is
   * the text between `<!--` and `-->`, `start`/`end` its offsets in the text `lines` indexes.
   */
  static fromComments(comments: readonly CommentText[], lines: LineIndex): Suppressions {
    if (!comments.some((comment) => comment.data.includes(disableCommentPrefix))) return Suppressions.none;
    const regions: Region[] = [];
    const open = new Map<string, number>();
    for (const comment of comments) {
      const match = parseDirective(comment.data);
      if (!match) continue;
      const ruleIds = match.ruleIds;
      const ids = ruleIds.length > 0 ? ruleIds : [allRules];
      const startLine = lines.positionAt(comment.start).line;
      const endLine = lines.positionAt(comment.end).line;
      if (match.directive === 'disable-next-line') {
        for (const ruleId of ids) regions.push({ ruleId, fromLine: endLine + 1, toLine: endLine + 1 });
      } else if (match.directive === 'disable') {
        for (const ruleId of ids) if (!open.has(ruleId)) open.set(ruleId, startLine);
      } else {
        const closing = ids.includes(allRules) ? [...open.keys()] : ids;
        for (const ruleId of closing) {
          const fromLine = open.get(ruleId);
          if (fromLine === undefined) continue;
          regions.push({ ruleId, fromLine, toLine: endLine });
          open.delete(ruleId);
        }
      }
    }
    for (const [ruleId, fromLine] of open) regions.push({ ruleId, fromLine, toLine: Number.MAX_SAFE_INTEGER });
    return new Suppressions(regions);
  }

  covers(ruleId: string, line: number): boolean {
    return coveredBy(this.byRule.get(ruleId), line) || coveredBy(this.byRule.get(allRules), line);
  }
}

/**
 * One rule's regions sorted by first line. They may overlap (next-line comments inside a disabled stretch), so
 * `reach[i]` keeps the furthest line any of the first i + 1 regions reaches.
 */
interface RuleRegions {
  readonly fromLines: readonly number[];
  readonly reach: readonly number[];
}

function sortedRegions(regions: Region[]): RuleRegions {
  regions.sort((a, b) => a.fromLine - b.fromLine);
  const reach: number[] = [];
  let furthest = -1;
  for (const region of regions) {
    furthest = Math.max(furthest, region.toLine);
    reach.push(furthest);
  }
  return { fromLines: regions.map((region) => region.fromLine), reach };
}

/** Whether a region covers the line: the last region starting at or before it, or an earlier one, reaches it. */
function coveredBy(regions: RuleRegions | undefined, line: number): boolean {
  if (!regions) return false;
  let low = 0;
  let high = regions.fromLines.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (regions.fromLines[middle] <= line) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return last >= 0 && regions.reach[last] >= line;
}
