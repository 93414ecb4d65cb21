import * as assert from 'node:assert/strict';
import { check } from '../../../src/core';
import { insideTemplate, maskTemplates, templateMarker, touchesTemplate, type TemplateSpan } from '../../../src/core/templates/mask';

const M = templateMarker;

/** The masked text with spaces shown as `_`, for readable expectations. */
function shown(text: string): string {
  return maskTemplates(text).text.replace(/ /g, '_');
}

function kinds(text: string): string[] {
  return maskTemplates(text).spans.map((span) => `${span.kind}:${text.slice(span.start, span.end)}`);
}

describe('templates: maskTemplates', () => {
  it('returns the same string and no spans for a page without template code', () => {
    const text = '<p class="a">Hello { world } 5 < 6</p>';
    const masked = maskTemplates(text);
    assert.equal(masked.text, text);
    assert.deepEqual(masked.spans, []);
  });

  it('turns output into the marker and statements into spaces, keeping the length', () => {
    const text = '<p>{% if a %}{{ title }}{% endif %}</p>';
    const masked = maskTemplates(text);
    assert.equal(masked.text.length, text.length);
    assert.equal(shown(text), `<p>${'_'.repeat(10)}${M}${'_'.repeat(10)}${'_'.repeat(11)}</p>`);
  });

  it('keeps line breaks inside template code', () => {
    const text = '<p>{{ a\n | upcase }}</p>\r\n{#\r\ncomment #}';
    const masked = maskTemplates(text).text;
    assert.equal(masked, `<p>${M}   \n            </p>\r\n  \r\n          `);
  });

  it('recognises Liquid, Jekyll and Nunjucks', () => {
    assert.deepEqual(kinds('{%- assign x = 1 -%}{{- x -}}{# note #}{% include "head.html" %}{% endfor %}'), [
      'statement:{%- assign x = 1 -%}',
      'output:{{- x -}}',
      'comment:{# note #}',
      'output:{% include "head.html" %}',
      'statement:{% endfor %}',
    ]);
    assert.deepEqual(kinds('a{% comment %} {{ x }} %} {% endcomment %}b'), ['comment:{% comment %} {{ x }} %} {% endcomment %}']);
    assert.deepEqual(kinds('{% raw %}{% endraw %}'), ['statement:{% raw %}', 'statement:{% endraw %}']);
  });

  it('recognises Go templates and Hugo shortcodes', () => {
    assert.deepEqual(
      kinds(
        '{{ if .X }}{{ else if .Y }}{{ end }}{{- range .Pages -}}{{ $x := 1 }}{{ $x }}{{ partial "head.html" . }}{{/* c }} */}}{{- /* d */ -}}{{< figure src="a" >}}{{% note %}}{{< /note >}}',
      ),
      [
        'statement:{{ if .X }}',
        'statement:{{ else if .Y }}',
        'statement:{{ end }}',
        'statement:{{- range .Pages -}}',
        'statement:{{ $x := 1 }}',
        'output:{{ $x }}',
        'output:{{ partial "head.html" . }}',
        'comment:{{/* c }} */}}',
        'comment:{{- /* d */ -}}',
        'output:{{< figure src="a" >}}',
        'output:{{% note %}}',
        'statement:{{< /note >}}',
      ],
    );
  });

  it('recognises Handlebars and Mustache', () => {
    assert.deepEqual(kinds('{{#if a}}{{{body}}}{{else}}{{> nav}}{{/if}}{{! c }}{{!-- }} --}}{{^list}}\\{{literal}}'), [
      'statement:{{#if a}}',
      'output:{{{body}}}',
      'statement:{{else}}',
      'output:{{> nav}}',
      'statement:{{/if}}',
      'comment:{{! c }}',
      'comment:{{!-- }} --}}',
      'statement:{{^list}}',
    ]);
  });

  it('recognises ERB, EJS and PHP, but not an XML declaration', () => {
    assert.deepEqual(kinds('<?xml version="1.0"?><% if x %><%= y %><%- z %><%# c %><%% literal %><?php if ($a): ?><?php echo $t; ?><?= $u ?>'), [
      'statement:<% if x %>',
      'output:<%= y %>',
      'output:<%- z %>',
      'comment:<%# c %>',
      // <%% is a literal: the following "%>" closes nothing
      'statement:<?php if ($a): ?>',
      'output:<?php echo $t; ?>',
      'output:<?= $u ?>',
    ]);
  });

  it('leaves unclosed openers as text, and runs unclosed PHP to the end of the file', () => {
    assert.deepEqual(kinds('{{ open <p>{% open'), []);
    assert.deepEqual(kinds('<p>a</p><?php echo 1;\n'), ['output:<?php echo 1;\n']);
  });

  it('is linear on adversarial input', () => {
    for (const unit of ['{{', '{%{%{%', '<?<?', '<%', '{{/*', '{{!--', '{% comment %}', '{{<', '{#', '{{ a }}{{']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const started = performance.now();
      const masked = maskTemplates(text);
      const elapsed = performance.now() - started;
      assert.equal(masked.text.length, text.length);
      assert.ok(elapsed < 500, `${JSON.stringify(unit)} × ${text.length / unit.length} took ${elapsed.toFixed(0)} ms`);
    }
  });
});

describe('templates: insideTemplate', () => {
  const spans: TemplateSpan[] = [
    { start: 5, end: 10, kind: 'output' },
    { start: 20, end: 30, kind: 'statement' },
  ];

  it('is true only for ranges within one span', () => {
    assert.equal(insideTemplate(spans, 5, 10), true);
    assert.equal(insideTemplate(spans, 6, 7), true);
    assert.equal(insideTemplate(spans, 4, 6), false);
    assert.equal(insideTemplate(spans, 8, 21), false);
    assert.equal(insideTemplate(spans, 10, 10), false);
    assert.equal(insideTemplate(spans, 25, 25), true);
    assert.equal(insideTemplate(spans, 5, 5), false, 'a note at the start of template code is not inside it');
    assert.equal(insideTemplate(spans, 0, 3), false);
    assert.equal(insideTemplate([], 0, 3), false);
  });
});

describe('templates: touchesTemplate', () => {
  const spans: TemplateSpan[] = [{ start: 5, end: 10, kind: 'output' }];

  it('is true for edits that overlap template code or insert inside it', () => {
    assert.equal(touchesTemplate(spans, 0, 5), false);
    assert.equal(touchesTemplate(spans, 5, 5), false, 'inserting just before is fine');
    assert.equal(touchesTemplate(spans, 10, 10), false, 'inserting just after is fine');
    assert.equal(touchesTemplate(spans, 7, 7), true);
    assert.equal(touchesTemplate(spans, 0, 6), true);
    assert.equal(touchesTemplate(spans, 9, 12), true);
    assert.equal(touchesTemplate(spans, 0, 20), true);
    assert.equal(touchesTemplate(spans, 10, 20), false);
  });
});

describe('templates: check() stays fast on template-heavy and adversarial pages', () => {
  const timed = (text: string): number => {
    const started = performance.now();
    check(text);
    return performance.now() - started;
  };

  it('5,000 nested, unclosed {{ if }} … {{ else }} blocks cost about what the same page without them costs', () => {
    // Compared with the same page already masked (no template code left), so a busy machine slows both alike.
    const text = '<p>' + '{{ if .A }}<b id="x">a</b>{{ else }}'.repeat(5_000) + '</p>';
    const withoutTemplates = maskTemplates(text).text;
    timed(withoutTemplates);
    const baseline = timed(withoutTemplates);
    const elapsed = timed(text);
    assert.ok(elapsed < baseline * 3 + 300, `${elapsed.toFixed(0)} ms against ${baseline.toFixed(0)} ms without template code`);
  });

  it('a 100 KB layout full of template code', () => {
    const block =
      '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ if .Draft }}<span id="d">draft</span>{{ else }}<span id="d">live</span>{{ end }}</li>{{ end }}\n';
    const text = `<!doctype html><html lang="{{ .Lang }}"><head>{{ partial "head.html" . }}</head><body><ul>\n${block.repeat(Math.ceil(100_000 / block.length))}</ul></body></html>`;
    const withoutTemplates = maskTemplates(text).text;
    timed(withoutTemplates);
    const baseline = timed(withoutTemplates);
    timed(text);
    const elapsed = timed(text);
    assert.ok(elapsed < baseline * 2 + 100, `${elapsed.toFixed(0)} ms against ${baseline.toFixed(0)} ms without template code`);
  });
});
