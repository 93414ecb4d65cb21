import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, checkMarkdown, type Finding, type Rule } from '../../../src/core';
import { fixturesRoot } from '../fixtureExpectations';

/** Everything a finding says except its fixes. */
const withoutFixes = (findings: readonly Finding[]) => findings.map(({ fixes: _fixes, ...rest }) => rest);

/** Every rule fixture page and every Markdown fixture page, with the checker that reads it. */
function fixturePages(): { name: string; text: string; kind: 'html' | 'markdown' }[] {
  const pages: { name: string; text: string; kind: 'html' | 'markdown' }[] = [];
  const rulesFolder = path.join(fixturesRoot, 'rules');
  for (const rule of fs.readdirSync(rulesFolder))
    for (const file of fs.readdirSync(path.join(rulesFolder, rule)))
      if (file.endsWith('.html') && !file.endsWith('.fixed.html'))
        pages.push({ name: `${rule}/${file}`, text: fs.readFileSync(path.join(rulesFolder, rule, file), 'utf8'), kind: 'html' });
  const markdownFolder = path.join(fixturesRoot, 'markdown');
  for (const file of fs.readdirSync(markdownFolder))
    if (file.endsWith('.md')) pages.push({ name: `markdown/${file}`, text: fs.readFileSync(path.join(markdownFolder, file), 'utf8'), kind: 'markdown' });
  return pages;
}

describe('check() without fixes (the command line)', () => {
  it('finds exactly the same problems on every fixture page, with no fixes built', () => {
    let withFixesSomewhere = 0;
    for (const page of fixturePages()) {
      const run = page.kind === 'html' ? check : checkMarkdown;
      const whole = run(page.text, {});
      const lean = run(page.text, { withoutFixes: true });
      assert.deepEqual(withoutFixes(lean), withoutFixes(whole), page.name);
      assert.ok(
        lean.every((finding) => finding.fixes.length === 0),
        `${page.name}: no fixes`,
      );
      if (whole.some((finding) => finding.fixes.length > 0)) withFixesSomewhere++;
    }
    assert.ok(withFixesSomewhere > 50, `the fixtures have fixes to leave out (${withFixesSomewhere} pages)`);
  });

  it('builds a rule’s fixes only when they are wanted, and a failing builder is reported as the check failing', () => {
    let built = 0;
    const lazy = (fail: boolean): Rule => ({
      meta: {
        id: 'lazy-fix',
        category: 'content',
        defaultSeverity: 'warning',
        title: 'Lazy',
        description: 'x',
        whyItMatters: 'x',
        equivalents: {},
        docPath: 'x',
      },
      check({ report }) {
        report({
          message: 'Found.',
          start: 0,
          end: 3,
          fixes: () => {
            built++;
            if (fail) throw new Error('no fix');
            return [{ title: 'Fix it', edits: [{ start: 0, end: 3, newText: 'abc' }] }];
          },
        });
      },
    });
    assert.deepEqual(
      check('<p>', { rules: [lazy(false)], withoutFixes: true }).map((finding) => [finding.message, finding.fixes.length]),
      [['Found.', 0]],
    );
    assert.equal(built, 0);
    const withFixes = check('<p>', { rules: [lazy(false)] });
    assert.equal(built, 1);
    assert.deepEqual(withFixes[0].fixes, [{ title: 'Fix it', edits: [{ start: 0, end: 3, newText: 'abc' }] }]);
    assert.equal(check('<p>', { rules: [lazy(true)] })[0].ruleId, 'internal-error');
  });
});
