import * as assert from 'node:assert/strict';
import { detectSiteGenerator } from '../../../src/core/site/generator';
import { fileRoleOf } from '../../../src/core/site/fileRole';
import { TemplateBranches } from '../../../src/core/templates/branches';
import { maskTemplates } from '../../../src/core/templates/mask';

describe('site: detectSiteGenerator', () => {
  const cases: readonly [names: string[], packageJson: unknown, expected: string][] = [
    [['hugo.toml', 'content', 'layouts'], undefined, 'hugo'],
    [['hugo.yaml'], undefined, 'hugo'],
    [['config.toml', 'content', 'static'], undefined, 'hugo'],
    [['config.toml', 'archetypes'], undefined, 'hugo'],
    [['config.toml', 'src'], undefined, 'plain'],
    [['_config.yml', 'Gemfile', '_posts'], undefined, 'jekyll'],
    [['Gemfile', '_posts', 'index.md'], undefined, 'jekyll'],
    [['.eleventy.js', 'package.json'], {}, 'eleventy'],
    [['eleventy.config.mjs'], undefined, 'eleventy'],
    [['package.json', 'src'], { devDependencies: { '@11ty/eleventy': '^3.0.0' } }, 'eleventy'],
    [['astro.config.mjs', 'package.json'], undefined, 'astro'],
    [['package.json'], { dependencies: { astro: '^5.0.0' } }, 'astro'],
    [['docusaurus.config.ts', 'package.json'], { dependencies: { '@docusaurus/core': '3' } }, 'docusaurus'],
    [['package.json'], { dependencies: { '@docusaurus/core': '3' } }, 'docusaurus'],
    [['mkdocs.yml', 'docs'], undefined, 'mkdocs'],
    [['index.html', 'about.html', 'css'], undefined, 'plain'],
    [[], 'not an object', 'plain'],
    [['package.json'], { dependencies: null, devDependencies: ['x'] }, 'plain'],
  ];
  for (const [names, packageJson, expected] of cases) {
    it(`${names.join(', ') || '(empty folder)'} → ${expected}`, () => {
      assert.equal(detectSiteGenerator(names, packageJson), expected);
    });
  }
});

describe('site: fileRoleOf', () => {
  const cases: readonly [path: string, generator: Parameters<typeof fileRoleOf>[1], expected: string][] = [
    ['layouts/_default/baseof.html', 'hugo', 'layout'],
    ['layouts/partials/head.html', 'hugo', 'layout'],
    ['themes/ananke/layouts/index.html', 'hugo', 'layout'],
    ['content/posts/first.md', 'hugo', 'page'],
    ['static/old/index.html', 'hugo', 'page'],
    ['_layouts/default.html', 'jekyll', 'layout'],
    ['_includes/head.html', 'jekyll', 'layout'],
    ['about.html', 'jekyll', 'page'],
    ['_includes/layouts/base.njk', 'eleventy', 'layout'],
    ['src/_includes/base.njk', 'eleventy', 'layout'],
    ['blog/index.njk', 'eleventy', 'page'],
    ['src/layouts/Base.astro', 'astro', 'layout'],
    ['src/components/Card.html', 'astro', 'layout'],
    ['src/pages/index.html', 'astro', 'page'],
    ['src/theme/Footer/index.html', 'docusaurus', 'layout'],
    ['overrides/main.html', 'mkdocs', 'layout'],
    ['docs/index.md', 'mkdocs', 'page'],
    ['includes/header.php', 'plain', 'layout'],
    ['views/partials/nav.hbs', 'plain', 'layout'],
    ['_partials/footer.html', 'plain', 'layout'],
    ['index.html', 'plain', 'page'],
    ['./about/index.html', 'plain', 'page'],
    ['theme/main.html', 'plain', 'page'],
  ];
  for (const [path, generator, expected] of cases) {
    it(`${generator}: ${path} is a ${expected}`, () => {
      assert.equal(fileRoleOf(path, generator), expected);
    });
  }
});

describe('templates: branches', () => {
  function branches(text: string): { at: (marker: string) => number; exclusive: (a: string, b: string) => boolean } {
    const tree = TemplateBranches.of(text, maskTemplates(text).spans);
    const at = (marker: string) => {
      const index = text.indexOf(marker);
      assert.ok(index >= 0, marker);
      return index;
    };
    return { at, exclusive: (a, b) => tree.mutuallyExclusive(at(a), at(b)) };
  }

  it('Go templates: if / else if / else / end, nested, and range … else', () => {
    const t = branches('A{{ if .X }}B{{ if .Y }}C{{ else }}D{{ end }}{{ else if .Z }}E{{ else }}F{{ end }}G{{ range .P }}H{{ else }}I{{ end }}');
    assert.equal(t.exclusive('B', 'E'), true);
    assert.equal(t.exclusive('C', 'D'), true);
    assert.equal(t.exclusive('C', 'F'), true);
    assert.equal(t.exclusive('B', 'C'), false);
    assert.equal(t.exclusive('A', 'B'), false);
    assert.equal(t.exclusive('G', 'F'), false);
    assert.equal(t.exclusive('H', 'I'), true);
  });

  it('a with block closed by end does not swallow the outer if', () => {
    const t = branches('{{ if .A }}{{ with .B }}X{{ end }}Y{{ else }}Z{{ end }}');
    assert.equal(t.exclusive('Y', 'Z'), true);
    assert.equal(t.exclusive('X', 'Z'), true);
  });

  it('Liquid: unless, case/when, and unrelated blocks in between', () => {
    const t = branches('{% case x %}{% when 1 %}A{% capture c %}q{% endcapture %}{% when 2 %}B{% else %}C{% endcase %}');
    assert.equal(t.exclusive('A', 'B'), true);
    assert.equal(t.exclusive('B', 'C'), true);
  });

  it('ERB do … end blocks balance their end', () => {
    const t = branches('<% if a %><% items.each do |i| %>A<% end %>B<% else %>C<% end %>D');
    assert.equal(t.exclusive('B', 'C'), true);
    assert.equal(t.exclusive('A', 'C'), true);
    assert.equal(t.exclusive('D', 'C'), false);
  });

  it('unbalanced code never throws', () => {
    const t = branches('{{ end }}{{ end }}A{{ else }}B{% endif %}{{/if}}<% } %>C');
    assert.equal(t.exclusive('A', 'C'), false);
  });
});
