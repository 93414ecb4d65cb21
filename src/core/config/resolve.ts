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
  return { severity: severity ?? meta.defaultSeverity, options };
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
