import type { Random } from './random';

/** One generated case: the markup, and the name of the variant that produced it (exclusions refer to it). */
export interface GeneratedCase {
  readonly kind: string;
  readonly html: string;
}

/**
 * Cases for one axe rule. `fragment` cases are batched many to a page (each in its own `<div>`), so they must not
 * depend on the rest of the page; `page` cases are whole documents, checked one at a time.
 */
export interface RuleCases {
  readonly axeRule: string;
  readonly scope: 'fragment' | 'page';
  /** `id(name)` gives an id unique to this case, so batched cases never share ids. */
  readonly generate: (random: Random, id: (name: string) => string) => GeneratedCase;
  /**
   * axe reports this rule on an enclosing element (e.g. the `<table>` for a cell's problem) where ours points at
   * the part to change: our findings are compared on the nearest enclosing element with one of these names.
   */
  readonly axeReportsOn?: readonly string[];
  /**
   * Compare only whether the page has a problem, not where: for page-wide rules where axe names one element
   * (`<html>`, the first of two duplicates) and ours points at the one to change.
   */
  readonly comparePageOnly?: boolean;
}

/** Picks one variant, named, and builds its markup. */
export function variant(random: Random, variants: Readonly<Record<string, () => string>>): GeneratedCase {
  const kind = random.pick(Object.keys(variants));
  return { kind, html: variants[kind]() };
}
