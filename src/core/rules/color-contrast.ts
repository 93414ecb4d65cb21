import type { Element } from 'domhandler';
import { colord, extend, type Colord } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import namesPlugin from 'colord/plugins/names';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isDecimalNumber } from '../text/numbers';
import { collapseWhitespace as collapse } from '../text/whitespace';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

extend([a11yPlugin, namesPlugin]);

const id = 'color-contrast';

/** WCAG 2.2 SC 1.4.3 minimums (axe-core's contrastRatio option). */
const normalMinimum = 4.5;
const largeMinimum = 3;

export const colorContrast: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Text needs enough contrast with its background',
    description:
      'Finds text whose `style="…"` sets both its colour (`color`) and its background colour (`background-color`, or `background` with a single colour), where the contrast between the two is below 4.5:1 — or below 3:1 for large text (24px and up, or bold 18.66px and up, as set in the same style). Only cases the source decides: colours with transparency, gradients, background images, CSS variables, colours that come from a style sheet or a parent element, and text shadows are left to a browser-based tool such as axe.',
    whyItMatters:
      'Pale grey on white, or white on yellow, is hard to read for people with low vision or colour blindness, for older readers, and for anyone reading a phone in sunshine. About one in twelve men has some colour blindness.',
    equivalents: { axe: 'color-contrast', lighthouse: 'color-contrast' },
    docPath: docPathFor(id),
    messages: {
      largeText:
        'The text in this <{element}> ({foreground} on {background}) has a contrast of {ratio}:1; large text needs at least {minimum}:1 to be readable by people with low vision. Make the text darker or the background lighter (or the other way round).',
      text: 'The text in this <{element}> ({foreground} on {background}) has a contrast of {ratio}:1; text needs at least {minimum}:1 to be readable by people with low vision. Make the text darker or the background lighter (or the other way round).',
      evenLargeText:
        'The text in this <{element}> ({foreground} on {background}) has a contrast of {ratio}:1; even large text needs at least {minimum}:1 to be readable by people with low vision. Make the text darker or the background lighter (or the other way round).',
    },
  },
  check({ page, report }) {
    const colours = new ColourCache();
    for (const element of page.withAttributes.withStyle) {
      const style = element.attribs['style'];
      if (style === undefined || !/colou?r|background/i.test(style)) continue;
      const declarations = parseStyle(style);
      const foreground = declarations.get('color');
      if (foreground === undefined) continue;
      const background = backgroundOf(declarations);
      if (background === undefined) continue;
      if (!decidable(declarations)) continue;
      const fg = colours.get(foreground);
      const bg = colours.get(background);
      if (!fg || !bg) continue;
      if (disabled(element) || hiddenWithAncestors(page, element, Hidden.fromScreenReaders)) continue;
      const text = collapse(page.textOf(element));
      // As axe-core: no text, or one character (an icon, a bullet), is left for review.
      if ([...text].length <= 1) continue;
      const ratio = fg.contrast(bg); // rounded down to 2 decimals, as axe-core reports it
      if (ratio <= 1) continue; // axe-core: an equal ratio means it cannot tell what is behind
      const size = textSize(declarations);
      // Without a size in the same style (or with a relative one), the text may be large: only below 3:1 is certain.
      const certainSmall = size === 'normal' || (size === 'unset' && !defaultLarge.has(element.name));
      const large = size === 'large';
      const minimum = certainSmall ? normalMinimum : largeMinimum;
      if (ratio >= minimum) continue;
      const span = page.attributeSpan(element, 'style') ?? page.startTagSpan(element);
      report({
        message: ruleMessage(colorContrast.meta, large ? 'largeText' : certainSmall ? 'text' : 'evenLargeText', {
          element: element.name,
          foreground,
          background,
          ratio: ratio.toFixed(2),
          minimum,
        }),
        start: span.start,
        end: span.end,
      });
    }
  },
};

/** h1 and h2 are 32px and 24px by default: large text, whatever the style sheet does not say. */
const defaultLarge = new Set(['h1', 'h2']);

/** Declarations of an inline style, property names lower-cased; the last one wins; `!important` dropped. */
function parseStyle(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim();
    if (name && value) declarations.set(name, value);
  }
  return declarations;
}

function backgroundOf(declarations: ReadonlyMap<string, string>): string | undefined {
  const image = declarations.get('background-image');
  if (image !== undefined && image.toLowerCase() !== 'none') return undefined;
  const shorthand = declarations.get('background');
  const colour = declarations.get('background-color');
  // Whichever comes last wins; Map keeps first-insertion order, so compare positions.
  if (shorthand !== undefined && (colour === undefined || position(declarations, 'background') > position(declarations, 'background-color'))) {
    // Only a shorthand that is one colour and nothing else (no url(), gradient, position).
    return /\s/.test(shorthand.trim()) && !/^(?:rgba?|hsla?)\(/i.test(shorthand.trim()) ? undefined : shorthand;
  }
  return colour;
}

function position(declarations: ReadonlyMap<string, string>, name: string): number {
  return [...declarations.keys()].indexOf(name);
}

/** Things that change what is behind or around the text in ways only a browser can work out. */
function decidable(declarations: ReadonlyMap<string, string>): boolean {
  for (const [name, value] of declarations) {
    if (/var\(|calc\(/i.test(value) && (name.includes('color') || name.startsWith('background'))) return false;
    if (name === 'opacity' && Number.parseFloat(value) < 1) return false;
    if (name === 'text-shadow' && value.toLowerCase() !== 'none') return false;
    if (name === 'mix-blend-mode' || name === 'filter' || name === 'backdrop-filter') return false;
  }
  return true;
}

/** Pages repeat the same few colours: parse each once per check. */
class ColourCache {
  private readonly parsed = new Map<string, Colord | undefined>();
  get(value: string): Colord | undefined {
    if (this.parsed.has(value)) return this.parsed.get(value);
    const colour = solidColour(value);
    this.parsed.set(value, colour);
    return colour;
  }
}

/** A fully opaque colour, or undefined for transparency, keywords that depend on elsewhere, and anything unreadable. */
function solidColour(value: string): Colord | undefined {
  const text = value.trim().toLowerCase();
  if (/^(?:transparent|currentcolor|inherit|initial|unset|revert|revert-layer)$/.test(text) || /var\(|gradient|url\(/.test(text)) return undefined;
  const colour = colord(text);
  return colour.isValid() && colour.alpha() === 1 ? colour : undefined;
}

/**
 * Large text for WCAG: at least 18pt, or 14pt bold (axe-core rounds px to pt
 * the same way). 'unset' when the style gives no size, 'unknown' when it gives
 * one that depends on elsewhere (em, rem, %, the font shorthand).
 */
function textSize(declarations: ReadonlyMap<string, string>): 'large' | 'normal' | 'unset' | 'unknown' {
  if (declarations.has('font')) return 'unknown';
  const size = declarations.get('font-size');
  if (size === undefined) return 'unset';
  const trimmed = size.trim();
  const unit = trimmed.slice(-2).toLowerCase();
  const number = trimmed.slice(0, -2).trimEnd();
  if ((unit !== 'px' && unit !== 'pt') || !isDecimalNumber(number)) return 'unknown';
  const px = Number.parseFloat(number) * (unit === 'pt' ? 96 / 72 : 1);
  const pt = Math.ceil(px * 72) / 96;
  const weight = declarations.get('font-weight')?.trim().toLowerCase();
  const bold = weight === 'bold' || weight === 'bolder' || (weight !== undefined && Number.parseFloat(weight) >= 700);
  return (bold && pt >= 14) || pt >= 18 ? 'large' : 'normal';
}

function disabled(element: Element): boolean {
  return 'disabled' in element.attribs || element.attribs['aria-disabled']?.trim().toLowerCase() === 'true';
}
