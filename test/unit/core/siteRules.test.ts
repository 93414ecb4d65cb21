import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkCrossPage, siteRules } from '../../../src/core';
import { fixturesRoot } from '../fixtureExpectations';
import { expectedSiteLines, findingLines, loadFixtureSite } from '../siteFixtures';

/** Each cross-page rule against its small site in test/fixtures/site/<rule-id>/, marked `expect-next-line: <rule-id>`. */
describe('cross-page rules on their fixture sites', () => {
  for (const rule of siteRules) {
    const id = rule.meta.id;
    it(`${id}: reports exactly the marked places`, () => {
      const site = loadFixtureSite(id);
      const findings = checkCrossPage(site.index);
      let expectedCount = 0;
      for (const [file, text] of site.texts) {
        const expected = expectedSiteLines(text, id);
        expectedCount += expected.length;
        assert.deepEqual(findingLines(findings, file, id), expected, `${id} in ${file}`);
      }
      assert.ok(expectedCount > 0, `the ${id} fixture expects no finding at all`);
      for (const file of findings.keys()) assert.ok(site.texts.has(file), `finding on a file that is not a page: ${file}`);
    });
  }

  it('has a fixture site for every cross-page rule and no other', () => {
    const folders = fs.readdirSync(path.join(fixturesRoot, 'site')).sort();
    assert.deepEqual(folders, siteRules.map((rule) => rule.meta.id).sort());
  });
});
