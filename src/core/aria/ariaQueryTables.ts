import { aria, roles, type ARIAPropertyDefinition } from 'aria-query';

/**
 * The few facts the checks read from aria-query, as plain data. aria-query builds all of its maps when it is
 * loaded (about a tenth of a second at every start of the command line); the bundles are built with this module
 * already evaluated (scripts/precomputedModules.mjs), so the shipped code holds these tables as literals and never
 * loads aria-query. Run as TypeScript (the unit tests), it reads aria-query itself: both give the same data.
 */

/** What the checks need to know about one role. */
export interface RoleFacts {
  readonly abstract: boolean;
  /** ARIA says an element with this role must have a name. */
  readonly accessibleNameRequired: boolean;
  /** The states and properties the role requires. */
  readonly requiredProps: readonly string[];
}

/** Every role aria-query knows, in its order. */
export const roleFacts: Readonly<Record<string, RoleFacts>> = Object.fromEntries(
  [...roles.entries()].map(([name, definition]) => [
    name,
    {
      abstract: Boolean(definition.abstract),
      // aria-query has the flag at run time but not in its types.
      accessibleNameRequired: Boolean((definition as { accessibleNameRequired?: boolean }).accessibleNameRequired),
      requiredProps: Object.keys(definition.requiredProps ?? {}),
    },
  ]),
);

/** Every ARIA state and property aria-query knows, in its order, with its value type and allowed values. */
export const attributeFacts: Readonly<Record<string, ARIAPropertyDefinition>> = Object.fromEntries(
  [...aria.entries()].map(([name, definition]) => [name, { ...definition }]),
);
