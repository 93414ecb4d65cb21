import { readFileSync } from 'node:fs';
import { decodeBytes } from '../core/text/decodeBytes';

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  /** One plain sentence for the person running the check. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Reads a file as text, or says in plain words why it cannot be read. Synchronous on purpose: the check of a
 * page takes far longer than reading it, and a promise per file cost more CPU than overlapping saved.
 */
export function readTextFile(absolutePath: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return { kind: 'unreadable', reason: describeReadError(error) };
  }
  return decodeText(bytes);
}

/**
 * Decodes as the editor does (UTF-8, or UTF-16 with a byte-order mark). A binary file is still text to
 * `check`, which answers it with the same one note the editor shows.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  return { kind: 'text', text: decodeBytes(bytes) };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file no longer exists. Check the path and run the check again';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to read it. Ask IT to check the file permissions';
    default:
      return `it could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
