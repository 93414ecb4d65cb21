import type { HtmlPage } from '../html/parse';
import type { Fix, RuleMeta } from '../types';

export interface Problem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly fix?: Fix;
}

export interface RuleContext {
  readonly page: HtmlPage;
  report(problem: Problem): void;
}

/** One check. Each rule lives in its own file with its metadata and a doc page in docs/rules/. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export function docPathFor(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
