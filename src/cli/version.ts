import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The version in package.json, which sits one folder above the bundled dist/cli.js. */
export function packageVersion(): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
