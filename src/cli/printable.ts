/** Line breaks, tabs, escape sequences and other invisible characters that could fake or hide output lines. */
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A file name as one safe line of output: names with a line break or another control character in them
 * are shown quoted with the character escaped (`"news\nfake.html"`), so they cannot forge lines.
 */
export function printablePath(path: string): string {
  return controlCharacter.test(path) ? JSON.stringify(path).replace(controlCharacters, escapeCharacter) : path;
}

/** Text on one output line: control characters shown as escapes (`\u001b`) rather than acted on by the terminal. */
export function printableText(text: string): string {
  return text.replace(controlCharacters, escapeCharacter);
}

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
