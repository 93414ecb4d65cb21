import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentKindOf } from '../../../src/core';
import type { CheckOptions } from '../../../src/core/check';
import { checkMarkdown, checkMarkdownPages } from '../../../src/core/markdown/checkMarkdown';
import { checkPagesWithFacts, checkWithFacts } from '../../../src/core/site/checkWithFacts';
import { fixturesRoot } from '../fixtureExpectations';

function pageFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && documentKindOf(entry.name)) found.push(path.join(entry.parentPath, entry.name));
  }
  return found.sort();
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

describe('pages checked together', () => {
  it('give every fixture page (HTML, Markdown, templates, sites) the findings and facts it gets checked alone', function () {
    this.timeout(180_000);
    const pages = pageFiles(fixturesRoot).map((absolute) => ({
      text: fs.readFileSync(absolute, 'utf8'),
      options: { path: path.relative(fixturesRoot, absolute).split(path.sep).join('/'), generator: 'plain' as const },
    }));
    assert.ok(pages.filter((page) => page.options.path.endsWith('.md')).length > 50);
    for (const batch of inBatches(pages, 24)) {
      const together = checkPagesWithFacts(batch);
      batch.forEach((page, index) => assert.deepEqual(together[index], checkWithFacts(page.text, page.options), page.options.path));
    }
  });

  it('keep each Markdown page’s own settings, front matter and parse when markdownlint reads them in one call', () => {
    const strict = { MD001: true, MD025: { front_matter_title: '' } };
    const quiet = { rules: { 'heading-order': 'off' as const, 'link-name': 'off' as const } };
    const pages: { text: string; options: CheckOptions }[] = [
      { text: '---\ntitle: One\n---\n\n# Heading\n\n### Skipped a level\n\n[](empty.html)\n', options: {} },
      { text: '---\ntitle: Two\ndescription: A longer block\n---\n\n# Heading\n\n### Skipped a level\n', options: { markdownlint: strict } },
      { text: '# First\n\n# Second title\n\n### Skipped\n\n[](empty.html)\n', options: { config: quiet } },
      { text: '+++\ntitle = "Toml"\n+++\n\n# Title\n\n#### Deep\n', options: {} },
      { text: 'binary\u0000file', options: {} },
      { text: `${'> '.repeat(200)}too deep\n`, options: {} },
      { text: '---\ntitle: One\n---\n\n# Heading\n\n### Skipped a level\n\n[](empty.html)\n', options: { config: quiet } },
    ];
    const together = checkMarkdownPages(pages);
    const alone = pages.map((page) => checkMarkdown(page.text, page.options));
    assert.deepEqual(together, alone);
    // The pages differ, so a mix-up between them would show: the skipped level is reported where its check is on only.
    const ids = (index: number) => together[index]!.map((finding) => finding.ruleId);
    assert.ok(ids(0).includes('heading-order') && !ids(6).includes('heading-order'), JSON.stringify([ids(0), ids(6)]));
    assert.ok(ids(2).includes('MD025'), JSON.stringify(ids(2)));
    assert.notDeepEqual(together[0], together[6]);
  });
});
