import { Tokenizer } from 'htmlparser2';

/**
 * htmlparser2's tokenizer, skipping ahead to the next `<` (in text), quote (in an attribute value), `>` or `-` with
 * the string's own `indexOf` instead of a loop over each character: text and attribute values are most of a page,
 * and the native search over them is several times faster. Every event and offset is the same as with htmlparser2's
 * own tokenizer (pass it as the parser's `Tokenizer` option).
 */
export class FastTokenizer extends Tokenizer {}

/** The fields of htmlparser2's tokenizer that its skipping uses (private in its type declarations). */
interface TokenizerPosition {
  buffer: string;
  index: number;
  offset: number;
}

/** Single-character strings for the few characters the tokenizer skips to, made once. */
const searched: string[] = [];

/**
 * As htmlparser2's `fastForwardTo`: moves `index` to the next `c` and says whether there was one; without one,
 * `index` ends on the last character of the buffer (the tokenizer's loop then steps past it).
 */
function fastForwardTo(this: TokenizerPosition, c: number): boolean {
  const offset = this.offset;
  const found = this.buffer.indexOf((searched[c] ??= String.fromCharCode(c)), this.index + 1 - offset);
  if (found < 0) {
    this.index = this.buffer.length + offset - 1;
    return false;
  }
  this.index = found + offset;
  return true;
}

// The method is private in htmlparser2's type declarations, so it is replaced on the prototype rather than overridden.
Object.defineProperty(FastTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo, writable: true, configurable: true });
