import { parse, TomlError } from 'smol-toml';
import type { Span } from '../html/parse';
import { LineIndex } from '../text/lineIndex';
import type { FrontMatterEntry } from './frontMatter';
import { dotted, isPlainObject, maxSettingsDepth, unreadable, type ReaderResult } from './readerResult';
import { tomlKeyPositions, type KeyPosition } from './tomlKeyPositions';

/**
 * Reads TOML front matter (Hugo's `+++`) with `smol-toml` for the values, then finds where each key is written with
 * a scan of the lines. A key whose position cannot be found on its own (inside an inline table) takes its parent's.
 */
export function readToml(text: string, content: Span): ReaderResult {
  const source = text.slice(content.start, content.end);
  let values: Record<string, unknown>;
  try {
    values = parse(source, { maxDepth: maxSettingsDepth }) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const offset = content.start + new LineIndex(source).offsetAt({ line: error.line - 1, character: error.column - 1 });
    return unreadable(`${tomlReason(error)}.`, { start: offset, end: offset }, text);
  }
  const positions = tomlKeyPositions(source);
  const at = (span: Span): Span => ({ start: content.start + span.start, end: content.start + span.end });
  const entries = new Map<string, FrontMatterEntry>();
  const pending: Array<{ table: Record<string, unknown>; prefix: string; fallback: KeyPosition }> = [
    { table: values, prefix: '', fallback: { keySpan: { start: 0, end: 0 }, valueSpan: { start: 0, end: 0 } } },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const [name, value] of Object.entries(next.table)) {
      const key = dotted(next.prefix, name);
      const position = positions.get(key) ?? next.fallback;
      entries.set(key, { key, value, keySpan: at(position.keySpan), valueSpan: at(position.valueSpan) });
      if (isPlainObject(value)) pending.push({ table: value, prefix: key, fallback: position });
    }
  }
  return { entries: new Map([...entries].sort((a, b) => a[1].keySpan.start - b[1].keySpan.start)) };
}

/** The library's reason without its "Invalid TOML document:" prefix and the code excerpt after it. */
function tomlReason(error: TomlError): string {
  const first = error.message.split('\n')[0]!;
  const reason = first.replace(/^Invalid TOML document:\s*/, '');
  return reason === 'invalid value' ? 'a value here is missing or not written correctly (text needs "double quotes")' : reason;
}
