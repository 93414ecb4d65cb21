import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  checkMarkdown,
  disableEditsForMarkdown,
  markdownlintRules,
  parseMarkdownlintConfig,
  ruleById,
  safeFixEdits,
  type Finding,
  type TextEdit,
} from '../../../src/core';
import { effectiveConfig, frontMatterPattern } from '../../../src/core/markdown/markdownlint/lintMarkdown';
import type { FrontMatter } from '../../../src/core/frontMatter/frontMatter';
import { repositoryRoot } from '../fixtureExpectations';

function seen(text: string, finding: Finding): string {
  const { start, end } = finding.range;
  return `${finding.ruleId} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${text.slice(finding.startOffset, finding.endOffset)}`;
}
const apply = (text: string, edits: readonly TextEdit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);

describe('Markdown pages: markdownlint reader rules', () => {
  const page = [
    '# Garden opening day', // 1
    '',
    '#Not a heading', // 3
    '',
    '**Bold as heading**', // 5
    '',
    'A * spaced * word and [ spaced link ](/a) and [empty]() and [x][nope].', // 7
    '',
    'Jump to [the part](#missing) or (reversed)[/y].', // 9
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 | 3 |', // 13
    '',
    '# Second title', // 15
    '',
    'Line with    trailing spaces and a very long line that goes on and on past eighty characters without a break.   ',
    '',
  ].join('\n');
  const findings = () => checkMarkdown(page).filter((finding) => /^MD\d{3}$/.test(finding.ruleId));

  it('reports the reader rules at their places with plain messages, and nothing about code style', () => {
    assert.deepEqual(
      findings().map((finding) => seen(page, finding)),
      [
        'MD018 3:1-3:3 #N',
        'MD036 5:1-5:20 **Bold as heading**',
        'MD037 7:4-7:5  ',
        'MD037 7:11-7:12  ',
        'MD039 7:24-7:25  ',
        'MD039 7:36-7:37  ',
        'MD042 7:47-7:56 [empty]()',
        'MD052 7:61-7:70 [x][nope]',
        'MD051 9:9-9:29 [the part](#missing)',
        'MD011 9:33-9:47 (reversed)[/y]',
        'MD056 13:9-13:14 | 3 |',
        'MD025 15:1-15:15 # Second title',
      ],
    );
    for (const finding of findings()) assert.ok(!/MD\d{3}|markdownlint/.test(finding.message), finding.message);
  });

  it('turns markdownlint fix information into fixes; Fix all applies the safe ones', () => {
    const { edits } = safeFixEdits(findings());
    const fixed = apply(page, edits);
    assert.ok(fixed.includes('# Not a heading'));
    assert.ok(fixed.includes('A *spaced* word and [spaced link](/a)'));
    assert.ok(fixed.includes('or [reversed](/y).'));
  });

  it('shows a problem our rules also find once, as ours', () => {
    const text = '# Garden opening day\n\n![](a.png) and [click here](/x)\n\n#### Deep\n';
    const ids = checkMarkdown(text).map((finding) => finding.ruleId);
    assert.deepEqual(ids, ['image-alt', 'link-text', 'heading-order']);
  });

  it('layers the repository config over the defaults, and our config can switch a rule off', () => {
    const text = '# Garden opening day\n\n#Not a heading\n\n' + 'word '.repeat(20) + '\n';
    const ids = (options: Parameters<typeof checkMarkdown>[1]) => checkMarkdown(text, options).map((finding) => finding.ruleId);
    assert.deepEqual(ids({}), ['MD018']);
    assert.deepEqual(ids({ markdownlint: { MD013: true, MD018: false } }), ['MD013']);
    assert.deepEqual(ids({ config: { rules: { MD018: 'off' } } }), []);
    assert.equal(effectiveConfig({ markdownlint: { extends: '../other.json' } })['extends'], undefined);
  });

  it("respects markdownlint's own disable comments", () => {
    const text = '# Garden opening day\n\n<!-- markdownlint-disable-next-line MD018 -->\n#Not a heading\n';
    assert.deepEqual(
      checkMarkdown(text).map((finding) => finding.ruleId),
      [],
    );
  });

  it('skips exactly the front matter block it is given, with a pattern markdownlint can compile', () => {
    const text = `---\ntitle: ${'x'.repeat(1500)}\n---\n# Body\n`;
    const end = text.indexOf('# Body') - 1;
    const pattern = frontMatterPattern(text, { span: { start: 0, end } } as FrontMatter)!;
    assert.equal(pattern.exec(text)![0], text.slice(0, end + 1));
    assert.equal(frontMatterPattern(text, undefined), null);
  });

  it('skips the same front matter lines when they end in CRLF (markdownlint matches after turning them into LF)', () => {
    const text = '---\r\ntitle: Opening day\r\n---\r\n# Body\r\n';
    const pattern = frontMatterPattern(text, { span: { start: 0, end: text.indexOf('\r\n# Body') } } as FrontMatter)!;
    const normalized = text.replace(/\r\n/g, '\n');
    assert.equal(pattern.exec(normalized)![0], '---\ntitle: Opening day\n---\n');
  });

  it('every rule has metadata, a doc page naming it, and "Why this matters" finds it', () => {
    for (const rule of markdownlintRules) {
      assert.equal(ruleById(rule.meta.id), rule);
      const doc = path.join(repositoryRoot, rule.meta.docPath);
      assert.ok(existsSync(doc), `missing ${rule.meta.docPath}`);
      const text = readFileSync(doc, 'utf8');
      assert.ok(text.includes(`\`${rule.markdownlintName.split('/')[0]}\``), `${rule.meta.docPath} does not name ${rule.markdownlintName}`);
      assert.ok(text.includes(`"contentBridge.rules": { "${rule.meta.id}": "off" }`), `${rule.meta.docPath} does not say how to turn it off`);
    }
  });
});

describe('markdownlint config files', () => {
  it('reads .markdownlint.jsonc with comments, and YAML', () => {
    assert.deepEqual(parseMarkdownlintConfig('.markdownlint.jsonc', '{ // ours\n "MD013": false, }').config, { MD013: false });
    assert.deepEqual(parseMarkdownlintConfig('docs/.markdownlint.yaml', 'MD013: false\nMD033:\n  allowed_elements: [br]\n').config, {
      MD013: false,
      MD033: { allowed_elements: ['br'] },
    });
  });

  it('reads the config key of .markdownlint-cli2 files', () => {
    assert.deepEqual(parseMarkdownlintConfig('.markdownlint-cli2.jsonc', '{ "config": { "MD045": false }, "globs": ["**/*.md"] }').config, { MD045: false });
    assert.deepEqual(parseMarkdownlintConfig('.markdownlint-cli2.yaml', 'globs: ["*.md"]\n').config, {});
  });

  it('gives one plain problem at the mistake', () => {
    const json = parseMarkdownlintConfig('.markdownlint.json', '{\n  "MD013": false\n  "MD001": true\n}');
    assert.deepEqual(json.problem && { line: json.problem.line, character: json.problem.character }, { line: 2, character: 2 });
    assert.match(json.problem!.message, /comma/);
    const yaml = parseMarkdownlintConfig('.markdownlint.yml', 'MD013: false\n  MD001: [\n');
    assert.match(yaml.problem?.message ?? '', /has a mistake here/);
    assert.ok(parseMarkdownlintConfig('.markdownlint.json', '[1, 2]').problem);
  });
});

describe('Markdown pages: disable comments', () => {
  const apply1 = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

  it('offers "for this line" above a top-level block, and the finding goes away', () => {
    const text = '# Garden opening day\n\nSome text.\n![](a.png)\n\n![](b.png)\n';
    const finding = checkMarkdown(text).find((candidate) => candidate.range.start.line === 5)!;
    const { forLine } = disableEditsForMarkdown(text, finding);
    const fixed = apply1(text, forLine!);
    assert.equal(fixed.split('\n')[5], '<!-- content-bridge-disable-next-line image-alt -->');
    assert.deepEqual(
      checkMarkdown(fixed).map((candidate) => candidate.range.start.line),
      [3],
    );
  });

  it('offers only "for this file" inside a paragraph, a list or a quote', () => {
    const text = '# Garden opening day\n\nSome text.\n![](a.png)\n\n- ![](b.png)\n\n> ![](c.png)\n';
    for (const finding of checkMarkdown(text)) {
      const edits = disableEditsForMarkdown(text, finding);
      assert.equal(edits.forLine, undefined, seen(text, finding));
      assert.deepEqual(checkMarkdown(apply1(text, edits.forFile)), []);
    }
  });

  it("uses markdownlint's own comments for its findings", () => {
    const text = '# Garden opening day\n\n#Not a heading\n';
    const finding = checkMarkdown(text)[0];
    const { forLine, forFile } = disableEditsForMarkdown(text, finding);
    assert.equal(forLine?.newText, '<!-- markdownlint-disable-next-line MD018 -->\n');
    assert.equal(forFile.newText, '<!-- markdownlint-disable MD018 -->\n');
    assert.deepEqual(checkMarkdown(apply1(text, forLine!)), []);
  });
});
