/**
 * How wide text is in Arial, the font search engines use for results, without a browser: the advance widths of
 * Arial (the same as Helvetica's published metrics), in thousandths of the font size, for the printable ASCII
 * characters from space (32) to tilde (126).
 */
const asciiWidths = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space ! " # $ % & ' ( ) * + , - . /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0-9 : ; < = > ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ A-O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P-Z [ \ ] ^ _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` a-o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // p-z { | } ~
];

/** Common punctuation outside ASCII. */
const otherWidths: Readonly<Record<string, number>> = {
  '\u2013': 556, // en dash
  '\u2014': 1000, // em dash
  '\u2026': 1000, // ellipsis
  '\u2018': 222,
  '\u2019': 222,
  '\u201c': 333,
  '\u201d': 333,
  '\u2022': 350,
  '\u00a0': 278,
  '\u00b7': 278,
};

/** The width of one character in thousandths of the font size. */
export function characterWidth(character: string): number {
  const code = character.codePointAt(0) ?? 32;
  if (code >= 32 && code <= 126) return asciiWidths[code - 32];
  const known = otherWidths[character];
  if (known !== undefined) return known;
  // Accented Latin letters are as wide as their base letter (é as e).
  const base = character.normalize('NFD').charAt(0);
  const baseCode = base.codePointAt(0) ?? 0;
  if (baseCode >= 32 && baseCode <= 126) return asciiWidths[baseCode - 32];
  // East Asian characters take a full em; anything else, an average letter.
  return code >= 0x2e80 ? 1000 : 556;
}

/** The width of `text` in pixels at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let total = 0;
  for (const character of text) total += characterWidth(character);
  return (total * fontSize) / 1000;
}

export interface CutText {
  readonly text: string;
  readonly cut: boolean;
}

/**
 * `text` as it fits in `maxWidth` pixels at `fontSize`: whole when it fits, else cut after the last whole word
 * that leaves room for " ...", as search engines cut.
 */
export function cutToWidth(text: string, maxWidth: number, fontSize: number): CutText {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidth(clean, fontSize) <= maxWidth) return { text: clean, cut: false };
  const room = maxWidth - textWidth(' ...', fontSize);
  let width = 0;
  let lastSpace = -1;
  let fits = 0;
  const characters = Array.from(clean);
  for (let i = 0; i < characters.length; i++) {
    width += (characterWidth(characters[i]) * fontSize) / 1000;
    if (width > room) break;
    fits = i + 1;
    if (characters[i] === ' ') lastSpace = i;
  }
  const end = lastSpace > 0 ? lastSpace : fits;
  return { text: `${characters.slice(0, end).join('').trimEnd()} ...`, cut: true };
}
