import * as assert from 'node:assert/strict';
import { check, ruleById, type Rule } from '../../../src/core';
import { formatJson, toJsonFindings } from '../../../src/cli/formatJson';
import { formatText } from '../../../src/cli/formatText';
import type { FileReport } from '../../../src/cli/report';

const pageWithProblems = ['<!DOCTYPE html>', '<html>', '<head><title></title></head>', '<body>', '  <img src="a.png">', '</body>', '</html>'].join('\n');

const reports: FileReport[] = [
  // Three rules keep the expected output short; the formatters do not care which rules ran.
  {
    path: 'news/page.html',
    findings: check(pageWithProblems, { rules: ['document-title', 'meta-description', 'image-alt'].map((id) => ruleById(id) as Rule) }),
  },
  { path: 'clean.html', findings: [] },
];

describe('CLI output formatting', () => {
  describe('formatText', () => {
    it('lists only files with problems, aligns the columns, and ends with a summary', () => {
      const lines = formatText(reports, { color: false }).split('\n');
      assert.equal(lines[0], 'news/page.html');
      const rows = lines.slice(1, 4);
      assert.deepEqual(
        rows.map((row) => row.slice(0, 17)),
        ['  3:1  warning  T', '  3:7  error    T', '  5:3  error    T'],
      );
      // Rule ids line up because messages are padded to the same width.
      const ruleColumns = rows.map((row) => row.search(/ {2}[a-z-]+$/));
      assert.equal(new Set(ruleColumns).size, 1, rows.join('\n'));
      assert.deepEqual(lines.slice(4), ['', '3 problems (2 errors, 1 warning) in 1 file', '']);
      assert.doesNotMatch(lines.join('\n'), /clean\.html/);
    });

    it('says how many files were checked when there is nothing to report', () => {
      assert.equal(formatText([reports[1], reports[1]], { color: false }), 'No problems found in 2 files.\n');
    });

    it('colours only when asked', () => {
      assert.doesNotMatch(formatText(reports, { color: false }), /\u001b\[/);
      assert.match(formatText(reports, { color: true }), /\u001b\[31merror/);
    });
  });

  describe('formatJson', () => {
    it('turns 0-based ranges into 1-based lines and columns', () => {
      const findings = JSON.parse(formatJson(reports)) as Record<string, unknown>[];
      assert.equal(findings.length, 3);
      assert.deepEqual(findings[2], {
        file: 'news/page.html',
        ruleId: 'image-alt',
        severity: 'error',
        message: reports[0].findings[2].message,
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 20,
      });
    });

    it('lays the array out exactly as JSON.stringify with 2 spaces does, whatever the names and messages hold', () => {
      const [finding] = reports[0].findings;
      const odd: FileReport[] = [
        { path: 'news/"quoted" \\ päge\u2028.html', findings: [{ ...finding!, message: 'Tab\there, "quotes", a line\nbreak, \u0001 and a lone \ud800 half' }] },
        reports[0],
      ];
      const expected = toJsonFindings(odd);
      assert.equal(formatJson(odd), `${JSON.stringify(expected, null, 2)}\n`);
    });
  });
});
