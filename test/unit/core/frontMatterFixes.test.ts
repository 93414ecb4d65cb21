import * as assert from 'node:assert/strict';
import { check, disableForFileEdit, disableForLineEdit, ruleById, type Rule, type TextEdit } from '../../../src/core';

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('"Disable for this file" after page settings', () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    ['YAML', '---\ntitle: A\n---\n<p>x</p>', '---\ntitle: A\n---\n<!-- content-bridge-disable image-alt -->\n<p>x</p>'],
    ['YAML closed with ...', '---\ntitle: A\n...\nText', '---\ntitle: A\n...\n<!-- content-bridge-disable image-alt -->\nText'],
    ['TOML', '+++\r\ntitle = "A"\r\n+++\r\nText', '+++\r\ntitle = "A"\r\n+++\r\n<!-- content-bridge-disable image-alt -->\r\nText'],
    ['JSON', '{\n  "title": "A"\n}\nText', '{\n  "title": "A"\n}\n<!-- content-bridge-disable image-alt -->\nText'],
    ['settings at the very end', '---\ntitle: A\n---', '---\ntitle: A\n---\n<!-- content-bridge-disable image-alt -->\n'],
    ['no settings', '<p>x</p>\n', '<!-- content-bridge-disable image-alt -->\n<p>x</p>\n'],
    ['template code, not JSON', '{{ partial "x" }}\n', '<!-- content-bridge-disable image-alt -->\n{{ partial "x" }}\n'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.equal(apply(text, disableForFileEdit(text, 'image-alt')), expected));
  }
});

describe('Disable comments and findings in the page settings', () => {
  const rules = ['front-matter-title', 'front-matter-noindex', 'image-alt'].map((id) => ruleById(id) as Rule);
  const page = '---\nlayout: post\nnoindex: true\n---\n<img src="a.jpg">\n';
  const ids = (text: string) => check(text, { rules }).map((finding) => `${finding.ruleId}@${finding.range.start.line}`);

  it('"Disable for this line" on a setting writes its comment just after the settings, and only that check goes', () => {
    const noindex = check(page, { rules }).find((finding) => finding.ruleId === 'front-matter-noindex')!;
    const fixed = apply(page, disableForLineEdit(page, noindex));
    assert.equal(fixed, '---\nlayout: post\nnoindex: true\n---\n<!-- content-bridge-disable-next-line front-matter-noindex -->\n<img src="a.jpg">\n');
    assert.deepEqual(ids(fixed), ['front-matter-title@0', 'image-alt@5']);
  });

  it('"Disable for this line" on the opening --- does the same', () => {
    const title = check(page, { rules }).find((finding) => finding.ruleId === 'front-matter-title')!;
    const fixed = apply(page, disableForLineEdit(page, title));
    assert.equal(fixed.split('\n')[4], '<!-- content-bridge-disable-next-line front-matter-title -->');
    assert.deepEqual(ids(fixed), ['front-matter-noindex@2', 'image-alt@5']);
  });

  it('"Disable for this file" switches off findings in the settings too', () => {
    const fixed = apply(page, disableForFileEdit(page, 'front-matter-noindex'));
    assert.deepEqual(ids(fixed), ['front-matter-title@0', 'image-alt@5']);
  });

  it('a disable comment further down does not reach back into the settings', () => {
    const later = page.replace('<img', '<h1>Summer</h1>\n<p>Text</p>\n<!-- content-bridge-disable front-matter-noindex -->\n<img');
    assert.deepEqual(ids(later), ['front-matter-title@0', 'front-matter-noindex@2', 'image-alt@7']);
  });
});
