import { CST, Lexer } from 'yaml';
import { maxSettingsDepth } from './readerResult';

/** Markers the `yaml` lexer emits that are not characters of the source. */
const lexerMarkers = new Set(['\u0002', '\u0018', '\u001f']);

/** More block markers (`-`, `?`, `:`) than this on one line only happen in hostile text. */
const maxBlockMarkersPerLine = 20;

/**
 * Finds YAML that the `yaml` library would take far too long to read (its composer slows down sharply on thousands
 * of nesting levels or of anchors and tags on one value), in one pass over the library's own lexer tokens. Returns
 * the plain reason and where, or undefined when the text is safe to hand over.
 */
export function hostileYaml(source: string): { reason: string; offset: number } | undefined {
  let offset = 0;
  let flowDepth = 0;
  let blockMarkers = 0;
  let properties = 0;
  for (const token of new Lexer().lex(source)) {
    switch (CST.tokenType(token)) {
      case 'flow-map-start':
      case 'flow-seq-start':
        if (++flowDepth > maxSettingsDepth) return { reason: `they are nested more than ${maxSettingsDepth} levels deep.`, offset };
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        if (flowDepth > 0) flowDepth--;
        break;
      case 'newline':
        blockMarkers = 0;
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        if (flowDepth === 0 && ++blockMarkers > maxBlockMarkersPerLine)
          return { reason: 'a line here holds too many settings inside each other to read.', offset };
        break;
      case 'anchor':
      case 'tag':
        if (++properties > 2) return { reason: 'a value here has more than one anchor (&) or type (!).', offset };
        break;
      case 'space':
      case 'comment':
        break;
      default:
        properties = 0;
    }
    if (!lexerMarkers.has(token)) offset += token.length;
  }
  return undefined;
}
