import type { Random } from '../random';

/** Words a communicator's page would hold, so names and texts look like real ones. */
export const phrases = [
  'Opening hours',
  'Annual report 2025',
  'Contact us',
  'Our team',
  'Read more about parking',
  'Download the brochure',
  'Search the catalogue',
  'Library card number',
  'Email address',
  'Branch library',
  'Preferred day',
  'Town hall',
];

export function phrase(random: Random): string {
  return random.pick(phrases);
}

/** Wrappers that hide content in ways decidable from the source alone (attributes and inline styles, no CSS layout). */
export const hiders: Readonly<Record<string, (inner: string) => string>> = {
  'hidden attribute': (inner) => `<span hidden>${inner}</span>`,
  'display none': (inner) => `<span style="display:none">${inner}</span>`,
  'aria-hidden': (inner) => `<span aria-hidden="true">${inner}</span>`,
  'visibility hidden': (inner) => `<span style="visibility:hidden">${inner}</span>`,
};

export function hide(random: Random, inner: string): string {
  return random.pick(Object.values(hiders))(inner);
}

/** Something that gives an element its name from its content. */
export function namedContent(random: Random): string {
  return random.pick([
    () => phrase(random),
    () => `<span>${phrase(random)}</span>`,
    () => `<img src="icon.svg" alt="${phrase(random)}">`,
    () => `<strong>${phrase(random)}</strong> now`,
  ])();
}

/** Content that names nothing: empty, blank, hidden, or an image without a text alternative. */
export function silentContent(random: Random): string {
  return random.pick([
    () => '',
    () => ' ',
    () => '&nbsp;',
    () => hide(random, phrase(random)),
    () => '<img src="icon.svg" alt="">',
    () => '<img src="icon.svg">',
    () => '<span></span>',
  ])();
}
