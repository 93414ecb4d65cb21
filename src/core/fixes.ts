import { readFrontMatter, type FrontMatter } from './frontMatter/frontMatter';
import { canInsertCommentLineAt } from './html/commentPlacement';
import { disableComment, disableNextLineComment } from './suppressions';
import type { Finding, TextEdit } from './types';

/**
 * The edits "Fix all" applies: the first safe fix of each finding, leaving out
 * any that would overlap one already taken (running fix-all again picks them up).
 */
export function safeFixEdits(findings: readonly Finding[]): {
  readonly edits: TextEdit[];
  readonly fixedCount: number;
  /** The check of each finding fixed, in order (one entry per finding), so the editor can say what it changed. */
  readonly fixedRuleIds: string[];
} {
  const chosen: TextEdit[] = [];
  const fixedRuleIds: string[] = [];
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
    fixedRuleIds.push(finding.ruleId);
  }
  return { edits: chosen.sort((a, b) => a.start - b.start), fixedCount, fixedRuleIds };
}

/**
 * Inserts `<!-- content-bridge-disable-next-line rule-id -->` on its own line above the finding, indented like it.
 * A finding in the page settings (front matter) gets its comment on the line just after them instead, where it
 * cannot break them (see suppressionLineFor). Undefined when a comment there would change the page (the line starts
 * inside a multi-line tag, a comment, or the content of a title, text area, script, style or pre): the editor then
 * offers only "Disable for this file".
 */
export function disableForLineEdit(text: string, finding: Finding): TextEdit | undefined {
  const settings = readFrontMatter(text);
  if (settings && finding.startOffset >= settings.span.start && finding.startOffset <= settings.span.end) {
    return afterSettings(text, settings, disableNextLineComment(finding.ruleId));
  }
  // The finding knows its column: no need to index every line of a large file for one edit.
  const lineStart = finding.startOffset - finding.range.start.character;
  if ((settings && lineStart < settings.span.end) || !canInsertCommentLineAt(text, lineStart)) return undefined;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, finding.startOffset))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}${disableNextLineComment(finding.ruleId)}${lineBreakOf(text)}` };
}

/**
 * Inserts `<!-- content-bridge-disable rule-id -->` at the top of the file, after front matter when there is some
 * (YAML `---`, TOML `+++` or a JSON object: a comment above it would stop the site generator reading it).
 */
export function disableForFileEdit(text: string, ruleId: string): TextEdit {
  const settings = readFrontMatter(text);
  if (settings) return afterSettings(text, settings, disableComment(ruleId));
  // After a byte order mark, which must stay the first character.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { start, end: start, newText: `${disableComment(ruleId)}${lineBreakOf(text)}` };
}

/** A comment on its own line just after the page settings. */
function afterSettings(text: string, settings: FrontMatter, comment: string): TextEdit {
  const eol = lineBreakOf(text);
  const end = settings.span.end;
  const breakLength = text.startsWith('\r\n', end) ? 2 : text[end] === '\n' || text[end] === '\r' ? 1 : 0;
  const offset = end + breakLength;
  return { start: offset, end: offset, newText: `${breakLength === 0 ? eol : ''}${comment}${eol}` };
}

/** The file's own line break (its first one), so an inserted line matches the rest. */
function lineBreakOf(text: string): string {
  const first = /\r\n|\n|\r/.exec(text);
  return first ? first[0] : '\n';
}
