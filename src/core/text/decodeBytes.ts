/**
 * Turns a file's bytes into text as editors do: a byte-order mark says UTF-8 or UTF-16 (and is dropped);
 * anything else is read as UTF-8, leniently, so an old Latin-1 page still gets checked. What the text then
 * holds (NUL characters of a binary file, say) is for `check` to judge, the same for the editor and the CLI.
 */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
