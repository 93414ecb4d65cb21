import { isMap, isScalar, parseDocument, type Node, type YAMLMap, type YAMLError } from 'yaml';
import type { Span } from '../html/parse';
import type { FrontMatterEntry } from './frontMatter';
import { hostileYaml } from './yamlGuard';
import { dotted, isPlainObject, maxSettingsDepth, unreadable, type ReaderResult } from './readerResult';

/** Plain words for the `yaml` library's most common error codes; others keep the library's own first line. */
const plainReasons: Readonly<Record<string, string>> = {
  BAD_ALIAS: 'a reference (*name) here does not match any anchor (&name) above it.',
  BAD_DIRECTIVE: 'a line here starts with %, which is read as an instruction. Put the value in double quotes.',
  BAD_DQ_ESCAPE: 'a backslash inside double quotes here starts an escape that does not exist. Write \\\\ for a backslash.',
  BAD_INDENT: 'a line here is indented more or less than the lines around it. Line up each setting with the others.',
  BAD_SCALAR_START: 'a value here starts with a character that needs quotes (such as @, ` or %). Put the value in double quotes.',
  BLOCK_AS_IMPLICIT_KEY: 'a value here contains a colon followed by a space. Put the value in double quotes.',
  BLOCK_IN_FLOW: 'a list in [ ] or a group in { } here is not closed on the same line, or runs over lines wrongly.',
  DUPLICATE_KEY: 'this setting is written twice. Keep one of them.',
  KEY_OVER_1024_CHARS: 'a setting name here is over 1,024 characters long: a colon is probably missing.',
  MISSING_CHAR: 'a closing quote or bracket is missing here.',
  MULTILINE_IMPLICIT_KEY:
    'a setting here runs onto the next line without a value. Write each setting as "name: value" on one line, or put the value in quotes.',
  MULTIPLE_ANCHORS: 'a value here has more than one anchor (&).',
  MULTIPLE_DOCS: 'there is a second block of settings (a --- line) inside the settings.',
  MULTIPLE_TAGS: 'a value here has more than one type (!).',
  TAB_AS_INDENT: 'a line here is indented with a tab. Use spaces instead.',
  TAG_RESOLVE_FAILED: 'a value here cannot be read as the type it is marked with (!).',
  UNEXPECTED_TOKEN: 'there is a character here that is not expected. Text with special characters (: # [ ] { } , & * ! | > \' " % @) needs double quotes.',
};

/**
 * Reads YAML front matter with the `yaml` library, keeping each node's range: key and value spans come from the
 * library, offset by where the block starts. Values are the library's own JavaScript values (`toJS`, with its limit
 * on repeated aliases), looked up along the same path, so nothing is parsed twice.
 */
export function readYaml(text: string, content: Span): ReaderResult {
  const source = text.slice(content.start, content.end);
  const at = (span: Span): Span => ({ start: content.start + span.start, end: content.start + span.end });
  const hostile = hostileYaml(source);
  if (hostile) return unreadable(hostile.reason, at({ start: hostile.offset, end: hostile.offset + 1 }), text);
  try {
    // Unique keys are checked while flattening: the library's own check compares every key with every other one.
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
    const error = document.errors[0];
    if (error) return unreadable(yamlReason(error), at({ start: error.pos[0], end: error.pos[1] }), text);
    if (document.contents === null) return { entries: new Map() };
    if (!isMap(document.contents)) {
      const { start, end } = rangeOf(document.contents);
      return unreadable('they should be a list of settings written as "name: value", one on each line.', at({ start, end }), text);
    }
    const values: unknown = document.toJS({ maxAliasCount: 100 });
    const flat = flatten(source, document.contents, values, at);
    return flat.duplicate ? unreadable(plainReasons['DUPLICATE_KEY']!, flat.duplicate, text) : { entries: flat.entries };
  } catch (error) {
    // Nesting deep enough to exhaust the stack, too many repeated references (an "alias bomb"), or a reference to
    // nothing: the library finds the last two only when building the values.
    const message = error instanceof Error ? error.message : '';
    const reason =
      error instanceof RangeError
        ? 'they are nested too deeply to read.'
        : message.includes('alias count')
          ? 'they repeat other settings (aliases) too many times to read.'
          : plainReasons['BAD_ALIAS']!;
    return unreadable(reason, { start: content.start, end: content.start }, text);
  }
}

function yamlReason(error: YAMLError): string {
  const known = plainReasons[error.code];
  if (known) return known;
  const first = error.message.split('\n')[0]!;
  const where = first.lastIndexOf(' at line ');
  return `${where > 0 ? first.slice(0, where) : first}.`;
}

/** Every key of every nested mapping as a dotted path, walked with an explicit stack (deep nesting cannot overflow). */
function flatten(source: string, root: YAMLMap, rootValue: unknown, at: (span: Span) => Span): { entries: Map<string, FrontMatterEntry>; duplicate?: Span } {
  const entries = new Map<string, FrontMatterEntry>();
  const pending: Array<{ map: YAMLMap; prefix: string; value: unknown; depth: number }> = [{ map: root, prefix: '', value: rootValue, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const pair of next.map.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const name = String(pair.key.value);
      const key = dotted(next.prefix, name);
      const value = isPlainObject(next.value) ? next.value[name] : undefined;
      const keyRange = rangeOf(pair.key);
      const earlier = entries.get(key);
      if (earlier) {
        const here = at(keyRange);
        return { entries, duplicate: earlier.keySpan.start > here.start ? earlier.keySpan : here };
      }
      const valueNode = pair.value as Node | null;
      const valueSpan = valueNode ? valueSpanOf(source, valueNode) : { start: keyRange.end, end: keyRange.end };
      entries.set(key, { key, value, keySpan: at(keyRange), valueSpan: at(valueSpan) });
      if (isMap(valueNode) && next.depth < maxSettingsDepth) pending.push({ map: valueNode, prefix: key, value, depth: next.depth + 1 });
    }
  }
  return { entries: new Map([...entries].sort((a, b) => a[1].keySpan.start - b[1].keySpan.start)) };
}

function rangeOf(node: Node): Span {
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: range[1] };
}

/** The value as written: inside the quotes of a quoted string; a block string without its last line break. */
function valueSpanOf(source: string, node: Node): Span {
  const { start, end } = rangeOf(node);
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) return { start: start + 1, end: Math.max(start + 1, end - 1) };
  let trimmed = end;
  while (trimmed > start && (source[trimmed - 1] === '\n' || source[trimmed - 1] === '\r' || source[trimmed - 1] === ' ')) trimmed--;
  return { start, end: trimmed };
}
