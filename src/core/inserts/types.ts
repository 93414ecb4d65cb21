/** Guided inserts: blocks a communicator adds to a page by answering a few questions. */

/** What the page is written in: an insert writes Markdown where Markdown has the construct, HTML otherwise. */
export type InsertFormat = 'html' | 'markdown';

/** Answers by question key; a question that was not asked (or left empty when optional) is absent or ''. */
export type Answers = Readonly<Record<string, string | undefined>>;

interface QuestionBase {
  readonly key: string;
  /** The question, in plain words. */
  readonly prompt: string;
  /** Guidance under the question: why it is asked and what a good answer looks like. */
  readonly guidance: string;
  /** Asked only when this says so, from the answers so far. */
  readonly when?: (answers: Answers) => boolean;
}

/** A line of text, checked as it is typed: `validate` returns the reason an answer is refused, or undefined. */
export interface TextQuestion extends QuestionBase {
  readonly kind: 'text';
  readonly optional?: boolean;
  readonly initialValue?: string;
  readonly validate?: (value: string, answers: Answers) => string | undefined;
}

/** One of a few choices, shown as a list. */
export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly choices: readonly { readonly value: string; readonly label: string; readonly detail?: string }[];
}

/** A file of the site, chosen from a list; the editor turns it into a path relative to the page. */
export interface FileQuestion extends QuestionBase {
  readonly kind: 'file';
  /** File name endings offered, lower case, without the dot. */
  readonly extensions: readonly string[];
  /** The editor also reads the file's width and height into `<key>Width` and `<key>Height` (images). */
  readonly readSize?: boolean;
}

export type Question = TextQuestion | ChoiceQuestion | FileQuestion;

/** Where the block goes, as far as the builder needs to know. */
export interface InsertContext {
  readonly format: InsertFormat;
}

export interface InsertBlock {
  readonly id: string;
  /** The name in the list of blocks. */
  readonly label: string;
  /** One line under the name: what the block is for. */
  readonly detail: string;
  readonly questions: readonly Question[];
  /** The text to insert, every answer escaped for where it lands. */
  build(answers: Answers, context: InsertContext): string;
}

/** The answer for `key`, trimmed ('' when it was not given). */
export function answer(answers: Answers, key: string): string {
  return (answers[key] ?? '').trim();
}
