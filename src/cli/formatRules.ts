import { allRules } from '../core/rules';
import type { RuleMeta } from '../core/types';
import type { OutputFormat } from './args';

/** One rule as `content-bridge rules --format json` lists it. */
export interface JsonRule {
  readonly id: string;
  readonly category: RuleMeta['category'];
  readonly defaultSeverity: RuleMeta['defaultSeverity'];
  readonly description: string;
  readonly equivalents: RuleMeta['equivalents'];
  readonly docPath: string;
}

export function toJsonRules(): JsonRule[] {
  return allRules.map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    defaultSeverity: meta.defaultSeverity,
    description: meta.title,
    equivalents: meta.equivalents,
    docPath: meta.docPath,
  }));
}

/** Every rule with its metadata: as an aligned table for people, or a JSON array for tools. */
export function formatRules(format: OutputFormat): string {
  const rules = toJsonRules();
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => {
    const equivalents = Object.entries(rule.equivalents)
      .map(([tool, id]) => `${tool}: ${id}`)
      .join(', ');
    return `${rule.id.padEnd(width)}  ${rule.category.padEnd(13)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}${equivalents ? ` (${equivalents})` : ''}`;
  });
  return `${lines.join('\n')}\n\n${rules.length} checks. Each is explained in docs/rules/<id>.md.\n`;
}
