import type { CheckConfig, OptionValue, RuleEntry, RuleMeta, RuleSetting } from '../types';

export interface ResolvedRule {
  readonly severity: RuleSetting;
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
}

/** A rule's severity and options from a config, over its defaults. */
export function resolveRule(meta: RuleMeta, config: CheckConfig | undefined): ResolvedRule {
  const entry = config?.rules?.[meta.id];
  if (entry === undefined) return { severity: meta.defaultSeverity, options: {} };
  if (typeof entry === 'string') return { severity: entry, options: {} };
  const { severity, ...options } = entry;
  return { severity: severity ?? meta.defaultSeverity, options: withoutCrossedLimits(meta, options) };
}

/**
 * Each file's limits are checked as it is read, but layering can still cross them (the site's `minLength` 200
 * under someone's personal `maxLength` 160), which would report every page: such a pair falls back to the defaults.
 */
function withoutCrossedLimits(meta: RuleMeta, options: Readonly<Record<string, OptionValue | undefined>>): Readonly<Record<string, OptionValue | undefined>> {
  let result = options;
  for (const minName of Object.keys(meta.options ?? {})) {
    if (!minName.startsWith('min')) continue;
    const maxName = `max${minName.slice(3)}`;
    const minSpec = meta.options?.[minName];
    const maxSpec = meta.options?.[maxName];
    if (!minSpec || !maxSpec) continue;
    const min = result[minName] ?? minSpec.default;
    const max = result[maxName] ?? maxSpec.default;
    if (typeof min !== 'number' || typeof max !== 'number' || min <= max) continue;
    result = { ...result, [minName]: undefined, [maxName]: undefined };
  }
  return result;
}

/**
 * Layers configs, later ones winning rule by rule: a severity string replaces
 * only the severity, an object adds or replaces the options it names.
 */
export function mergeConfigs(...layers: readonly (CheckConfig | undefined)[]): CheckConfig {
  const rules: Record<string, RuleEntry> = {};
  for (const layer of layers) {
    for (const [ruleId, entry] of Object.entries(layer?.rules ?? {})) {
      const previous = rules[ruleId];
      const base = previous === undefined ? {} : typeof previous === 'string' ? { severity: previous } : previous;
      rules[ruleId] = typeof entry === 'string' ? { ...base, severity: entry } : { ...base, ...entry };
    }
  }
  return { rules };
}
