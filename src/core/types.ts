import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'info';
export type RuleCategory = 'seo' | 'accessibility' | 'content';

/** The same check in the tools IT teams already know, so results can be compared. */
export interface RuleEquivalents {
  readonly axe?: string;
  readonly lighthouse?: string;
  readonly htmlhint?: string;
  /** For a markdownlint rule run on Markdown: its id and name, e.g. `MD045/no-alt-text`. */
  readonly markdownlint?: string;
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
  /** Settings the rule takes, with their defaults. */
  readonly options?: Readonly<Record<string, RuleOptionSpec>>;
  /**
   * What the rule says to the user, by message id, with `{name}` where a value goes (see ruleMessage): kept here,
   * not in the code, so the words can be reviewed and translated in one place.
   */
  readonly messages?: Readonly<Record<string, string>>;
}

/** A text change in offsets of the checked text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /** Where the cursor should land inside `newText` after the edit, if anywhere. */
  readonly cursorOffset?: number;
}

/**
 * A fix that needs words only the user has (alt text, link text, a
 * description). The editor asks for them with the prompt and guidance, counting
 * characters live when `length` is set, then replaces `start`–`end` with
 * `before` + the answer (escaped for where it goes) + `after`.
 */
export interface TextRequest {
  /** The question, e.g. "Describe this image for someone who cannot see it". */
  readonly prompt: string;
  /** Advice shown as the input's placeholder. */
  readonly placeholder: string;
  readonly length?: { readonly min?: number; readonly max?: number };
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  /**
   * How the answer is escaped for where it lands: inside an HTML attribute's double quotes, as HTML element text,
   * as Markdown inline text (alt or link text inside `[…]`), or inside a double-quoted front matter string.
   */
  readonly escape: AnswerEscape;
  /** Text to start from, e.g. the current too-long description. */
  readonly initialValue?: string;
}

export type AnswerEscape = 'attribute' | 'text' | 'markdown' | 'quoted-string';

export interface Fix {
  /** What the fix does, as a command a user would choose: "Add alt text". */
  readonly title: string;
  /**
   * The change. For a fix that asks for text, the same change with an empty
   * answer and the cursor where the answer goes, for when no one can be asked.
   */
  readonly edits: readonly TextEdit[];
  /** Safe fixes need no judgement (nothing a reader relies on is decided for them): "Fix all" applies only these. */
  readonly safe?: boolean;
  /** Set when the fix needs the user's words. */
  readonly ask?: TextRequest;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly range: Range;
  /** Ways to fix it, the preferred first. */
  readonly fixes: readonly Fix[];
}

export type RuleSetting = Severity | 'off';

/** A rule option's value, as written in the project config file. */
export type OptionValue = string | number | boolean;

/** Describes one option of a rule, for its default, the config schema and the docs. */
export interface RuleOptionSpec {
  readonly type: 'integer' | 'number' | 'string' | 'boolean';
  readonly default: OptionValue;
  readonly description: string;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

/** One rule's entry in a config: a severity, or an object with a severity and options. */
export type RuleEntry = RuleSetting | ({ readonly severity?: RuleSetting } & Readonly<Record<string, OptionValue | undefined>>);

export interface CheckConfig {
  /** Per-rule severity and options; 'off' disables a rule. */
  readonly rules?: Readonly<Record<string, RuleEntry>>;
}
