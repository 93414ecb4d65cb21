import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { check } from '../../src/core';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

const snippetsPath = path.resolve(__dirname, '..', '..', '..', 'snippets', 'html.code-snippets');
const snippets = JSON.parse(readFileSync(snippetsPath, 'utf8')) as Record<string, Snippet>;

/**
 * What the body looks like when every tab stop keeps its placeholder (or first
 * choice): mirrors such as `$1` repeat it, stops with no placeholder become empty.
 */
function expandSnippet(body: string | readonly string[]): string {
  const text = typeof body === 'string' ? body : body.join('\n');
  const values = new Map<string, string>();
  const withPlaceholders = text
    .replace(/\$\{(\d+):([^}]*)\}/g, (_match, stop: string, placeholder: string) => remember(values, stop, placeholder))
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_match, stop: string, choices: string) => remember(values, stop, choices.split(',')[0]));
  return withPlaceholders.replace(/\$\{(\d+)\}|\$(\d+)/g, (_match, braced?: string, bare?: string) => values.get(braced ?? bare ?? '') ?? '');
}

function remember(values: Map<string, string>, stop: string, value: string): string {
  values.set(stop, value);
  return value;
}

describe('HTML snippets', () => {
  const entries = Object.entries(snippets);

  it('has snippets', () => {
    assert.ok(entries.length >= 8, `expected at least 8 snippets, found ${entries.length}`);
  });

  it('expands tab stops, choices and mirrors the way the editor first shows them', () => {
    assert.equal(expandSnippet(['<${1|ul,ol|}>', '<a href="${2:x}">$3</a>', '</$1>$0']), '<ul>\n<a href="x"></a>\n</ul>');
  });

  for (const [name, snippet] of entries) {
    describe(name, () => {
      const prefixes = typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix;

      it('has prefixes starting with cb-, a body and a teaching description', () => {
        assert.ok(prefixes.length > 0);
        for (const prefix of prefixes) assert.match(prefix, /^cb-[a-z0-9-]+$/);
        assert.ok(expandSnippet(snippet.body).trim().length > 0, 'body is empty');
        assert.ok(snippet.description.length >= 40, `description is only ${snippet.description.length} characters`);
      });

      it('produces images with alt text', () => {
        const imageAltFindings = check(expandSnippet(snippet.body)).filter((finding) => finding.ruleId === 'image-alt');
        assert.deepEqual(imageAltFindings, []);
      });
    });
  }

  it('gives every snippet its own prefixes', () => {
    const all = entries.flatMap(([, snippet]) => (typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix));
    assert.equal(new Set(all).size, all.length);
  });

  it('offers a whole page that passes every check', () => {
    const page = entries.find(([, snippet]) => snippet.body.includes('<!DOCTYPE html>'));
    assert.ok(page, 'no whole-page snippet');
    assert.deepEqual(check(expandSnippet(page[1].body)), []);
  });
});
