import * as assert from 'node:assert/strict';
import { check, ruleById, type Finding, type Rule } from '../../../src/core';

function findings(text: string, ruleIds?: readonly string[], options: { path?: string } = {}): Finding[] {
  const rules = ruleIds?.map((id) => ruleById(id) as Rule);
  return check(text, { rules, path: options.path, generator: 'hugo' });
}

function described(list: readonly Finding[]): string {
  return list.map((finding) => `${finding.ruleId} ${finding.range.start.line + 1}:${finding.range.start.character + 1}: ${finding.message}`).join('\n');
}

const page = (head: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Opening hours at the library</title>\n<meta name="description" content="When the central library and its branches are open, including bank holidays and the summer weeks.">\n${head}\n</head>\n<body>\n<h1>Opening hours</h1>\n${body}\n</body>\n</html>\n`;

/** Attribute values written by template code are present but unknown: no rule may judge them. */
const unknownValues: readonly [rule: string, html: string][] = [
  ['html-lang-valid', '<!doctype html><html lang="{{ site.Language.Locale }}"><head><title>x</title></head></html>'],
  ['valid-lang', '<p lang="{{ .Lang }}">Bonjour tout le monde</p>'],
  ['aria-valid-attr-value', '<button aria-expanded="{{ .Open }}" aria-controls="{{ .Id }}">Menu</button>'],
  ['tabindex', '<div tabindex="{{ .Params.tabindex }}">Text</div>'],
  ['image-alt-quality', '<img src="a.png" alt="{{ .Params.alt }}" width="1" height="1">'],
  ['image-alt-quality', '<img src="{{ .src }}" alt="{{ .src }}" width="1" height="1">'],
  ['link-text', '<a href="{{ .Permalink }}">{{ .LinkTitle }}</a>'],
  ['link-name', '<a href="{{ .Permalink }}">{{ .LinkTitle }}</a>'],
  ['canonical', '<link rel="canonical" href="{{ .Permalink }}">'],
  ['hreflang', '<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}"><link rel="alternate" hreflang="x-default" href="https://example.org/">'],
  ['meta-refresh', '<meta http-equiv="refresh" content="{{ .Params.delay }}">'],
  ['meta-viewport', '<meta name="viewport" content="{{ site.Params.viewport }}">'],
  ['color-contrast', '<p style="color: {{ .Params.color }}; background: #fff">Text</p>'],
  ['td-headers-attr', '<table><tr><th id="h">H</th></tr><tr><td headers="{{ .header }}">1</td></tr></table>'],
  ['duplicate-id', '{{ range .Pages }}<h2 id="{{ .Slug }}">{{ .Title }}</h2>{{ end }}<h2 id="{{ .File }}">x</h2>'],
  ['unsized-images', '<img src="a.png" alt="A map" width="{{ .Width }}" height="{{ .Height }}">'],
  ['empty-heading', '<h2>{{ .Title }}</h2><h3>{% include "title.html" %}</h3>'],
  ['document-title', '<!doctype html><html><head><title>{{ .Title }}</title></head></html>'],
  ['list', '<ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}{{ partial "more.html" . }}</ul>'],
  ['definition-list', '<dl>{% for t in terms %}<dt>{{ t.term }}</dt><dd>{{ t.text }}</dd>{% endfor %}{{ extra }}</dl>'],
  ['button-name', '<button>{{ i18n "search" }}</button>'],
  ['frame-title', '<iframe src="{{ .src }}" title="{{ .title }}"></iframe>'],
  [
    'structured-data',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"{{ .Title }}","wordCount": {{ .WordCount }}}</script>',
  ],
  ['structured-data', '<script type="application/ld+json">{{ partial "schema.json" . }}</script>'],
  ['link-new-window', '<a href="{{ .URL }}" target="_blank">{{ .Name }}</a>'],
  ['accesskeys', '<button accesskey="{{ .k }}">A</button><button accesskey="{{ .k }}">B</button>'],
  ['aria-roles', '<div role="{{ .role }}">x</div>'],
  ['scope-attr-valid', '<table><tr><th scope="{{ .s }}">H</th></tr><tr><td>1</td></tr></table>'],
  ['identical-link-text', '<ul><li><a href="{{ .A }}">{{ .Title }}</a></li><li><a href="{{ .B }}">{{ .Title }}</a></li></ul>'],
];

/** Elements in different branches of one template conditional are never built together. */
const branchCases: readonly [rule: string, html: string][] = [
  ['duplicate-id', '{{ if .IsHome }}<h1 id="site-title">A</h1>{{ else }}<p id="site-title">A</p>{{ end }}'],
  ['duplicate-id', '{{#if user}}<h1 id="w">Hi</h1>{{else if guest}}<h1 id="w">Hello</h1>{{else}}<h1 id="w">Welcome</h1>{{/if}}'],
  ['duplicate-id', '{% if a %}<p id="x">1</p>{% elsif b %}<p id="x">2</p>{% else %}<p id="x">3</p>{% endif %}'],
  ['duplicate-id', '{% if a %}<p id="x">1</p>{% elif b %}<p id="x">2</p>{% endif %}'],
  ['duplicate-id', '<% if a %><p id="x">1</p><% elsif b %><p id="x">2</p><% else %><p id="x">3</p><% end %>'],
  ['duplicate-id', '<% if (a) { %><p id="x">1</p><% } else { %><p id="x">2</p><% } %>'],
  ['duplicate-id', '<?php if ($a): ?><p id="x">1</p><?php else: ?><p id="x">2</p><?php endif; ?>'],
  ['duplicate-id', '<?php if ($a) { ?><p id="x">1</p><?php } else { ?><p id="x">2</p><?php } ?>'],
  ['duplicate-id-aria', '<label for="q">Search</label>{{ if .A }}<input id="q">{{ else }}<input id="q" type="search">{{ end }}'],
  ['single-h1', '{{ if .IsHome }}<h1>Home</h1>{{ else }}<h1>{{ .Title }}</h1>{{ end }}'],
  ['is-crawlable', '{{ if hugo.IsProduction }}<meta name="robots" content="index">{{ else }}<meta name="robots" content="noindex">{{ end }}'],
  ['is-crawlable', '{% if jekyll.environment != "production" %}<meta name="robots" content="noindex">{% endif %}'],
  ['canonical', '{{ if .A }}<link rel="canonical" href="https://example.org/a/">{{ else }}<link rel="canonical" href="https://example.org/b/">{{ end }}'],
];

describe('templates: rules leave template code alone', () => {
  for (const [ruleId, body] of unknownValues) {
    it(`${ruleId}: template code is present but unknown in ${body.slice(0, 60)}`, () => {
      const result = findings(body.startsWith('<!doctype') ? body : page('', body), [ruleId]);
      assert.deepEqual(result, [], described(result));
    });
  }
  for (const [ruleId, body] of branchCases) {
    it(`${ruleId}: different branches are not duplicates in ${body.slice(0, 60)}`, () => {
      const text = (body.includes('<meta') || body.includes('<link') ? page(body, '') : page('', body)).replace(
        ruleId === 'single-h1' ? '<h1>Opening hours</h1>' : '\u0000',
        '',
      );
      const result = findings(text, [ruleId]);
      assert.deepEqual(result, [], described(result));
    });
  }
});

describe('templates: real problems next to template code are still reported', () => {
  it('reports duplicates in the same branch, and an unconditional noindex', () => {
    const text = page('<meta name="robots" content="noindex">', '{{ if .A }}<p id="x">1</p><p id="x">2</p>{{ else }}<p id="x">3</p>{{ end }}');
    const result = findings(text, ['duplicate-id', 'is-crawlable']);
    assert.deepEqual(
      result.map((finding) => [finding.ruleId, text.slice(finding.startOffset, finding.endOffset)]),
      [
        ['is-crawlable', '<meta name="robots" content="noindex">'],
        ['duplicate-id', 'id="x"'],
      ],
    );
    const duplicate = result[1]!;
    assert.equal(duplicate.startOffset, text.indexOf('<p id="x">2') + 3);
  });

  it('reports an image without alt text whose src is template code, at its exact place, with its fix', () => {
    const text = '<ul>\n  {{ range .Pages }}\n  <li><img src="{{ .Params.image }}" width="10" height="10"></li>\n  {{ end }}\n</ul>\n';
    const [finding, ...rest] = findings(text, ['image-alt']);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(finding!.startOffset, finding!.endOffset), '<img src="{{ .Params.image }}" width="10" height="10">');
    assert.deepEqual(finding!.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 60 } });
    const edits = finding!.fixes.flatMap((fix) => fix.edits);
    assert.ok(edits.length > 0, 'the alt text fix is kept: it does not touch the template code');
    for (const edit of edits) assert.ok(!edit.newText.includes('\uE000'));
  });

  it('reports "click here" link text whose address is template code', () => {
    const text = '<p>{% if a %}To book, <a href="{{ url }}">click here</a>{% endif %}</p>';
    const [finding] = findings(text, ['link-text']);
    assert.equal(text.slice(finding!.startOffset, finding!.endOffset), '<a href="{{ url }}">');
    assert.match(finding!.message, /"click here"/);
  });

  it('reports text written directly inside a list next to template code, not the template code', () => {
    const text = '<ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}Loose words</ul>';
    const result = findings(text, ['list']);
    assert.equal(result.length, 1, described(result));
    assert.equal(text.slice(result[0]!.startOffset, result[0]!.endOffset).trim(), 'Loose words');
  });

  it('a layout gets element checks but no page-level checks', () => {
    const text = '<!doctype html>\n<html lang="{{ .Lang }}">\n<head>{{ partial "head.html" . }}</head>\n<body><img src="logo.png"></body>\n</html>\n';
    const ids = findings(text, undefined, { path: 'layouts/_default/baseof.html' }).map((finding) => finding.ruleId);
    assert.ok(ids.includes('image-alt'), ids.join());
    for (const pageLevel of ['document-title', 'meta-description', 'viewport', 'social-tags', 'page-has-heading-one', 'html-has-lang'])
      assert.ok(!ids.includes(pageLevel), ids.join());
    // The same file outside the layout folders is still recognised as a layout by its head partial.
    const elsewhere = findings(text, undefined, { path: 'site/base.html' }).map((finding) => finding.ruleId);
    assert.ok(!elsewhere.includes('document-title'), elsewhere.join());
    // And a real page is asked for its title.
    const realPage = findings('<!doctype html>\n<html lang="en"><head></head><body><p>{{ .Content }}</p></body></html>', ['document-title'], {
      path: 'public/index.html',
    });
    assert.equal(realPage.length, 0, 'a page placing {{ .Content }} is a layout');
    const plain = findings('<!doctype html>\n<html lang="en"><head></head><body><p>{{ .Title }}</p></body></html>', ['document-title'], {
      path: 'public/index.html',
    });
    assert.equal(plain.length, 1);
  });
});
