import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'info';
export type RuleCategory = 'seo' | 'accessibility' | 'content';

/** The same check in the tools IT teams already know, so results can be compared. */
export interface RuleEquivalents {
  readonly axe?: string;
  readonly lighthouse?: string;
  readonly htmlhint?: string;
}

export interface RuleMeta {
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** One line, shown in lists of rules. */
  readonly title: string;
  /** What the rule looks for, in plain language. */
  readonly description: string;
  /** Why a reader, a search engine or the law cares. */
  readonly whyItMatters: string;
  readonly equivalents: RuleEquivalents;
  /** Path of the rule's doc page, relative to the extension/package root. */
  readonly docPath: string;
}

/** A text change in offsets of the checked text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /** Where the cursor should land inside `newText` after the edit, if anywhere. */
  readonly cursorOffset?: number;
}

export interface Fix {
  /** What the fix does, as a command a user would choose: "Add alt text". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly range: Range;
  readonly fix?: Fix;
}

export type RuleSetting = Severity | 'off';

export interface CheckConfig {
  /** Per-rule severity overrides; 'off' disables a rule. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}
