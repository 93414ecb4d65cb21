import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules, siteRules } from '../../src/core';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

describe('rule doc pages', () => {
  for (const { meta } of [...allRules, ...siteRules]) {
    describe(meta.id, () => {
      const docFile = path.join(repoRoot, meta.docPath);

      it(`has its page at ${meta.docPath}`, () => {
        assert.ok(existsSync(docFile), `missing ${meta.docPath}`);
      });

      it('names the same check in axe-core, Lighthouse and HTMLHint', () => {
        const doc = readFileSync(docFile, 'utf8');
        for (const [tool, equivalentId] of Object.entries(meta.equivalents)) {
          assert.ok(doc.includes(`\`${equivalentId}\``), `${meta.docPath} does not name the ${tool} check \`${equivalentId}\``);
        }
      });

      it('explains how to turn it off', () => {
        const doc = readFileSync(docFile, 'utf8');
        assert.ok(doc.includes(`"contentBridge.rules": { "${meta.id}": "off" }`), `${meta.docPath} does not show how to turn the check off`);
      });

      it('is listed in the index', () => {
        const index = readFileSync(path.join(repoRoot, 'docs', 'rules', 'README.md'), 'utf8');
        assert.ok(index.includes(`](${path.basename(meta.docPath)})`), `docs/rules/README.md does not link to ${meta.docPath}`);
      });
    });
  }
});
