/**
 * markdownlint rules that cannot report anything on a page that lacks certain characters. A page without them is
 * linted with those rules switched off, so markdownlint skips their pass over the page's tokens or lines: the results
 * are the same. Each condition was read from the rule's source (markdownlint's lib/md0xx.mjs); check them again when
 * upgrading markdownlint (the test in test/unit/core/markdown/silentRules.test.ts compares the results with and without).
 */
const silentWithout: readonly { readonly id: string; readonly anyOf: readonly string[] }[] = [
  // Reversed links: its pattern, `(text)[address]`, needs `)[` on one line.
  { id: 'MD011', anyOf: [')['] },
  // A bold or italic line used as a heading, spaces inside emphasis: only `*` and `_` make emphasis.
  { id: 'MD036', anyOf: ['*', '_'] },
  { id: 'MD037', anyOf: ['*', '_'] },
  // Table rows with the wrong number of cells: a table needs a `|`.
  { id: 'MD056', anyOf: ['|'] },
];

/** The configs without the rules a page cannot trigger, by the config and which rules are left out (one bit each). */
const variants = new WeakMap<Record<string, unknown>, Map<number, Record<string, unknown>>>();

/**
 * The config for linting `text`: `config` itself, or a copy with the rules the text cannot trigger switched off. The
 * same object for every page that leaves out the same rules, so such pages still share one markdownlint call.
 */
export function configForText(config: Record<string, unknown>, text: string): Record<string, unknown> {
  let silent = 0;
  silentWithout.forEach(({ id, anyOf }, bit) => {
    if (config[id] && !anyOf.some((needed) => text.includes(needed))) silent |= 1 << bit;
  });
  if (silent === 0) return config;
  let byMask = variants.get(config);
  if (!byMask) variants.set(config, (byMask = new Map()));
  let variant = byMask.get(silent);
  if (!variant) {
    variant = { ...config };
    silentWithout.forEach(({ id }, bit) => {
      if (silent & (1 << bit)) variant![id] = false;
    });
    byMask.set(silent, variant);
  }
  return variant;
}
