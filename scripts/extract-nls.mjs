// `node scripts/extract-nls.mjs`: moves every text people read in package.json (command titles and categories,
// setting descriptions and choices, view names, the walkthrough, the extension's own description) into
// package.nls.json, leaving `%key%` in its place, so VS Code can show a translation (package.nls.<language>.json).
// Idempotent: run it again after adding or changing text (`npm run generate` does), and only the new or changed
// literals move; keys no longer used are dropped. Keys come from the JSON path, named by ids rather than positions
// where an entry has one, so they stay the same when entries are reordered.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Fields whose string values people read, wherever they appear in the manifest's contributions. */
const TEXT_FIELDS = new Set([
  'title',
  'shortTitle',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'enumItemLabels',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'name',
  'contextualTitle',
  'contents',
  'category',
  'label',
  'altText',
]);

/** An array entry is named by the first of these it has, so its key does not depend on its position. */
const ENTRY_IDS = ['command', 'id', 'view'];

const PLACEHOLDER = /^%[^%\s]+%$/;

/** True for a value that is already a `%key%` reference to package.nls.json. */
export function isPlaceholder(value) {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/**
 * Every text people read in the manifest, with its stable key and a setter that replaces it: the extension's
 * display name and description, the capabilities' descriptions, and the text fields of `contributes`.
 * @returns {{ key: string, value: string, set: (value: string) => void }[]}
 */
export function userFacingStrings(manifest) {
  const found = [];
  for (const field of ['displayName', 'description']) {
    if (typeof manifest[field] === 'string') found.push(entry(manifest, field, field));
  }
  for (const [kind, capability] of Object.entries(manifest.capabilities ?? {})) {
    if (capability && typeof capability.description === 'string') found.push(entry(capability, 'description', `capabilities.${kind}.description`));
  }
  walk(manifest.contributes ?? {}, [], found);
  return found;
}

function walk(node, keyPath, found) {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, [...keyPath, entryName(item, index)], found));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [field, value] of Object.entries(node)) {
    if (TEXT_FIELDS.has(field) && typeof value === 'string') {
      found.push(entry(node, field, [...keyPath, field].join('.')));
    } else if (TEXT_FIELDS.has(field) && Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      value.forEach((_, index) => found.push(entry(value, index, [...keyPath, field, index].join('.'))));
    } else {
      walk(value, [...keyPath, field], found);
    }
  }
}

function entryName(item, index) {
  if (item && typeof item === 'object') {
    for (const idField of ENTRY_IDS) if (typeof item[idField] === 'string') return item[idField];
  }
  return String(index);
}

function entry(holder, field, key) {
  return { key, value: holder[field], set: (value) => (holder[field] = value) };
}

/**
 * Moves the literals into `nls` (keeping texts already there) and returns the new manifest and bundle.
 * @returns {{ manifest: object, nls: Record<string, string>, moved: number }}
 */
export function extractNls(manifest, existingNls) {
  const next = structuredClone(manifest);
  const nls = {};
  let moved = 0;
  for (const { key, value, set } of userFacingStrings(next)) {
    if (isPlaceholder(value)) {
      const referenced = value.slice(1, -1);
      if (referenced in existingNls) nls[referenced] = existingNls[referenced];
      continue;
    }
    nls[key] = value;
    set(`%${key}%`);
    moved++;
  }
  return { manifest: next, nls, moved };
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const manifestFile = path.join(root, 'package.json');
  const nlsFile = path.join(root, 'package.nls.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  let existing = {};
  try {
    existing = JSON.parse(readFileSync(nlsFile, 'utf8'));
  } catch {
    // No bundle yet: every text moves.
  }
  const { manifest: next, nls, moved } = extractNls(manifest, existing);
  const missing = userFacingStrings(next).filter(({ value }) => isPlaceholder(value) && !(value.slice(1, -1) in nls));
  if (missing.length > 0) throw new Error(`package.json refers to texts missing from package.nls.json: ${missing.map(({ value }) => value).join(', ')}`);
  writeFileSync(manifestFile, JSON.stringify(next, null, 2) + '\n');
  writeFileSync(nlsFile, JSON.stringify(nls, null, 2) + '\n');
  console.log(`package.nls.json: ${Object.keys(nls).length} texts (${moved} moved from package.json).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
