import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** package.nls.json, or undefined while the manifest still holds its texts itself. */
export function readNlsBundle(): Record<string, string> | undefined {
  const file = path.join(repoRoot, 'package.nls.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : undefined;
}

/** package.json as VS Code shows it: every `%key%` replaced by its text from package.nls.json. */
export function readLocalizedManifest(): any {
  const bundle = readNlsBundle() ?? {};
  return JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'), (_key, value: unknown) =>
    typeof value === 'string' && /^%[^%\s]+%$/.test(value) && value.slice(1, -1) in bundle ? bundle[value.slice(1, -1)] : value,
  );
}
