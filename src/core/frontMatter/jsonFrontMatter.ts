import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Span } from '../html/parse';
import type { FrontMatterEntry } from './frontMatter';
import { dotted, isPlainObject, maxSettingsDepth, unreadable, type ReaderResult } from './readerResult';

/**
 * Where a JSON front matter object (Hugo's `{ … }` at the very start of a file) ends: just past its closing brace,
 * found by counting brackets outside strings. Also the deepest nesting, so the parser (which recurses per level) is
 * never handed more than it can take. Undefined end when the object is never closed.
 */
export function jsonObjectExtent(text: string, start: number): { end: number | undefined; tooDeepAt: number | undefined } {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const char = text.charCodeAt(index);
    if (char === 34 /* " */) {
      index++;
      while (index < text.length && text.charCodeAt(index) !== 34 && text.charCodeAt(index) !== 10) index += text.charCodeAt(index) === 92 /* \ */ ? 2 : 1;
    } else if (char === 123 /* { */ || char === 91 /* [ */) {
      depth++;
      if (depth > maxSettingsDepth) return { end: undefined, tooDeepAt: index };
    } else if (char === 125 /* } */ || char === 93 /* ] */) {
      depth--;
      if (depth === 0) return { end: index + 1, tooDeepAt: undefined };
    }
    index++;
  }
  return { end: undefined, tooDeepAt: undefined };
}

/** Reads a JSON object with jsonc-parser (strict: no comments or trailing commas, as Hugo reads it). */
export function readJson(text: string, content: Span): ReaderResult {
  const source = text.slice(content.start, content.end);
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const error = errors[0];
  if (error) return unreadable(`${jsonReason(error)}.`, { start: content.start + error.offset, end: content.start + error.offset + error.length }, text);
  if (!root || root.type !== 'object') return { entries: new Map() };
  const entries = new Map<string, FrontMatterEntry>();
  const at = (span: Span): Span => ({ start: content.start + span.start, end: content.start + span.end });
  const pending: Array<{ node: Node; prefix: string; value: unknown }> = [{ node: root, prefix: '', value: getNodeValue(root) }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const property of next.node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const name = String(keyNode.value);
      const key = dotted(next.prefix, name);
      const value = isPlainObject(next.value) ? next.value[name] : undefined;
      const valueSpan =
        valueNode.type === 'string'
          ? { start: valueNode.offset + 1, end: valueNode.offset + valueNode.length - 1 }
          : { start: valueNode.offset, end: valueNode.offset + valueNode.length };
      entries.set(key, { key, value, keySpan: at({ start: keyNode.offset, end: keyNode.offset + keyNode.length }), valueSpan: at(valueSpan) });
      if (valueNode.type === 'object') pending.push({ node: valueNode, prefix: key, value });
    }
  }
  return { entries: new Map([...entries].sort((a, b) => a[1].keySpan.start - b[1].keySpan.start)) };
}

function jsonReason(error: ParseError): string {
  const plain: Record<string, string> = {
    InvalidSymbol: 'there is an unexpected character here',
    InvalidNumberFormat: 'a number here is not written correctly',
    PropertyNameExpected: 'a setting name in double quotes is expected here (a comma too many?)',
    ValueExpected: 'a value is expected here (a comma too many?)',
    ColonExpected: 'a colon (:) is expected here, between the setting name and its value',
    CommaExpected: 'a comma is expected here, between two settings',
    CloseBraceExpected: 'a closing } is expected here',
    CloseBracketExpected: 'a closing ] is expected here',
    InvalidCommentToken: 'comments are not allowed here',
    UnexpectedEndOfComment: 'comments are not allowed here',
    UnexpectedEndOfString: 'a closing double quote is missing here',
    InvalidEscapeCharacter: 'a backslash here starts an escape that does not exist (write \\\\ for a backslash)',
    InvalidCharacter: 'there is a character here that must be escaped (such as a line break inside quotes)',
  };
  const name = printParseErrorCode(error.error);
  return plain[name] ?? name;
}
