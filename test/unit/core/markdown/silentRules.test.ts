import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from 'markdownlint/sync';
import { readFrontMatter } from '../../../../src/core/frontMatter/frontMatter';
import { effectiveConfig, frontMatterPattern } from '../../../../src/core/markdown/markdownlint/lintMarkdown';
import { configForText } from '../../../../src/core/markdown/markdownlint/silentRules';
import { fixturesRoot } from '../../fixtureExpectations';

function markdownFixtures(): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(fixturesRoot, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

/** Pages on which each rule that can be left out does report, and the same pages without the character it needs. */
const triggering: Readonly<Record<string, string>> = {
  MD011: '# Links\n\nJump to (the part)[/y] now.\n',
  MD036: '# Title\n\n**Bold as heading**\n\nText.\n\n_Italic as heading_\n',
  MD037: '# Title\n\nA * spaced * word and a __ spaced __ one.\n',
  MD056: '# Table\n\n| a | b |\n| - | - |\n| 1 | 2 | 3 |\n| 4 |\n',
};

function lintWith(text: string, config: Record<string, unknown>): unknown {
  const frontMatter = frontMatterPattern(text, readFrontMatter(text));
  return lint({ strings: { page: text }, config: config as never, frontMatter, handleRuleFailures: true })['page'];
}

describe('Markdown pages: markdownlint rules a page cannot trigger are left out', () => {
  const config = effectiveConfig({});

  it('give the same markdownlint results on every Markdown fixture and on pages that trigger those rules', function () {
    this.timeout(60_000);
    const pages = [...markdownFixtures(), ...Object.values(triggering), ...Object.values(triggering).map((page) => page.replace(/[*_|]|\)\[/g, ' '))];
    assert.ok(pages.length > 80);
    for (const page of pages) assert.deepEqual(lintWith(page, configForText(config, page)), lintWith(page, config), page.slice(0, 200));
  });

  it('still report on a page that holds the character each needs', () => {
    for (const [id, page] of Object.entries(triggering)) {
      const ids = (lintWith(page, configForText(config, page)) as { ruleNames: string[] }[]).map((error) => error.ruleNames[0]);
      assert.ok(ids.includes(id), `${id} missing from ${JSON.stringify(ids)}`);
    }
  });

  it('are left out of pages without those characters, with one config object for all such pages (they still share a call)', () => {
    const plain = configForText(config, '# Opening day\n\nThe library opens [at nine](/hours).\n');
    assert.notEqual(plain, config);
    assert.deepEqual(
      ['MD011', 'MD036', 'MD037', 'MD056'].map((id) => plain[id]),
      [false, false, false, false],
    );
    assert.equal(configForText(config, '# Another page\n\nWith other words.\n'), plain);
    assert.equal(plain['MD001'], config['MD001']);
    // A page with every character keeps the config as it is.
    assert.equal(configForText(config, '(a)[b] *c* | d'), config);
    const withTable = configForText(config, '| a | b |\n| - | - |\n');
    assert.notEqual(withTable['MD056'], false);
    assert.equal(withTable['MD011'], false);
  });

  it('are not switched on for a page when the repository switched them off', () => {
    const quiet = effectiveConfig({ markdownlint: { MD011: false } });
    assert.equal(configForText(quiet, '(a)[b]')['MD011'], false);
  });
});
