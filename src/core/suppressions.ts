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

const directivePattern = /^\s*content-bridge-(disable-next-line|disable|enable)(?:\s+([\s\S]*?))?\s*$/;
const allRules = '*';

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
  private constructor(private readonly regions: readonly Region[]) {}

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
      const match = directivePattern.exec(comment.data);
      if (!match) continue;
      const ruleIds = (match[2] ?? '').split(/[\s,]+/).filter((id) => id !== '');
      const ids = ruleIds.length > 0 ? ruleIds : [allRules];
      const startLine = lines.positionAt(comment.start).line;
      const endLine = lines.positionAt(comment.end).line;
      if (match[1] === 'disable-next-line') {
        for (const ruleId of ids) regions.push({ ruleId, fromLine: endLine + 1, toLine: endLine + 1 });
      } else if (match[1] === 'disable') {
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
    return this.regions.some((region) => (region.ruleId === ruleId || region.ruleId === allRules) && line >= region.fromLine && line <= region.toLine);
  }
}
