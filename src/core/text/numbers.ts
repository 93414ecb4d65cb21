/**
 * Whether the text is a plain decimal number: digits with at most one decimal point and at least one digit
 * ("3", "2.5", ".5"). Written as a loop because the obvious patterns (`\d*\.?\d+`) backtrack quadratically on a
 * long run of digits followed by anything else.
 */
export function isDecimalNumber(text: string, allow: { readonly sign?: boolean; readonly trailingPoint?: boolean } = {}): boolean {
  let index = 0;
  if (allow.sign && (text[0] === '-' || text[0] === '+')) index++;
  let digits = 0;
  let point = -1;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 46 && point < 0) point = index;
    else return false;
  }
  if (digits === 0) return false;
  return allow.trailingPoint || point !== text.length - 1;
}
