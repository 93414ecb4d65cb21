import { readFile } from 'node:fs/promises';

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  /** One plain sentence for the person running the check. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/** Reads a file as UTF-8 text, or says in plain words why it cannot be checked. */
export async function readTextFile(absolutePath: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    return { kind: 'unreadable', reason: describeReadError(error) };
  }
  return decodeText(bytes);
}

/**
 * Decodes UTF-8 (dropping a byte-order mark, as editors do). NUL bytes mean the
 * file is binary or saved as UTF-16, which would only produce nonsense findings.
 * Other invalid bytes (an old Latin-1 page, say) are decoded leniently so the page
 * still gets checked.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) {
    return { kind: 'unreadable', reason: 'it is not UTF-8 text (it contains NUL bytes). Save it as UTF-8 in your editor, or leave it out of the check' };
  }
  return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
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
