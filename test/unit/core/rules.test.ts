import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, check } from '../../../src/core';
import { actualFindingPlaces, applyFixes, expectedFindingLines, expectedFindingPlaces, fixturesRoot } from '../fixtureExpectations';

/**
 * Each rule has a folder of fixtures under test/fixtures/rules/<rule-id>/.
 * Every `.html` file states its expected findings inline; a `<name>.fixed.html`
 * beside it is what the page must read after all of the rule's fixes.
 */
describe('rules (fixtures with inline expectations)', () => {
  for (const rule of allRules) {
    const folder = path.join(fixturesRoot, 'rules', rule.meta.id);
    describe(rule.meta.id, () => {
      const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((file) => file.endsWith('.html') && !file.endsWith('.fixed.html')) : [];

      it('has fixtures with cases that must and must not be reported', () => {
        const texts = files.map((file) => fs.readFileSync(path.join(folder, file), 'utf8'));
        assert.ok(
          texts.some((text) => expectedFindingLines(text, rule.meta.id).length > 0),
          'no fixture expects a finding',
        );
        assert.ok(
          texts.some((text) => expectedFindingLines(text, rule.meta.id).length === 0),
          'no fixture expects a clean page',
        );
      });

      for (const file of files) {
        const text = fs.readFileSync(path.join(folder, file), 'utf8');
        const findings = check(text, { rules: [rule] });

        it(`${file}: reports exactly the expected places (line, column and end)`, () => {
          const expected = expectedFindingPlaces(text, rule.meta.id);
          assert.deepEqual(actualFindingPlaces(findings, rule.meta.id, expected), expected);
        });

        const fixedFile = path.join(folder, file.replace(/\.html$/, '.fixed.html'));
        if (fs.existsSync(fixedFile)) {
          const ours = findings.filter((finding) => finding.ruleId === rule.meta.id);
          const withoutFix = ours.filter((finding) => finding.fixes.length === 0).length;

          it(`${file}: fixes produce ${path.basename(fixedFile)}`, () => {
            assert.equal(applyFixes(text, findings), fs.readFileSync(fixedFile, 'utf8'));
          });

          it(`${path.basename(fixedFile)}: checked again, only findings whose fix needs the user's words are left`, () => {
            const waitingForWords = ours.filter((finding) => finding.fixes[0]?.ask !== undefined).length;
            const left = check(fs.readFileSync(fixedFile, 'utf8'), { rules: [rule] }).filter((finding) => finding.ruleId === rule.meta.id);
            assert.ok(
              left.length <= withoutFix + waitingForWords,
              `${left.length} findings left after fixing:\n${left.map((finding) => finding.message).join('\n')}`,
            );
          });

          it(`${file}: fixes answered as a user would leave only findings that have no fix`, () => {
            const left = check(applyFixes(text, findings, true), { rules: [rule] }).filter((finding) => finding.ruleId === rule.meta.id);
            assert.equal(left.length, withoutFix, `left after fixing:\n${left.map((finding) => finding.message).join('\n')}`);
          });
        }
      }
    });
  }
});
