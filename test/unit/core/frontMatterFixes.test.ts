import * as assert from 'node:assert/strict';
import { disableForFileEdit, type TextEdit } from '../../../src/core';

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
