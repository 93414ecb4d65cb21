/** Cutting and encoding text for addresses without ever splitting a character or throwing. */

/** Replaces lone surrogates (half an emoji) with U+FFFD, so encodeURIComponent cannot throw URIError. */
export function wellFormed(text: string): string {
  let result = '';
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      index++;
      continue;
    }
    result += text.slice(copiedUpTo, index) + '\uFFFD';
    copiedUpTo = index + 1;
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}

/** The first `length` UTF-16 units of the text, one fewer when that would cut a surrogate pair in half. */
export function cutAt(text: string, length: number): string {
  if (length >= text.length) return text;
  if (length <= 0) return '';
  const last = text.charCodeAt(length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, length - 1) : text.slice(0, length);
}

/** A title kept to `max` characters, on one line, with an ellipsis when cut. */
export function capTitle(title: string, max: number): string {
  const oneLine = title.split(/\s+/).filter(Boolean).join(' ');
  return oneLine.length <= max ? oneLine : `${cutAt(oneLine, max - 1).trimEnd()}…`;
}

/**
 * The longest prefix of `text` (cut at a character boundary) for which `fits(prefix)` holds, found by halving, so a
 * 100,000-character body costs a few dozen tries rather than thousands.
 */
export function longestFitting(text: string, fits: (prefix: string) => boolean): string {
  if (fits(text)) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(cutAt(text, middle))) low = middle;
    else high = middle - 1;
  }
  return cutAt(text, low);
}
