import * as assert from 'node:assert/strict';
import type { Nodes, Parents } from 'mdast';
import { checkMarkdown, disableEditsForMarkdown, escapeAnswer, type Finding, type Fix, type TextEdit } from '../../../src/core';
import { parseMarkdown } from '../../../src/core/markdown/parseMarkdown';
import { readFrontMatter } from '../../../src/core/frontMatter/frontMatter';
import { seededRandom } from '../../support/seededRandom';

/**
 * Property: every edit Content Bridge writes into Markdown keeps the page what it was and removes what it was for.
 * On seeded pages full of problems, for every finding: an ask-for-text fix answered with Markdown's special
 * characters, and "Disable for this line/file", leave the page parsing to the same elements (mdast node types, the
 * changed text and the inserted comment aside) and the finding gone; a markdownlint fix changes only the lines it
 * edits (its job may be to make a heading or a link there) and removes its finding.
 */

/** Every character Markdown or HTML could read as syntax, in the words a user types. */
const answer = 'Opening [day] *one* \\ of <three> & more_';

const blocks = [
  'See the ![](photos/fair.jpg) from last year.',
  '![ ](photos/stage.jpg)',
  'For times, [click here](/times) or [more](/more).',
  'The programme is at https://example.org/programme today.',
  '#Missing space heading',
  'Some * spaced emphasis * here.',
  '(reversed)[https://example.org/link] syntax.',
  '[](/empty-link)',
  '<img src="raw.jpg">',
  '## Section',
  '#### Skipped level',
  '- one\n- two with ![](list.png)',
  '> A quote with [here](/quote).',
  '| Day | Time |\n| --- | --- |\n| Monday | ![](cell.png) |',
  'Plain paragraph with words\nover two lines.',
];

function generatedPages(count: number): string[] {
  const next = seededRandom(0x5eed7007);
  const pages: string[] = [];
  for (let index = 0; index < count; index++) {
    const frontMatter = ['---\ntitle: ""\n---\n', '---\ntitle: Spring fair\ndescription: Short\n---\n', ''][Math.floor(next() * 3)];
    const body = ['# Spring fair'];
    for (let block = 0; block < 5; block++) body.push(blocks[Math.floor(next() * blocks.length)]);
    pages.push(`${frontMatter}${body.join('\n\n')}\n`);
  }
  return pages;
}

const apply = (text: string, edits: readonly TextEdit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);

function applyFix(text: string, fix: Fix): { text: string; edits: TextEdit[] } {
  if (!fix.ask) return { text: apply(text, fix.edits), edits: [...fix.edits] };
  const { start, end, before, after, escape, length } = fix.ask;
  // Long enough for the field's limits (a description wants 50 characters or more), as a user would write it.
  let words = answer;
  while (words.length < (length?.min ?? 0)) words += ' for the whole family';
  if (length?.max !== undefined) words = words.slice(0, length.max);
  const edit = { start, end, newText: before + escapeAnswer(escape, words) + after };
  return { text: apply(text, [edit]), edits: [edit] };
}

/** The body's elements as mdast node types in document order; text (what an edit changes) and disable comments left out. */
function elements(text: string, skipLines?: { from: number; to: number }): string[] {
  const end = readFrontMatter(text)?.span.end ?? 0;
  const body = text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
  const types: string[] = [];
  const stack: Nodes[] = [...parseMarkdown(body).root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const line = node.position?.start.line ?? 0;
    const inSkipped = skipLines && line >= skipLines.from && line <= skipLines.to;
    const isDisableComment = node.type === 'html' && /^<!-- (content-bridge|markdownlint)-disable/.test(node.value);
    if (!inSkipped && !isDisableComment && node.type !== 'text') types.push(node.type);
    if (!inSkipped && 'children' in node) for (let i = (node as Parents).children.length - 1; i >= 0; i--) stack.push((node as Parents).children[i]);
  }
  return types;
}

const count = (text: string, ruleId: string) => checkMarkdown(text).filter((finding) => finding.ruleId === ruleId).length;

/** 1-based lines an edit touches, before and after it. */
function editedLines(text: string, edit: TextEdit): { from: number; to: number } {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return { from: lineOf(edit.start), to: lineOf(edit.end) + edit.newText.split('\n').length - 1 };
}

describe('edits written into Markdown never break a page (property)', function () {
  this.timeout(600_000);
  const pages = generatedPages(60);

  it('ask-for-text fixes, answered with ] * \\ < & _, keep every element and remove the finding', () => {
    const problems: string[] = [];
    let applied = 0;
    for (const page of pages) {
      const before = elements(page);
      for (const finding of checkMarkdown(page)) {
        for (const fix of finding.fixes.filter((candidate) => candidate.ask)) {
          const fixed = applyFix(page, fix).text;
          applied++;
          if (JSON.stringify(elements(fixed)) !== JSON.stringify(before)) problems.push(`${finding.ruleId} "${fix.title}" changed the elements:\n${fixed}`);
          if (count(fixed, finding.ruleId) >= count(page, finding.ruleId)) problems.push(`${finding.ruleId} "${fix.title}" left the finding:\n${fixed}`);
        }
      }
    }
    assert.deepEqual(problems.slice(0, 5), []);
    assert.ok(applied > 60, `${applied} ask-for-text fixes applied`);
  });

  it("markdownlint's fixes change only the lines they edit and remove their finding", () => {
    const problems: string[] = [];
    let applied = 0;
    for (const page of pages) {
      for (const finding of checkMarkdown(page).filter((candidate) => /^MD\d{3}$/.test(candidate.ruleId))) {
        for (const fix of finding.fixes.filter((candidate) => !candidate.ask)) {
          const { text: fixed, edits } = applyFix(page, fix);
          applied++;
          const lines = editedLines(page, edits[0]);
          if (JSON.stringify(elements(fixed, lines)) !== JSON.stringify(elements(page, lines)))
            problems.push(`${finding.ruleId} "${fix.title}" changed other lines:\n${fixed}`);
          if (count(fixed, finding.ruleId) >= count(page, finding.ruleId)) problems.push(`${finding.ruleId} "${fix.title}" left the finding:\n${fixed}`);
        }
      }
    }
    assert.deepEqual(problems.slice(0, 5), []);
    assert.ok(applied > 30, `${applied} markdownlint fixes applied`);
  });

  it('"Disable for this line" and "Disable for this file" keep every element and remove the finding', () => {
    const problems: string[] = [];
    let lineEdits = 0;
    let fileEdits = 0;
    for (const page of pages) {
      const before = elements(page);
      const findings: Finding[] = checkMarkdown(page);
      for (const finding of findings) {
        const { forLine, forFile } = disableEditsForMarkdown(page, finding);
        for (const [kind, edit] of [
          ['line', forLine],
          ['file', forFile],
        ] as const) {
          if (!edit) continue;
          const fixed = apply(page, [edit]);
          if (kind === 'line') lineEdits++;
          else fileEdits++;
          if (JSON.stringify(elements(fixed)) !== JSON.stringify(before))
            problems.push(`disable ${kind} for ${finding.ruleId} changed the elements:\n${fixed}`);
          const left = checkMarkdown(fixed).filter((candidate) => candidate.ruleId === finding.ruleId && candidate.message === finding.message);
          const shifted = finding.startOffset + (edit.start <= finding.startOffset ? edit.newText.length : 0);
          const gone = kind === 'file' ? left.length === 0 : !left.some((candidate) => candidate.startOffset === shifted);
          if (!gone) problems.push(`disable ${kind} for ${finding.ruleId} left the finding:\n${fixed}`);
        }
      }
    }
    assert.deepEqual(problems.slice(0, 5), []);
    assert.ok(lineEdits > 60 && fileEdits > 200, `${lineEdits} line and ${fileEdits} file comments applied`);
  });
});
