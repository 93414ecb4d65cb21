import { disableComment, disableNextLineComment } from './suppressions';
import { LineIndex } from './text/lineIndex';
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

/** Inserts `<!-- content-bridge-disable-next-line rule-id -->` on its own line above the finding, indented like it. */
export function disableForLineEdit(text: string, finding: Finding): TextEdit {
  const lines = new LineIndex(text);
  const lineStart = lines.offsetAt({ line: finding.range.start.line, character: 0 });
  const indent = lines.indentationAt(lineStart);
  return { start: lineStart, end: lineStart, newText: `${indent}${disableNextLineComment(finding.ruleId)}${lines.eol}` };
}

/**
 * Inserts `<!-- content-bridge-disable rule-id -->` at the top of the file,
 * after front matter when there is some (a comment above `---` would break it).
 */
export function disableForFileEdit(text: string, ruleId: string): TextEdit {
  const lines = new LineIndex(text);
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  const offset = frontMatter ? frontMatter[0].length : 0;
  const eol = lines.eol;
  const atEndWithoutNewline = frontMatter !== null && frontMatter[1] === '';
  return { start: offset, end: offset, newText: `${atEndWithoutNewline ? eol : ''}${disableComment(ruleId)}${eol}` };
}
