import { HtmlPage } from './html/parse';
import { allRules, type Rule } from './rules';
import type { CheckConfig, Finding } from './types';

export interface CheckOptions {
  readonly config?: CheckConfig;
  /** Defaults to every rule; tests pass one rule to check it alone. */
  readonly rules?: readonly Rule[];
}

/** Id of the finding reported when a rule itself fails, so a bug never hides the other results. */
export const ruleFailureId = 'internal-error';

/** Runs the rules over one HTML document and returns what they found, in document order. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  const page = HtmlPage.parse(text);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    const severity = options.config?.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    try {
      rule.check({
        page,
        report: (problem) =>
          findings.push({
            ruleId: rule.meta.id,
            severity,
            message: problem.message,
            startOffset: problem.start,
            endOffset: problem.end,
            range: page.lines.rangeOf(problem.start, problem.end),
            fix: problem.fix,
          }),
      });
    } catch (error) {
      findings.push({
        ruleId: ruleFailureId,
        severity: 'warning',
        message: `Content Bridge could not run the "${rule.meta.id}" check on this file (${describeError(error)}). The other checks still ran.`,
        startOffset: 0,
        endOffset: 0,
        range: page.lines.rangeOf(0, 0),
      });
    }
  }
  return findings.sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
