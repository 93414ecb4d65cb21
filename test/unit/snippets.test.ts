import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { check, checkDocument } from '../../src/core';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

function readSnippets(fileName: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'snippets', fileName), 'utf8')) as Record<string, Snippet>;
}

const snippets = readSnippets('html.code-snippets');

/**
 * What the body looks like when every tab stop keeps its placeholder (or first
 * choice): mirrors such as `$1` repeat it, stops with no placeholder become empty.
 */
function expandSnippet(body: string | readonly string[]): string {
  const text = (typeof body === 'string' ? body : body.join('\n'))
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '05')
    .replace(/\$CURRENT_DATE/g, '14');
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

describe('Markdown snippets', () => {
  const markdownSnippets = Object.entries(readSnippets('markdown.code-snippets'));
  const prefixesOf = (snippet: Snippet) => (typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix);
  const frontMatterOf = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];

  it('has at least 8 snippets, each with cb- prefixes of its own, a body and a teaching description', () => {
    assert.ok(markdownSnippets.length >= 8, `expected at least 8 snippets, found ${markdownSnippets.length}`);
    for (const [name, snippet] of markdownSnippets) {
      assert.ok(prefixesOf(snippet).length > 0, name);
      for (const prefix of prefixesOf(snippet)) assert.match(prefix, /^cb-[a-z0-9-]+$/, name);
      assert.ok(expandSnippet(snippet.body).trim().length > 0, `${name}: body is empty`);
      assert.ok(snippet.description.length >= 80, `${name}: description is only ${snippet.description.length} characters`);
    }
    const all = markdownSnippets.flatMap(([, snippet]) => prefixesOf(snippet));
    assert.equal(new Set(all).size, all.length);
  });

  it('covers images, links, headings, lists, tables and quotes under the prefixes the HTML snippets use', () => {
    const all = new Set(markdownSnippets.flatMap(([, snippet]) => prefixesOf(snippet)));
    for (const prefix of ['cb-image', 'cb-link', 'cb-h2', 'cb-h3', 'cb-list', 'cb-table', 'cb-quote']) assert.ok(all.has(prefix), prefix);
  });

  it('writes images with alt text and links whose words say where they go', () => {
    for (const [name, snippet] of markdownSnippets) {
      const text = expandSnippet(snippet.body);
      for (const image of text.matchAll(/!\[([^\]]*)\]\(/g)) assert.ok(image[1].trim().length > 0, `${name}: an image without alt text`);
      for (const link of text.matchAll(/(?<!!)\[([^\]]*)\]\(/g)) assert.doesNotMatch(link[1], /^\s*(click here|here|read more|more|link)\s*$/i, name);
    }
  });

  it('offers front matter for a new page and a new post for each common site generator', () => {
    const all = new Set(markdownSnippets.flatMap(([, snippet]) => prefixesOf(snippet)));
    for (const generator of ['jekyll', 'hugo', 'eleventy', 'astro', 'docusaurus']) {
      assert.ok(all.has(`cb-page-${generator}`), `cb-page-${generator}`);
      assert.ok(all.has(`cb-post-${generator}`), `cb-post-${generator}`);
    }
  });

  it('fills front matter with a title and a description of the lengths search results show', () => {
    const withFrontMatter = markdownSnippets.filter(([, snippet]) => frontMatterOf(expandSnippet(snippet.body)) !== undefined);
    assert.ok(withFrontMatter.length >= 10);
    for (const [name, snippet] of withFrontMatter) {
      const data = parseYaml(frontMatterOf(expandSnippet(snippet.body))!) as Record<string, unknown>;
      const title = String(data['title']);
      const description = String(data['description']);
      assert.ok(title.length >= 10 && title.length <= 60, `${name}: title "${title}" is ${title.length} characters`);
      assert.ok(description.length >= 50 && description.length <= 160, `${name}: description is ${description.length} characters`);
    }
  });

  it('inserts Markdown that passes every check, markdownlint\'s included', () => {
    for (const [name, snippet] of markdownSnippets) {
      const text = expandSnippet(snippet.body);
      // Front matter starts a page; any other snippet goes into a post that is fine on its own.
      const page = frontMatterOf(text) !== undefined ? `${text}\nThe first paragraph of the page.\n` : `${postStart}${text}\n`;
      const findings = checkDocument(page, { kind: 'markdown', path: 'content/news/new-post.md' });
      assert.deepEqual(findings.map((finding) => `${finding.ruleId}: ${finding.message}`), [], name);
    }
  });
});

/** A post that passes every check, for snippets that go inside one. */
const postStart = ['---', 'title: "Spring fair at Riverside Library"', 'description: "Games, books and cake on the library lawn: everything you need to know about this year\'s spring fair."', 'image: "/images/fair.jpg"', '---', '', 'The fair is on Saturday.', '', '## What is on', '', 'Stalls and stories.', '', ''].join('\n');
