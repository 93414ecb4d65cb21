import { canInsertCommentLineAt } from './html/commentPlacement';
import { disableComment, disableNextLineComment } from './suppressions';
import type { Finding, TextEdit } from './types';

/**
 * The edits "Fix all" applies: the first safe fix of each finding, leaving out
 * any that would overlap one already taken (running fix-all again picks them up).
 */
export function safeFixEdits(findings: readonly Finding[]): { readonly edits: TextEdit[]; readonly fixedCount: number } {
  const chosen: TextEdit[] = [];
  let fixedCount = 0;
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe && !candidate.ask);
    if (!fix) continue;
    const overlaps = fix.edits.some((edit) =>
      chosen.some((taken) => (edit.start < taken.end && taken.start < edit.end) || (edit.start === edit.end && edit.start === taken.start)),
    );
    if (overlaps) continue;
    chosen.push(...fix.edits.map(({ start, end, newText }) => ({ start, end, newText })));
    fixedCount++;
  }
  return { edits: chosen.sort((a, b) => a.start - b.start), fixedCount };
}

/**
 * Inserts `<!-- content-bridge-disable-next-line rule-id -->` on its own line above the finding, indented like it.
 * Undefined when a comment there would change the page (the line starts inside a multi-line tag, a comment, front
 * matter, or the content of a title, text area, script, style or pre): the editor then offers only
 * "Disable for this file".
 */
export function disableForLineEdit(text: string, finding: Finding): TextEdit | undefined {
  // The finding knows its column: no need to index every line of a large file for one edit.
  const lineStart = finding.startOffset - finding.range.start.character;
  if (lineStart < frontMatterEnd(text) || !canInsertCommentLineAt(text, lineStart)) return undefined;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, finding.startOffset))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}${disableNextLineComment(finding.ruleId)}${lineBreakOf(text)}` };
}

/**
 * Inserts `<!-- content-bridge-disable rule-id -->` at the top of the file,
 * after front matter when there is some (a comment above `---` would break it).
 */
export function disableForFileEdit(text: string, ruleId: string): TextEdit {
  const offset = frontMatterEnd(text);
  const eol = lineBreakOf(text);
  const atEndWithoutNewline = offset > 0 && !text.slice(0, offset).endsWith('\n');
  return { start: offset, end: offset, newText: `${atEndWithoutNewline ? eol : ''}${disableComment(ruleId)}${eol}` };
}

/** Where front matter (`---` … `---` at the very top) ends, with its line break; 0 without front matter. */
function frontMatterEnd(text: string): number {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return frontMatter ? frontMatter[0].length : 0;
}

/** The file's own line break (its first one), so an inserted line matches the rest. */
function lineBreakOf(text: string): string {
  const first = /\r\n|\n|\r/.exec(text);
  return first ? first[0] : '\n';
}
