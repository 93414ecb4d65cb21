import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/core';

/** Fixture files live in the source tree; tests run from out/, so paths are taken from the repository root. */
export const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesRoot = path.join(repositoryRoot, 'test', 'fixtures');

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(fixturesRoot, ...parts), 'utf8');
}

/**
 * Inline expectations: `<!-- expect-next-line: rule-id -->` says the next line
 * must hold the start of a finding of that rule (one comment per expected
 * finding). Lines without such a comment must have none.
 */
export function expectedFindingLines(text: string, ruleId: string): number[] {
  const lines = text.split(/\r?\n/);
  const expected: number[] = [];
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/<!--\s*expect-next-line:\s*([\w-]+)\s*-->/g)) {
      if (match[1] === ruleId) expected.push(index + 1);
    }
  });
  return expected.sort((a, b) => a - b);
}

export function actualFindingLines(findings: readonly Finding[], ruleId: string): number[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.range.start.line)
    .sort((a, b) => a - b);
}

/** Applies the preferred fix of every finding (a fix that asks for text, with an empty answer) (non-overlapping, from the end backwards) as an editor would. */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const edits = findings.flatMap((finding) => finding.fixes[0]?.edits ?? []).sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
