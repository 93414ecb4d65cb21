import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from './fixtureExpectations';

/** Every file of the product's own code: what ships is built from these. */
function productFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...productFiles(full));
    else if (entry.name.endsWith('.ts')) found.push(full);
  }
  return found;
}

describe('dependencies', () => {
  it('lists only runtime packages the product imports (a listed package nothing imports is dead weight)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const sources = ['src', 'webview'].flatMap((folder) => productFiles(path.join(repositoryRoot, folder))).map((file) => fs.readFileSync(file, 'utf8'));
    const imported = (name: string) =>
      sources.some((text) =>
        [`from '${name}'`, `from '${name}/`, `require('${name}')`, `require('${name}/`, `import('${name}`].some((form) => text.includes(form)),
      );
    assert.deepEqual(
      Object.keys(manifest.dependencies).filter((name) => !imported(name)),
      [],
    );
  });

  it('pins every package exactly, so the tests run against the versions they were written for', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const ranged = ['dependencies', 'devDependencies'].flatMap((group) =>
      Object.entries(manifest[group] ?? {})
        .filter(([, version]) => !/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(version))
        .map(([name, version]) => `${name}@${version}`),
    );
    assert.deepEqual(ranged, []);
  });
});
