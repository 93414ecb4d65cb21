import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { repositoryRoot } from '../fixtureExpectations';

/** The core runs in desktop VS Code, VS Code for the Web, the CLI and tests alike, so it may not reach for vscode or Node. */
describe('src/core stays pure', () => {
  const coreRoot = path.join(repositoryRoot, 'src', 'core');
  const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

  function sourceFiles(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
    });
  }

  function importedModules(source: string): string[] {
    const specifiers = [
      ...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
      ...source.matchAll(/\bimport\s+['"]([^'"]+)['"]/g),
      ...source.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ];
    return specifiers.map((match) => match[1]);
  }

  it('finds the core sources', () => {
    assert.ok(sourceFiles(coreRoot).length >= 10);
  });

  it('imports neither vscode nor any Node built-in', () => {
    const offences = sourceFiles(coreRoot).flatMap((file) =>
      importedModules(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => forbidden.has(specifier) || forbidden.has(specifier.split('/')[0]))
        .map((specifier) => `${path.relative(repositoryRoot, file)} imports "${specifier}"`),
    );
    assert.deepEqual(offences, []);
  });

  it('would catch an offending import', () => {
    assert.deepEqual(importedModules(`import * as fs from 'fs';\nconst v = require("vscode");`), ['fs', 'vscode']);
  });
});
