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
  const positions = withImplicitTables(tomlKeyPositions(source));
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

/** Plain words for `smol-toml`'s most common messages; others keep the library's own. */
const plainReasons: Readonly<Record<string, string>> = {
  'invalid value': 'a value here is missing or not written correctly (text needs "double quotes")',
  'unfinished string': 'a closing quote is missing here',
  'unfinished array': 'a closing ] is missing here',
  'unfinished table': 'a closing ] or } is missing here',
  'expected comma or end of structure': 'a comma or a closing bracket is missing here',
  'each key-value declaration must be followed by an end-of-line': 'each setting must be on a line of its own (is a quote missing around the value?)',
  'trying to redefine an already defined value': 'this setting is written twice. Keep one of them',
  'trying to redefine an already defined table or value': 'this setting or [section] is written twice. Keep one of them',
  'incomplete key-value: cannot find end of key': 'a setting here has no = and value',
  'illegal character in key': 'a setting name here has a character that needs quotes around the name',
  'unrecognised escape sequence': 'a backslash inside quotes here starts an escape that does not exist (write \\\\ for a backslash)',
  'document contains excessively nested structures. aborting.': `they are nested more than ${maxSettingsDepth} levels deep`,
};

/** The library's reason without its "Invalid TOML document:" prefix and the code excerpt after it, in plain words. */
function tomlReason(error: TomlError): string {
  const first = error.message.split('\n')[0]!;
  const reason = first.replace(/^Invalid TOML document:\s*/, '');
  return plainReasons[reason] ?? reason;
}

/**
 * Tables that are only named as part of longer keys (`seo.title = …`, `[params.social]` without `[params]`) take the
 * place of their first key, so a finding about them points at something the writer wrote.
 */
function withImplicitTables(positions: Map<string, KeyPosition>): Map<string, KeyPosition> {
  const all = new Map(positions);
  for (const [path, position] of positions) {
    for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
      const parent = path.slice(0, dot);
      if (all.has(parent)) break;
      all.set(parent, position);
    }
  }
  return all;
}
