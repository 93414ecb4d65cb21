import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface GrammarRule {
  readonly name?: string;
  readonly include?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly match?: string;
  readonly beginCaptures?: Record<string, { name: string }>;
  readonly endCaptures?: Record<string, { name: string }>;
  readonly captures?: Record<string, { name: string }>;
  readonly patterns?: readonly GrammarRule[];
}

interface Grammar {
  readonly scopeName: string;
  readonly injectionSelector: string;
  readonly patterns: readonly GrammarRule[];
  readonly repository: Record<string, GrammarRule>;
}

const grammarPath = path.resolve(__dirname, '..', '..', '..', 'syntaxes', 'template-injection.tmLanguage.json');
const grammar = JSON.parse(readFileSync(grammarPath, 'utf8')) as Grammar;

/**
 * The grammar's Oniguruma regexes use only syntax JavaScript shares, so they can be tried here. TextMate matches
 * line by line (hence `m`), and `\A` (start of the file) is JavaScript's `^` on the first line.
 */
const regex = (source: string | undefined): RegExp => {
  assert.ok(source !== undefined, 'missing regex');
  return new RegExp(source.replace(/\\A/g, '^'), 'gm');
};

function rule(name: string): GrammarRule {
  const found = grammar.repository[name];
  assert.ok(found, `no repository rule "${name}"`);
  return found;
}

/** The top-level rule TextMate picks for text starting at 0: the first, in order, whose begin matches there. */
function ruleStartingAt0(text: string): { name: string; opening: string } | undefined {
  for (const { include } of grammar.patterns) {
    const name = include!.slice(1);
    const begin = regex(rule(name).begin);
    const match = begin.exec(text);
    if (match?.index === 0) return { name, opening: match[0] };
  }
  return undefined;
}

/** Where the rule's end pattern first matches after the opening delimiter. */
function closingOf(ruleName: string, text: string, openingLength: number): string | undefined {
  const end = regex(rule(ruleName).end);
  end.lastIndex = openingLength;
  const match = end.exec(text);
  return match && match.index + match[0].length === text.length ? match[0] : undefined;
}

const samples: readonly { text: string; rule: string; opening: string; closing: string }[] = [
  { text: '{{ site.title }}', rule: 'expression', opening: '{{', closing: '}}' },
  { text: '{{- .Title -}}', rule: 'expression', opening: '{{-', closing: '-}}' },
  { text: '{{~ name ~}}', rule: 'expression', opening: '{{~', closing: '~}}' },
  { text: '{{ a - b }}', rule: 'expression', opening: '{{', closing: '}}' },
  { text: '{{{ body }}}', rule: 'handlebars-raw-output', opening: '{{{', closing: '}}}' },
  { text: '{{% notice info %}}', rule: 'hugo-shortcode-markdown', opening: '{{%', closing: '%}}' },
  { text: '{{< figure src="a.jpg" >}}', rule: 'hugo-shortcode', opening: '{{<', closing: '>}}' },
  { text: '{% if page.title %}', rule: 'statement', opening: '{%', closing: '%}' },
  { text: '{%- assign year = 2025 -%}', rule: 'statement', opening: '{%-', closing: '-%}' },
  { text: '{# a note for editors #}', rule: 'hash-comment', opening: '{#', closing: '#}' },
  { text: '{#- trimmed note -#}', rule: 'hash-comment', opening: '{#-', closing: '-#}' },
  { text: '{{/* a note */}}', rule: 'hugo-comment', opening: '{{/*', closing: '*/}}' },
  { text: '{{- /* trimmed note */ -}}', rule: 'hugo-comment', opening: '{{- /*', closing: '*/ -}}' },
  { text: '{{! a note }}', rule: 'handlebars-comment', opening: '{{!', closing: '}}' },
  { text: '{{!-- a note with }} inside --}}', rule: 'handlebars-block-comment', opening: '{{!--', closing: '--}}' },
  { text: '{% comment %} a note {% endcomment %}', rule: 'liquid-comment', opening: '{% comment %}', closing: '{% endcomment %}' },
  { text: '<% if user %>', rule: 'erb', opening: '<%', closing: '%>' },
  { text: '<%= post.title %>', rule: 'erb', opening: '<%=', closing: '%>' },
  { text: '<%- include("header") -%>', rule: 'erb', opening: '<%-', closing: '-%>' },
  { text: '<%_ if (a) { _%>', rule: 'erb', opening: '<%_', closing: '_%>' },
  { text: '<%# a note %>', rule: 'erb-comment', opening: '<%#', closing: '%>' },
  { text: '<?php echo $title; ?>', rule: 'php', opening: '<?php', closing: '?>' },
  { text: '<?= $title ?>', rule: 'php', opening: '<?=', closing: '?>' },
  { text: '---\ntitle: Hello\n---', rule: 'front-matter-yaml', opening: '---', closing: '---' },
  { text: '+++\ntitle = "Hello"\n+++', rule: 'front-matter-toml', opening: '+++', closing: '+++' },
];

describe('template injection grammar', () => {
  it('injects into HTML outside comments under its own scope name', () => {
    assert.equal(grammar.scopeName, 'text.html.content-bridge.template');
    assert.equal(grammar.injectionSelector, 'L:text.html -comment');
  });

  it('includes only rules that exist', () => {
    const includes = JSON.stringify(grammar).match(/"include":\s*"#[^"]+"/g) ?? [];
    for (const include of includes) rule(include.replace(/^"include":\s*"#|"$/g, ''));
  });

  it('writes every regex in syntax JavaScript also understands', () => {
    const walk = (rules: readonly GrammarRule[]): void => {
      for (const r of rules) {
        for (const source of [r.begin, r.end, r.match]) if (source !== undefined) assert.doesNotThrow(() => new RegExp(source), source);
        walk(r.patterns ?? []);
      }
    };
    walk(Object.values(grammar.repository));
  });

  it('scopes template code as embedded code with opening and closing punctuation', () => {
    for (const name of ['expression', 'statement', 'handlebars-raw-output', 'hugo-shortcode', 'hugo-shortcode-markdown']) {
      const r = rule(name);
      assert.equal(r.name, 'meta.embedded.block.template.content-bridge', name);
      assert.equal(r.beginCaptures?.['0'].name, 'punctuation.section.embedded.begin.template', name);
      assert.equal(r.endCaptures?.['0'].name, 'punctuation.section.embedded.end.template', name);
    }
    for (const name of ['hash-comment', 'hugo-comment', 'handlebars-comment', 'handlebars-block-comment', 'liquid-comment']) {
      assert.equal(rule(name).name, 'comment.block.template', name);
    }
  });

  for (const sample of samples) {
    it(`recognises ${sample.text}`, () => {
      const picked = ruleStartingAt0(sample.text);
      assert.deepEqual(picked, { name: sample.rule, opening: sample.opening });
      assert.equal(closingOf(sample.rule, sample.text, sample.opening.length), sample.closing);
    });
  }

  it('leaves plain page text alone', () => {
    for (const text of [
      'Opening hours',
      '{ not a tag }',
      'a { color: red }',
      'price: {5}',
      '<?xml version="1.0"?>',
      '<%% literal',
      '<p>',
      '--- not at the start',
    ]) {
      assert.equal(ruleStartingAt0(text), undefined, text);
    }
  });

  it('covers every template language Content Bridge masks, and front matter', () => {
    const covered = new Set(samples.map((sample) => sample.rule));
    for (const name of [
      'expression',
      'statement',
      'hash-comment',
      'hugo-comment',
      'hugo-shortcode',
      'hugo-shortcode-markdown',
      'handlebars-raw-output',
      'handlebars-comment',
      'handlebars-block-comment',
      'liquid-comment',
      'erb',
      'erb-comment',
      'php',
      'front-matter-yaml',
      'front-matter-toml',
    ]) {
      assert.ok(covered.has(name), name);
    }
  });

  it('is injected into HTML, Handlebars and Markdown documents', () => {
    const packageJson = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      contributes: { grammars: { scopeName: string; injectTo: string[] }[] };
    };
    const contribution = packageJson.contributes.grammars.find((entry) => entry.scopeName === grammar.scopeName);
    assert.deepEqual(contribution?.injectTo, ['text.html.basic', 'text.html.derivative', 'text.html.handlebars', 'text.html.markdown']);
  });

  describe('inside template code', () => {
    const codePatterns = rule('template-code').patterns ?? [];
    const scopeOf = (token: string): string | undefined => {
      // Like TextMate: the first pattern, in order, that matches the whole token at its start.
      for (const pattern of codePatterns) {
        const match = regex(pattern.match ?? pattern.begin).exec(token);
        if (match?.index === 0 && (pattern.begin !== undefined || match[0] === token)) return pattern.name ?? pattern.captures?.['2']?.name;
      }
      return undefined;
    };

    it('colours keywords, including Handlebars blocks', () => {
      for (const token of ['if', 'endfor', 'range', 'end', '#each', '/if', 'assign']) assert.equal(scopeOf(token), 'keyword.control.template', token);
    });

    it('colours variables and paths', () => {
      for (const token of ['site.title', '.Title', '$page', '@index', 'page.my-field', 'index']) assert.equal(scopeOf(token), 'variable.other.template', token);
    });

    it('colours strings, numbers and filters', () => {
      assert.equal(scopeOf('"Hello"'), 'string.quoted.double.template');
      assert.equal(scopeOf("'Hello'"), 'string.quoted.single.template');
      assert.equal(scopeOf('2025'), 'constant.numeric.template');
      assert.equal(scopeOf('| upcase'), 'support.function.filter.template');
    });
  });
});
