import * as assert from 'node:assert/strict';
import { checkCrossPage, siteRules } from '../../../src/core';
import { templateLinkTarget } from '../../../src/core/site/facts/templateLinks';
import { expectedSiteLines, findingLines, loadFixtureSite } from '../siteFixtures';

/**
 * Sites in test/fixtures/themeMenus/<generator>/ whose pages are linked only from a menu written in a theme's
 * templates with template code. Every cross-page finding must be a marked one (`expect-next-line: <rule-id>`).
 */
describe('menus written in theme templates', () => {
  for (const generator of ['hugo', 'jekyll', 'eleventy']) {
    it(`${generator}: pages linked only from the theme's menu are linked; template code is never reported`, () => {
      const site = loadFixtureSite(generator, 'themeMenus');
      assert.equal(site.index.generator, generator);
      const findings = checkCrossPage(site.index);
      let expectedCount = 0;
      for (const rule of siteRules) {
        for (const [file, text] of site.texts) {
          const expected = expectedSiteLines(text, rule.meta.id);
          expectedCount += expected.length;
          assert.deepEqual(findingLines(findings, file, rule.meta.id), expected, `${rule.meta.id} in ${file}`);
        }
      }
      assert.ok(expectedCount > 0);
    });
  }

  it('without reading the template code, the same menus leave their pages unlinked (so the fixtures can fail)', () => {
    for (const generator of ['hugo', 'jekyll', 'eleventy']) {
      const site = loadFixtureSite(generator, 'themeMenus');
      const pages = site.index.pages.map((page) => ({
        ...page,
        references: page.references.map(({ templateTarget: _target, ...reference }) => reference),
      }));
      const orphans = [...checkCrossPage({ ...site.index, pages }).values()].flat().filter((finding) => finding.ruleId === 'orphan-page');
      assert.ok(orphans.length >= 3, `${generator}: ${orphans.length}`);
    }
  });

  it('reads the usual forms of Hugo, Jekyll and Eleventy links, and leaves any other template code unknown', () => {
    const target = (written: string, generator: 'hugo' | 'jekyll' | 'eleventy') => templateLinkTarget(written, generator);
    assert.deepEqual(target('{{ "about/" | relURL }}', 'hugo'), { address: '/about/' });
    assert.deepEqual(target("{{- 'about' | absLangURL | safeURL -}}", 'hugo'), { address: '/about' });
    assert.deepEqual(target('{{ absURL "visit/" }}', 'hugo'), { address: '/visit/' });
    assert.deepEqual(target('{{ .Site.BaseURL }}contact/', 'hugo'), { address: '/contact/' });
    assert.deepEqual(target('{{ site.BaseURL }}', 'hugo'), { address: '/' });
    assert.deepEqual(target('{{ relref . "posts/hello.md#part" }}', 'hugo'), { files: ['content/posts/hello.md'] });
    assert.deepEqual(target('{{ ref $ "/about" }}', 'hugo'), {
      files: ['content/about.md', 'content/about/index.md', 'content/about/_index.md', 'content/about.html'],
    });
    assert.deepEqual(target('{{ "/about/" | relative_url }}', 'jekyll'), { address: '/about/' });
    assert.deepEqual(target('{{ site.url }}{{ site.baseurl }}/contact/', 'jekyll'), { address: '/contact/' });
    assert.deepEqual(target('{% link _pages/about.md %}', 'jekyll'), { files: ['_pages/about.md'] });
    assert.deepEqual(target('{{ site.baseurl }}{% post_url 2024-05-01-fair %}', 'jekyll'), {
      files: ['_posts/2024-05-01-fair.md', '_posts/2024-05-01-fair.markdown', '_posts/2024-05-01-fair.html'],
    });
    assert.deepEqual(target("{{ '/about/' | url }}", 'eleventy'), { address: '/about/' });
    for (const unknown of [
      '{{ .Permalink }}',
      '{{ .Site.BaseURL }}{{ .Section }}/',
      '{{ "about/" | upper }}',
      '{{ printf "%s/" .Name | relURL }}',
      '{% link {{ page.next }} %}',
      '{{ "about/" | relURL',
      '{% include nav.html %}',
    ])
      assert.equal(target(unknown, unknown.includes('{%') ? 'jekyll' : 'hugo'), undefined, unknown);
    // Jekyll's tags mean nothing on a Hugo site.
    assert.equal(target('{% link about.md %}', 'hugo'), undefined);
  });
});
