// Writes the JSON schema of .contentbridge.json and the per-rule entries of the
// `contentBridge.rules` setting from the rules' own metadata, so neither can
// drift from the code. A unit test fails when they are out of date.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
  entryPoints: [path.join(root, 'src/core/config/schema.ts')],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  mainFields: ['module', 'main'],
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const { projectConfigSchema, rulesSchema } = module.exports;

const schemaFile = path.join(root, 'schemas/contentbridge.schema.json');
writeFileSync(schemaFile, JSON.stringify(projectConfigSchema(), null, 2) + '\n');

const packageFile = path.join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packageFile, 'utf8'));
const setting = pkg.contributes.configuration.properties['contentBridge.rules'];
setting.properties = rulesSchema().properties;
setting.additionalProperties = false;
writeFileSync(packageFile, JSON.stringify(pkg, null, 2) + '\n');
console.log(`Wrote ${path.relative(root, schemaFile)} and the contentBridge.rules setting in package.json (${Object.keys(setting.properties).length} rules).`);
