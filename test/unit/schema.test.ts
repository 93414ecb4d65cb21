import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules, projectConfigSchema, rulesSchema } from '../../src/core';
import { readLocalizedManifest } from './manifest';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const outOfDate = 'out of date with the rules: run `npm run generate`';

describe('config schema', () => {
  it(`schemas/contentbridge.schema.json matches the rules (else ${outOfDate})`, () => {
    assert.deepEqual(readJson('schemas/contentbridge.schema.json'), projectConfigSchema(), outOfDate);
  });

  it(`the contentBridge.rules setting in package.json offers the same entries (else ${outOfDate})`, () => {
    const setting = readLocalizedManifest().contributes.configuration.properties['contentBridge.rules'];
    assert.deepEqual(setting.properties, rulesSchema().properties, outOfDate);
  });

  it('is contributed for .contentbridge.json, so VS Code completes and validates it', () => {
    assert.deepEqual(readJson('package.json').contributes.jsonValidation, [{ fileMatch: '.contentbridge.json', url: './schemas/contentbridge.schema.json' }]);
  });

  it('every rule option has a default of its declared type and a description', () => {
    for (const { meta } of allRules) {
      for (const [name, spec] of Object.entries(meta.options ?? {})) {
        const expected = spec.type === 'integer' ? 'number' : spec.type;
        assert.equal(typeof spec.default, expected, `${meta.id}.${name}`);
        assert.ok(spec.description.length > 10, `${meta.id}.${name} needs a description`);
      }
    }
  });
});
