import type { Nodes } from 'mdast';
import { readFrontMatter } from '../frontMatter/frontMatter';
import { disableComment, disableNextLineComment } from '../suppressions';
import { LineIndex } from '../text/lineIndex';
import type { Finding, TextEdit } from '../types';
import { parseMarkdown } from './parseMarkdown';
import { maskSource } from '../templates/maskSource';

export interface MarkdownDisableEdits {
  /** Undefined where a comment line above the finding could change the page (see below). */
  readonly forLine?: TextEdit;
  readonly forFile: TextEdit;
}

/** Top-level blocks above which a comment line leaves the page as it was. */
const blocksACommentCanPrecede = new Set<Nodes['type']>(['paragraph', 'heading', 'html', 'table', 'thematicBreak', 'definition']);

/**
 * "Disable for this line" and "Disable for this file" for a Markdown page. A comment line is offered only above a
 * line that starts a top-level paragraph, heading, HTML block, table or rule: inside a list, a quote, a code block
 * or a paragraph's later lines, a new line would end the list or paragraph, or show as text or code. markdownlint's
 * findings get markdownlint's own comments, which markdownlint reads.
 */
export function disableEditsForMarkdown(text: string, finding: Finding): MarkdownDisableEdits {
  const markdownlint = /^MD\d{3}$/.test(finding.ruleId);
  const lineComment = markdownlint ? `<!-- markdownlint-disable-next-line ${finding.ruleId} -->` : disableNextLineComment(finding.ruleId);
  const fileComment = markdownlint ? `<!-- markdownlint-disable ${finding.ruleId} -->` : disableComment(finding.ruleId);
  const eol = lineBreakOf(text);
  const frontMatter = readFrontMatter(text);
  const lineStart = finding.startOffset - finding.range.start.character;
  const forLine = startsTopLevelBlock(maskSource(text, frontMatter).text, lineStart)
    ? { start: lineStart, end: lineStart, newText: `${lineComment}${eol}` }
    : undefined;
  return { forLine, forFile: fileEdit(text, frontMatter?.span.end ?? 0, fileComment, eol) };
}

function startsTopLevelBlock(prepared: string, lineStart: number): boolean {
  const { root } = parseMarkdown(prepared);
  const lines = new LineIndex(prepared);
  const line = lines.positionAt(lineStart).line;
  return root.children.some((node) => blocksACommentCanPrecede.has(node.type) && node.position?.start.line === line + 1 && node.position.start.column === 1);
}

/** At the top, after the front matter's closing line when there is front matter. */
function fileEdit(text: string, afterFrontMatter: number, comment: string, eol: string): TextEdit {
  if (afterFrontMatter === 0) return { start: 0, end: 0, newText: `${comment}${eol}` };
  const lineBreak = /^(\r\n|\n|\r)/.exec(text.slice(afterFrontMatter, afterFrontMatter + 2));
  if (lineBreak) {
    const offset = afterFrontMatter + lineBreak[0].length;
    return { start: offset, end: offset, newText: `${comment}${eol}` };
  }
  return { start: afterFrontMatter, end: afterFrontMatter, newText: `${eol}${comment}${eol}` };
}

/** The file's own line break (its first one), so an inserted line matches the rest. */
function lineBreakOf(text: string): string {
  const first = /\r\n|\n|\r/.exec(text);
  return first ? first[0] : '\n';
}
