/**
 * Deliberate differences from axe-core, by the generator's case kind (a case whose kind includes the text is left
 * out of the agreement). Each is also explained on the rule's doc page, under "Where this check differs from
 * axe-core".
 */
export interface Exclusion {
  readonly axeRule: string;
  /** Part of the generated case's kind. */
  readonly kind: string;
  readonly reason: string;
}

export const exclusions: readonly Exclusion[] = [
  {
    axeRule: 'empty-heading',
    kind: 'svg with title',
    reason: 'an SVG icon with a <title> gives the heading its name in browsers; axe-core counts only visible text',
  },
  {
    axeRule: 'valid-lang',
    kind: '="fr-"',
    reason: 'a language code ending in a hyphen is not well formed; axe-core reads only the part before the hyphen',
  },
  {
    axeRule: 'html-lang-valid',
    kind: '="fr-"',
    reason: 'a language code ending in a hyphen is not well formed; axe-core reads only the part before the hyphen',
  },
];

export function exclusionFor(axeRule: string, kind: string): Exclusion | undefined {
  return exclusions.find((exclusion) => exclusion.axeRule === axeRule && kind.includes(exclusion.kind));
}
