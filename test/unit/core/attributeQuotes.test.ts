import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Parser } from 'htmlparser2';
import { check, escapeAnswer, ruleById, type Finding, type Fix } from '../../../src/core';
import { fixturesRoot } from '../fixtureExpectations';

/** What the user types into an ask-for-text box in these tests: spaces, both quotes and an ampersand. */
const answer = `Opening hours "daily" & Bob's café`;

/** The text after applying a fix; an ask-for-text fix gets `answer`, escaped as the editor does. */
function applyFix(text: string, fix: Fix): string {
  const edits = fix.ask
    ? [{ start: fix.ask.start, end: fix.ask.end, newText: fix.ask.before + escapeAnswer(fix.ask.escape, answer) + fix.ask.after }]
    : [...fix.edits];
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

interface ParsedTag {
  readonly name: string;
  readonly attributes: Array<[string, string]>;
}

/** Every start tag with its attributes as written (duplicates kept), as htmlparser2 reads them. */
function tags(text: string): ParsedTag[] {
  const result: ParsedTag[] = [];
  let current: Array<[string, string]> = [];
  const parser = new Parser(
    {
      onattribute: (name, value) => current.push([name, value]),
      onopentag: (name) => {
        result.push({ name, attributes: current });
        current = [];
      },
    },
    { lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(text);
  return result;
}

function duplicateAttributes(text: string): string[] {
  return tags(text).flatMap((tag) => {
    const names = tag.attributes.map(([name]) => name);
    return names.filter((name, index) => names.indexOf(name) !== index).map((name) => `<${tag.name} ${name}>`);
  });
}

function attributeNames(text: string): Set<string> {
  return new Set(tags(text).flatMap((tag) => tag.attributes.map(([name]) => name)));
}

/** The fixture pages with every simple double-quoted value rewritten unquoted, and every other one single-quoted. */
function quoteVariants(text: string): string[] {
  const unquoted = text.replace(/="([^"'`=<>\s]+)"/g, '=$1');
  const singleQuoted = text.replace(/="([^"']*)"/g, "='$1'");
  return [unquoted, singleQuoted];
}

function fixturePages(): Array<{ name: string; text: string }> {
  const root = path.join(fixturesRoot, 'rules');
  return fs.readdirSync(root).flatMap((rule) =>
    fs
      .readdirSync(path.join(root, rule))
      .filter((file) => file.endsWith('.html') && !file.endsWith('.fixed.html'))
      .map((file) => ({ name: `${rule}/${file}`, text: fs.readFileSync(path.join(root, rule, file), 'utf8') })),
  );
}

describe('fixes write attribute values in double quotes', function () {
  this.timeout(120_000);

  for (const written of ['content=Short', "content='Short'", 'content="Short"']) {
    it(`the page description fix on ${written} writes valid markup`, () => {
      const text = `<!doctype html><html lang="en"><head><title>Library opening hours</title><meta name=description ${written} data-x=1></head><body><h1>Hours</h1></body></html>`;
      const [finding] = check(text, { rules: [ruleById('meta-description')!] });
      const fixed = applyFix(text, finding.fixes[0]);
      assert.ok(fixed.includes(`content="Opening hours &quot;daily&quot; & Bob's café" data-x=1>`), fixed);
      const meta = tags(fixed).find((tag) => tag.name === 'meta')!;
      assert.deepEqual(meta.attributes, [
        ['name', 'description'],
        ['content', answer],
        ['data-x', '1'],
      ]);
    });
  }

  it('rewriting an aria-label link text in single quotes', () => {
    const text = `<p><a href="/a" aria-label='Read more'>x</a> <a href="/b" aria-label='Read more'>y</a></p>`;
    const finding = check(text, { rules: [ruleById('identical-link-text')!] }).find((candidate) => candidate.fixes.some((fix) => fix.ask))!;
    const fixed = applyFix(
      text,
      finding.fixes.find((fix) => fix.ask)!,
    );
    const links = tags(fixed).filter((tag) => tag.name === 'a');
    assert.deepEqual(
      links.map((tag) => tag.attributes.map(([name]) => name)),
      [
        ['href', 'aria-label'],
        ['href', 'aria-label'],
      ],
    );
    assert.deepEqual(links.map((tag) => tag.attributes[1][1]).sort(), [answer, 'Read more'].sort());
  });

  it('allowing zoom in an unquoted viewport value', () => {
    const text =
      '<!doctype html><html lang="en"><head><title>Library opening hours</title><meta name=viewport content=width=device-width,user-scalable=no></head></html>';
    const [finding] = check(text, { rules: [ruleById('meta-viewport')!] });
    assert.equal(applyFix(text, finding.fixes[0]), text.replace('content=width=device-width,user-scalable=no', 'content="width=device-width"'));
  });

  it('a misspelt ARIA attribute next to the right one is removed, not renamed into a duplicate', () => {
    const text = '<button aria-label="Close" aria-lable="Close menu">×</button>';
    const [finding] = check(text, { rules: [ruleById('aria-valid-attr')!] });
    assert.match(finding.message, /This element already has "aria-label": remove "aria-lable"/);
    assert.deepEqual(
      finding.fixes.map((fix) => fix.title),
      ['Remove aria-lable'],
    );
    assert.equal(applyFix(text, finding.fixes[0]), '<button aria-label="Close">×</button>');
  });

  it('no fix on any fixture page, written with unquoted or single-quoted values, adds stray or duplicate attributes', () => {
    const problems: string[] = [];
    let fixesTried = 0;
    for (const page of fixturePages()) {
      for (const variant of quoteVariants(page.text)) {
        const before = attributeNames(variant);
        const duplicatesBefore = duplicateAttributes(variant).length;
        const findings: Finding[] = check(variant);
        for (const finding of findings) {
          for (const fix of finding.fixes) {
            fixesTried++;
            const fixed = applyFix(variant, fix);
            const written = attributeNames(fix.edits.map((edit) => `<x ${edit.newText}>`).join('') + (fix.ask ? `<x ${fix.ask.before}>` : ''));
            const stray = [...attributeNames(fixed)].filter((name) => !before.has(name) && !written.has(name));
            const where = `${page.name} ${finding.ruleId} "${fix.title}"`;
            if (stray.length > 0) problems.push(`${where}: new attributes ${stray.join(', ')}`);
            if (duplicateAttributes(fixed).length > duplicatesBefore) problems.push(`${where}: duplicates ${duplicateAttributes(fixed).join(', ')}`);
          }
        }
      }
    }
    assert.ok(fixesTried > 100, `only ${fixesTried} fixes tried`);
    assert.deepEqual(problems, []);
  });
});
