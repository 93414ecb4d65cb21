// Writes what is derived from the rules' own metadata, so none of it can drift
// from the code: the JSON schema of .contentbridge.json, the per-rule entries of
// the `contentBridge.rules` setting, and the index of rule docs; and the extension's
// English text bundle (l10n/bundle.l10n.json, see export-l10n.mjs). Unit tests fail
// when any of them is out of date.
import { build } from 'esbuild';
import { exportL10n } from './export-l10n.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
  stdin: {
    contents: "export { projectConfigSchema, rulesSchema } from './src/core/config/schema'; export { configurableRules } from './src/core/rules';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  mainFields: ['module', 'main'],
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const { projectConfigSchema, rulesSchema, configurableRules } = module.exports;

const schemaFile = path.join(root, 'schemas/contentbridge.schema.json');
writeFileSync(schemaFile, JSON.stringify(projectConfigSchema(), null, 2) + '\n');

const packageFile = path.join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packageFile, 'utf8'));
const setting = pkg.contributes.configuration.properties['contentBridge.rules'];
setting.properties = rulesSchema().properties;
setting.additionalProperties = false;
writeFileSync(packageFile, JSON.stringify(pkg, null, 2) + '\n');
const categories = [
  ['seo', 'Search (SEO)', 'Help search engines find, understand and show the page well.'],
  ['accessibility', 'Accessibility', 'Make the page usable by everyone, including people using screen readers, keyboards or zoom.'],
  ['content', 'Content', 'Catch text that was not meant to be published, and writing that is hard to read.'],
];
const tools = { axe: 'axe-core', lighthouse: 'Lighthouse', htmlhint: 'HTMLHint', markdownlint: 'markdownlint' };
const indexFile = path.join(root, 'docs/rules/README.md');
const index = readFileSync(indexFile, 'utf8');
const tables = categories
  .map(([category, heading, intro]) => {
    const rows = configurableRules
      .filter((rule) => rule.meta.category === category)
      .map(({ meta }) => {
        const equivalents = Object.entries(meta.equivalents).map(([tool, id]) => `${tools[tool]} \`${id}\``).join(', ') || '—';
        return `| [\`${meta.id}\`](${path.basename(meta.docPath)}) | ${meta.title} | ${meta.defaultSeverity} | ${equivalents} |`;
      });
    return `### ${heading}\n\n${intro}\n\n| Check | What it looks for | Severity | Same check in |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  })
  .join('\n');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
if (!index.includes(start) || !index.includes(end)) throw new Error(`docs/rules/README.md needs ${start} and ${end} around the tables`);
writeFileSync(indexFile, `${index.slice(0, index.indexOf(start) + start.length)}\n${tables}${index.slice(index.indexOf(end))}`);

console.log(`Wrote ${path.relative(root, schemaFile)}, the contentBridge.rules setting in package.json and docs/rules/README.md (${configurableRules.length} rules).`);

const l10nCount = exportL10n();
console.log(`Wrote l10n/bundle.l10n.json (${l10nCount} texts shown by the extension).`);
