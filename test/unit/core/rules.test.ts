import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, check } from '../../../src/core';
import { actualFindingLines, applyFixes, expectedFindingLines, fixturesRoot } from '../fixtureExpectations';

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
        assert.ok(texts.some((text) => expectedFindingLines(text, rule.meta.id).length > 0), 'no fixture expects a finding');
        assert.ok(texts.some((text) => expectedFindingLines(text, rule.meta.id).length === 0), 'no fixture expects a clean page');
      });

      for (const file of files) {
        const text = fs.readFileSync(path.join(folder, file), 'utf8');
        const findings = check(text, { rules: [rule] });

        it(`${file}: reports exactly the expected lines`, () => {
          assert.deepEqual(actualFindingLines(findings, rule.meta.id), expectedFindingLines(text, rule.meta.id));
        });

        const fixedFile = path.join(folder, file.replace(/\.html$/, '.fixed.html'));
        if (fs.existsSync(fixedFile)) {
          it(`${file}: fixes produce ${path.basename(fixedFile)}`, () => {
            assert.equal(applyFixes(text, findings), fs.readFileSync(fixedFile, 'utf8'));
          });
        }
      }
    });
  }
});
