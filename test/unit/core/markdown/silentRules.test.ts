import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from 'markdownlint/sync';
import type { Rule } from 'markdownlint';
import { readFrontMatter } from '../../../../src/core/frontMatter/frontMatter';
import { effectiveConfig, frontMatterEnd, frontMatterPattern, parseSharingRuleName } from '../../../../src/core/markdown/markdownlint/lintMarkdown';
import { addressSigns, hashSigns, hasSpaceInsideBrackets, hasUnderlineLine } from '../../../../src/core/markdown/markdownlint/pageSigns';
import { configForText } from '../../../../src/core/markdown/markdownlint/silentRules';
import { seededRandom } from '../../../support/seededRandom';
import { fixturesRoot } from '../../fixtureExpectations';

function markdownFixtures(): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(fixturesRoot, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

/**
 * Pages on which a rule that can be left out does report, each through one way of meeting its condition (so a
 * condition that misses that way fails the test), and the same pages without the characters the conditions need.
 */
const triggering: readonly (readonly [string, string])[] = [
  ['MD001', '# Title\n\n### Skipped a level\n'],
  ['MD001', 'Title\n===\n\nPart\n---\n\n#### Skipped a level\n'],
  ['MD025', '# Title\n\n# Again\n'],
  ['MD025', 'Title\n=====\n\nAgain\n=\n'],
  ['MD011', '# Links\n\nJump to (the part)[/y] now.\n'],
  ['MD036', '# Title\n\n**Bold as heading**\n'],
  ['MD036', '# Title\n\n_Italic as heading_\n'],
  ['MD037', '# Title\n\nA * spaced * word.\n'],
  ['MD037', '# Title\n\nA __ spaced __ one.\n'],
  ['MD056', '# Table\n\n| a | b |\n| - | - |\n| 1 | 2 | 3 |\n'],
  ['MD018', '# Title\n\n#Missing space\n'],
  ['MD018', '\ufeff#Missing space after a byte order mark\n'],
  ['MD020', '# Title\n\n## Closed##\n'],
  ['MD023', '# Title\n\n  ## Indented\n'],
  ['MD023', '# Title\n\nText\n\n   Underlined\n---\n'],
  ['MD034', '# Title\n\nWrite to news@example.org.\n'],
  ['MD034', '# Title\n\nSee https://example.org today.\n'],
  ['MD034', '# Title\n\nSee WWW.example.org today.\n'],
  ['MD039', '# Title\n\nSee [ the plan](/plan).\n'],
  ['MD039', '# Title\n\nSee [the plan\u00a0](/plan).\n'],
  ['MD042', '# Title\n\nAn [empty]() link.\n'],
  ['MD042', '# Title\n\nAn [empty](\n) link.\n'],
  ['MD042', '# Title\n\nA [hash](\u00a0#) link.\n'],
  ['MD042', '# Title\n\nAn [angle](<> "t") link.\n'],
  ['MD042', '# Title\n\nA [reference][r].\n\n[r]: #\n'],
  ['MD045', '# Title\n\n![](/a.png)\n'],
  ['MD045', '# Title\n\n<IMG src="/b.png">\n'],
  ['MD051', '# Title\n\n[Nowhere](#nowhere).\n'],
  ['MD051', '# Title\n\n[Escaped](\\#gone).\n'],
  ['MD051', '# Title\n\n[After a reference](&amp;#x).\n'],
  ['MD051', '# Title\n\n[In angles](<#x>).\n'],
  ['MD051', '> # Title\n>\n> [Next line](\n> #x).\n'],
  ['MD051', '# Title\n\n[d].\n\n[d]:\n  #lost\n'],
  ['MD052', '# Title\n\nSee [the plan][missing].\n'],
  ['MD052', '# Title\n\nSee [that][].\n'],
  ['MD052', '# Title\n\nSee [^1]![a].\n'],
  ['MD059', '# Title\n\nRead [Click HERE](/a).\n'],
  ['MD059', '# Title\n\nRead [more](/b).\n'],
];

/** The characters each condition looks for, taken out to make the pages above silent. */
const needed = /[*_|#@<>()[\]\n\r\t =-]|\/\/|www\.|here|link|more/gi;

/** Pieces that sit at the edges of the conditions, for generated pages. */
const pieces = [
  'text',
  'Here',
  'LINK',
  'more',
  'click here',
  'here?',
  'www.',
  'WWW.x.org',
  'a@b.org',
  'http://x.org',
  'x://y',
  '[',
  ']',
  '](',
  ']:',
  '][',
  '[]',
  '![]',
  '![',
  '(',
  ')',
  '<',
  '>',
  '<>',
  '#',
  '##',
  '\\#',
  '&amp;',
  '&#35;',
  '&x',
  '#a',
  '# a',
  '#a#',
  'a #',
  '\u00a0',
  '\t',
  '  ',
  ' ',
  '=',
  '===',
  '-',
  '---',
  '- a',
  '*',
  '_',
  '|',
  ')[',
  'Img',
  '<img src=x>',
  '<IMG>',
  '<a name="a">',
  '{#a}',
  '<!-- markdownlint-configure-file { "MD059": { "prohibited_texts": ["text"] } } -->',
  '<!-- c -->',
  '`#x`',
  '```\n#x\n```',
  '$$\n#x\n$$',
  '[^1]',
  '[^1]: n',
  '[x]: #',
  '[x]: <#a>',
  '[x]',
  '[a](#a)',
  '[a](&amp;#b)',
  '[a](<#b>)',
  '[a](<>)',
  '[a](< #>)',
  '[a](\u00a0#)',
  '[a](\\#b)',
  '[ a](b)',
  '[a ](b)',
  '[a](\n#b)',
  '[a]( #b)',
  '[x][]',
  '[x][y]',
  '![x][]',
  '[x]![y]',
  '**a**',
  '* a *',
  '(a)[b]',
  '| a |',
  '#x',
  '  #',
  'https://a.b',
];
const breaks = ['', ' ', '\n', '\n\n', '\r\n', '\r', '\n> ', '\n  ', '\n   ', '\n\t'];

function generatedPages(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pages: string[] = [];
  for (let i = 0; i < count; i++) {
    let page = random() < 0.3 ? `---\ntitle: Page ${i}\n---\n` : '';
    if (random() < 0.1) page = `\ufeff${page}`;
    const length = 1 + Math.floor(random() * 24);
    for (let piece = 0; piece < length; piece++) page += pick(pieces) + pick(breaks);
    pages.push(page);
  }
  return pages;
}

/** As lintMarkdownPages calls markdownlint: with a rule that needs the page parsed and reports nothing. */
const parses: Rule = { names: [parseSharingRuleName], description: 'Needs the parse', tags: ['test'], parser: 'micromark', function: () => {} };

function lintWith(text: string, config: Record<string, unknown>): unknown {
  const frontMatter = frontMatterPattern(text, readFrontMatter(text));
  return lint({ strings: { page: text }, config: config as never, customRules: [parses], frontMatter, handleRuleFailures: true })['page'];
}

function ourConfig(options: Parameters<typeof effectiveConfig>[0]): Record<string, unknown> {
  return { ...effectiveConfig(options), [parseSharingRuleName]: true };
}

function configFor(text: string, config: Record<string, unknown>): Record<string, unknown> {
  return configForText(config, text, frontMatterEnd(text, readFrontMatter(text)));
}

/** Lints each page with and without the rules it cannot trigger; returns how many pages left some out. */
function assertSameResults(pages: readonly string[], config: Record<string, unknown>): number {
  let leftOut = 0;
  for (const page of pages) {
    const reduced = configFor(page, config);
    if (reduced !== config) leftOut++;
    assert.deepEqual(lintWith(page, reduced), lintWith(page, config), JSON.stringify(page.slice(0, 300)));
  }
  return leftOut;
}

describe('Markdown pages: markdownlint rules a page cannot trigger are left out', () => {
  const config = ourConfig({});

  it('give the same markdownlint results on every Markdown fixture and on pages that trigger those rules', function () {
    this.timeout(60_000);
    const pages = [...markdownFixtures(), ...triggering.map(([, page]) => page), ...triggering.map(([, page]) => page.replace(needed, ' '))];
    assert.ok(pages.length > 80);
    assertSameResults(pages, config);
  });

  it('give the same markdownlint results on generated pages, with our settings and with options a repository may set', function () {
    this.timeout(120_000);
    const pages = generatedPages(1500, 0x51e7);
    const leftOut = assertSameResults(pages, config);
    // The pages must leave rules out often enough for the comparison to mean something.
    assert.ok(leftOut > pages.length / 2, `only ${leftOut} of ${pages.length} pages left a rule out`);
    const repositorySettings = [
      { MD059: { prohibited_texts: ['text', 'Click: here!'] }, MD052: { ignored_labels: ['x'] } },
      { 'descriptive-link-text': { prohibited_texts: [] }, 'reference-links-images': { shortcut_syntax: true } },
      { links: { ignored_pattern: '(' } },
      { MD052: { ignored_labels: 5 }, MD059: { prohibited_texts: '!!' }, headings: { front_matter_title: '(' } },
    ];
    for (const markdownlint of repositorySettings) assertSameResults(pages.slice(0, 400), ourConfig({ markdownlint }));
  });

  it('still report on a page that holds the character each needs', () => {
    for (const [id, page] of triggering) {
      const ids = (lintWith(page, configFor(page, config)) as { ruleNames: string[] }[]).map((error) => error.ruleNames[0]);
      assert.ok(ids.includes(id), `${id} missing from ${JSON.stringify(ids)} on ${JSON.stringify(page)}`);
    }
  });

  it('are left out of pages without those characters, with one config object for all such pages (they still share a call)', () => {
    // A page like most of a site's: headings, links to other pages, an image, a list.
    const plain = configForText(config, '# Opening day\n\nThe library opens [at nine](/hours#today).\n\n![The door](/door.png)\n\n- Free\n');
    assert.notEqual(plain, config);
    const silenceable = ['MD011', 'MD018', 'MD020', 'MD023', 'MD034', 'MD036', 'MD037', 'MD039', 'MD042', 'MD045', 'MD051', 'MD052', 'MD056', 'MD059'];
    assert.deepEqual(
      silenceable.map((id) => plain[id]),
      silenceable.map(() => false),
    );
    assert.equal(configForText(config, '# Another page\n\nWith other words.\n'), plain);
    assert.deepEqual([plain['MD001'], plain['MD025']], [config['MD001'], config['MD025']]);
    const noHeading = configForText(config, 'The library opens [at nine](/hours).\n');
    assert.deepEqual([noHeading['MD001'], noHeading['MD025']], [false, false]);
    // A page with every character keeps the config as it is.
    assert.equal(configForText(config, triggering.map(([, page]) => page).join('\n')), config);
    const withTable = configForText(config, '| a | b |\n| - | - |\n');
    assert.notEqual(withTable['MD056'], false);
    assert.equal(withTable['MD011'], false);
    // Front matter is not Markdown to markdownlint: its `---` underlines no heading.
    const text = '---\ntitle: A\n---\nText\n';
    assert.equal(configFor(text, config)['MD023'], false);
    assert.notEqual(configForText(config, text)['MD023'], false);
  });

  it('are not switched on for a page when the repository switched them off', () => {
    const quiet = ourConfig({ markdownlint: { MD011: false } });
    assert.equal(configForText(quiet, '(a)[b]')['MD011'], false);
  });

  it('look at 100 KB pages built against their scans quickly', function () {
    this.timeout(60_000);
    const size = 100_000;
    const fill = (piece: string) => piece.repeat(Math.ceil(size / piece.length));
    const hostile = [
      fill(']( '),
      fill('](\n> <'),
      fill('](&amp;'),
      fill('](&a'),
      fill('](&#'),
      fill('#'),
      `\n#${' '.repeat(size)}`,
      fill('\n# '),
      fill(`\n#${' '.repeat(999)}`),
      fill('\r'),
      fill('>'),
      fill('=\r'),
      `${' '.repeat(size)}=`,
      `${'-'.repeat(size)}x`,
      fill(`${'-'.repeat(999)}x\n`),
      fill('x\n'),
      fill('[ '),
      fill(' ]'),
    ];
    for (const text of hostile) {
      const began = Date.now();
      addressSigns(text, 0);
      hashSigns(text, 0);
      hasUnderlineLine(text, 0);
      hasSpaceInsideBrackets(text, 0);
      configForText(config, text);
      const elapsed = Date.now() - began;
      assert.ok(elapsed < 1000, `${elapsed} ms on ${JSON.stringify(text.slice(0, 20))}…`);
    }
  });
});
