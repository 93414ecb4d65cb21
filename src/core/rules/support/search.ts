import type { Element } from 'domhandler';
import type { HtmlPage, Span } from '../../html/parse';
import type { TextEdit } from '../../types';
import { closest } from '../../html/accessibleName';

/*
 * Helpers shared by the "search" group of rules (is-crawlable, canonical,
 * hreflang, link-text, crawlable-anchors, viewport, single-h1,
 * page-has-heading-one, social-tags, structured-data, unsized-images).
 */

/** `<meta>` elements whose `name` is this (lower-case) value, compared without case. */
export function metasNamed(page: HtmlPage, name: string): Element[] {
  return page.elementsNamed('meta').filter((meta) => meta.attribs['name']?.trim().toLowerCase() === name);
}

/** The tokens of a space-separated attribute (rel, role), lower-cased. */
export function tokens(element: Element, attribute: string): string[] {
  return (element.attribs[attribute] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when the element sits inside `<body>` in the source (Lighthouse ignores `<link>`s there for SEO). */
export function isInBody(element: Element): boolean {
  return closest(element, 'body') !== undefined;
}

/**
 * An edit that removes the whole element, and its line too when nothing else
 * is on that line, so no blank line is left behind.
 */
export function removeElementEdit(page: HtmlPage, element: Element): TextEdit {
  const span: Span = page.elementSpan(element);
  const text = page.text;
  let start = span.start;
  let end = span.end;
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  const atLineStart = lineStart === 0 || text[lineStart - 1] === '\n';
  if (atLineStart && (lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r')) {
    start = lineStart;
    end = lineEnd;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
  }
  return { start, end, newText: '' };
}

/** The absolute http(s) URL, or undefined when the text is not one (relative, another scheme, malformed). */
export function absoluteHttpUrl(href: string): URL | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * axe-core's list of valid primary language subtags (axe-core 4.14.1,
 * lib/core/utils/valid-langs.js, the list Lighthouse's hreflang audit uses
 * through third-party/axe/valid-langs.js): the ISO 639-1 two-letter codes, and
 * the three-letter ISO 639 codes as a bitmap over aaa…zzz (base64).
 */
const twoLetterLanguages = new Set(
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  ),
);
const threeLetterBitmap = '//39/u//v9v7//769x88V2+Xc/j///9wvwP//88FhXLp//1/////d//////////j6f///028Cnq+/////v/3/////98r9PHwXeefFAcg3+2fP8kh+L/u////////f/////9//f////d/////////57//////7/////+//////9////P/+3/////+///7///3///9////f9/////+///f///f+////v//////93+//dWtf0D/nMFDLAglQQBQRACAu//yn7RCRdabNIj3e+cXV1V9Dhw3f/Pvn/9dOGUIABC8/7////9/Nz7Hx9//AYEAsAWAACAAAANAAACSIdD/ff/e/l4EAAJkjRnB33siAAAA323eJuXZ8/7//c+fFEEMhgDRAPDHZ1/WmV637e8DAAIAAADAd9pXkm0BLtZ79P9/fwAAAAEMVgMAALAUJ1EWCgABAAAQEUkAAGAQAAAAEAAARAQAEIAFGAAABQCAKAQAAFDVLRBkNSRT9dW/4s0DAIAAQAAAAAAABBc5Ad1XmSGYpwgAAUCCAAAABAAAAAIBQABEAACw/qs5AAIAAAAEAAAAAAAgAEAEAAAAAgAAABCDqAUAAAAABCAEpggEAAiBUAAACDGGQAAAAABAAAP1AxAIBAAAAOA7sxMAgAARAAAAAAAAAAAAAAAA///////fz4OiwP/fJ+8f5QMQILLFpkUlmwPf+d8D1EiQAQ6B45NU2zjzf/9t+f//fwQIAAEhEjxf/Q+FT0RAAAT//f/W6Bv0N6MNAAAge3kCB4QA8P9//gAYBIEAAACAEJQcAQAAAAAAEEAABAi0/qUMQAAAkSQEbABg8P/7f/YcBZ/fbgMAEQAAAEAFtbaCKAQABFHi//0/BQkIBUAAAAAAEAAADAAAAAChAmznSBSIIMBHgAcAAADMUEAkhUeEQCAQACACUIgRANns7lA3HRFpDlnrMwgAIAVAEAAAAFBElknWXaeDR5f7ABAACACAAEBFAAECAAFAgABGCPjr9znEnRYAAAwEASAg3aIBAAAAEkQAAAQQ8J2VEwSAAAHQFkAAEPCQYkzSAgFKAEYEAAgCACDAAIAGAAgAAAAA8NjvFQIIAAABAAAAABABABAAAAD/1+P9//////9////+////////////3//7///b/f////7//////////////f/f/9z///////////77//////////7//f/////////v/////////////3v93d//vJgFLP8H8P//fwAIAMN9HwbmcvD/fH9EIjCfex79/1fy/z//8h6V9///R4ABAgAgQFWfit/5bhGHUdD7/3dAAwXRWFwAQAAQBAIAIAqAe7f9/v7////////v////f/////////////f//99///9/////7/+9///7////33/9//f///f////7/+///////3/f/7/v9////////////v//f////////P/9f///n77//v9/938CggT/////1+////f/4p7n//f/Vv3N///////v//3/fQ+nUQbEl9Bdr6b//f9jXVv///8/IBQAV1HCZfVN4v//30KFxQUEIgB0aRAIBUEAAQYAAAAAAFFgBQQBAAAGESAAGAGS8f1nawaVBlft+02de4MEYkAAFUIAAABUg/lfEI7JRt/3EzEAIAAAAJAAAAAAAAoQAAFAAPDf/b99vs//v0IUhGGw/116BAIASS0UJ//t8b/vPwAAAsfgHvy7//379/33///89e1H9H8QAQHEf//33flfBYbv9Xe9PQAAAENxQgBAAAABQxkkCAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO+951fuE10JwUAh+hcBgAAAAADw/v+/ACMAIAAACAAAMLXjEAAAABEkFgABAjCDowFQAAGDEUgAAADw3///EqoQf9hSAIAgAAAAAEAUAgI9QBBCEGFfnDEAAAABXAIgAAABAEIBIAAAv9//////P9/ez73/r///f0tAEPH97/33///73/9/8Xvxf/9//+7377//2//f//1+v1f/b4F2n9z3/f////v+/19XX+9fUBhi/v+fFZ8VD33GfaGS9fd+///////93f///fZf/z9AmAL/4//z9v7f/99/0D4Ve7z/vv//9///93////7f99f97y+Av8X/////n//////9v99/Rh93//jbXc99Frnqe6AeIAAwAgQkSAQAAEDUBgQAAAQABAAwCQZQAAgAAAAkAAQAENxY100PVE/xFmTVSgpAAgBAAAgAAADc/+sfWEhBJKAEADASQCIAEAAAAAAAAAEAAACAEBC/b5MAAQAAAAAAAADAgC0AAAAAAAAKAAAAwIbCAgABAAH/GAIAEvD/eT8AJQAAAAoAAAAAAABAABADACkgAAABAACDAAAAAAEAAAAAAAAAAAAAAAD////Pfr4REAAAkgFGzfFeAAEAMBQEVRABBPY/egUEALCAIFV1l33fccx41UP1V2cUAQAAAAAALPfbH1Rgg2gFEIs4ugEAADAAJEQAABADMQIBAADw9f/X17xw1nh6FVAFpITpQQAAAGs5UnRA6DCQapIAAAL/7/9/hVP07///8t3HTPVC/P//HwCAwFbMFp/7N33v/72krwFEGAFdTkoIUCgw4IAQICQA////b/4BBogqQBYBARUrPgEAABCQaUUCAgHhv78DAAAQ3KfRVJ5E3/2PbrNVINTD2DA9gAAAAEz0EcWEb1AAIlB/v9sHACAQhLJFEAZEAAASAhEA8P/9fwUCFokAAAAIABAMAwAAAACDMAIohAAzwCMkAAAAy+Q6RshU8f//fxYBAYRQB/z//w8BAEAQOAEBHBJA4XYWCAMQAAAAAQAAAAAAIiQKQIAAAA==';
let threeLetterBits: Uint8Array | undefined;

/** True when the (lower-case) primary language subtag is one axe-core and Lighthouse know. */
export function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  if (code.length === 2) return twoLetterLanguages.has(code);
  if (!threeLetterBits) {
    const binary = atob(threeLetterBitmap);
    threeLetterBits = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) threeLetterBits[i] = binary.charCodeAt(i);
  }
  const index = ((code.charCodeAt(0) - 97) * 26 + (code.charCodeAt(1) - 97)) * 26 + (code.charCodeAt(2) - 97);
  return (threeLetterBits[index >> 3] & (1 << (index & 7))) !== 0;
}

/** Where a new attribute or text can go just before the `>` (or `/>`) of a start tag. */
export function beforeTagClose(page: HtmlPage, element: Element): number {
  const tag = page.startTagSpan(element);
  return tag.end - (page.text[tag.end - 2] === '/' ? 2 : 1);
}
