import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, type Finding } from '../../../src/core';
import { maskTemplates } from '../../../src/core/templates/mask';
import type { SiteGenerator } from '../../../src/core/site/generator';
import { fileRoleOf } from '../../../src/core/site/fileRole';
import { actualFindingLines, expectedFindingLines, fixturesRoot } from '../fixtureExpectations';

/** Each folder is a small site for one template language, with the generator whose conventions it follows. */
const sites: readonly { folder: string; generator: SiteGenerator }[] = [
  { folder: 'hugo', generator: 'hugo' },
  { folder: 'jekyll', generator: 'jekyll' },
  { folder: 'eleventy', generator: 'eleventy' },
  { folder: 'handlebars', generator: 'plain' },
  { folder: 'erb', generator: 'plain' },
  { folder: 'ejs', generator: 'plain' },
  { folder: 'php', generator: 'plain' },
];

/** Checks that only make sense for a whole page: they must never run on a layout. */
const pageLevelRules = ['document-title', 'meta-description', 'html-has-lang', 'viewport', 'social-tags', 'page-has-heading-one', 'single-h1', 'readability'];

function filesUnder(root: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full));
    else found.push(full);
  }
  return found.sort();
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.ruleId}: ${finding.message}`).join('\n');
}

describe('templates: fixture sites', () => {
  for (const { folder, generator } of sites) {
    const root = path.join(fixturesRoot, 'templates', folder);
    if (!fs.existsSync(root)) continue;
    for (const file of filesUnder(root)) {
      const sitePath = path.relative(root, file).split(path.sep).join('/');
      it(`${folder}/${sitePath}: findings only where expected, none inside template code`, () => {
        const text = fs.readFileSync(file, 'utf8');
        const findings = check(text, { path: sitePath, generator });
        const ruleIds = new Set([
          ...findings.map((finding) => finding.ruleId),
          ...[...text.matchAll(/expect-next-line:\s*([\w-]+)/g)].map((match) => match[1]!),
        ]);
        for (const ruleId of ruleIds) {
          assert.deepEqual(
            actualFindingLines(findings, ruleId),
            expectedFindingLines(text, ruleId),
            `${ruleId} in ${sitePath}:\n${describeFindings(findings)}`,
          );
        }
        const { spans } = maskTemplates(text);
        for (const finding of findings) {
          const inside = spans.some((span) => finding.startOffset >= span.start && finding.endOffset <= span.end && finding.startOffset < span.end);
          assert.ok(!inside, `finding inside template code: ${describeFindings([finding])}`);
        }
        if (fileRoleOf(sitePath, generator) === 'layout') {
          const pageLevel = findings.filter((finding) => pageLevelRules.includes(finding.ruleId));
          assert.deepEqual(pageLevel, [], `page-level findings on a layout:\n${describeFindings(pageLevel)}`);
        }
      });
    }
  }
});
