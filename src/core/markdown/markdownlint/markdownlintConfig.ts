import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isNode, parseDocument } from 'yaml';
import { LineIndex } from '../../text/lineIndex';

/** The markdownlint config file names Content Bridge reads, in the order markdownlint-cli2 prefers them. */
export const markdownlintConfigFileNames = [
  '.markdownlint-cli2.jsonc',
  '.markdownlint-cli2.yaml',
  '.markdownlint.jsonc',
  '.markdownlint.json',
  '.markdownlint.yaml',
  '.markdownlint.yml',
] as const;

export type MarkdownlintConfigResult = (
  | { readonly config: Record<string, unknown>; readonly problem?: undefined }
  | { readonly config?: undefined; readonly problem: { readonly message: string; readonly line: number; readonly character: number } }
) & {
  /** The value of an `extends` written beside `config` in a `.markdownlint-cli2.*` file, which markdownlint passes over. */
  readonly misplacedExtends?: unknown;
  /** A `.markdownlint-cli2.*` file with no `config` (only other options): it sets no rules. */
  readonly withoutConfig?: true;
};

/**
 * Reads a repository's markdownlint config file. `.markdownlint-cli2.*` files hold it under their `config` key (and
 * have none when they only list files). A file that does not parse gives one plain-language problem at the mistake.
 */
export function parseMarkdownlintConfig(fileName: string, text: string): MarkdownlintConfigResult {
  const baseName = baseNameOf(fileName);
  const yaml = isYamlName(baseName);
  const parsed = yaml ? readYaml(text) : readJsonc(text);
  if ('problem' in parsed) return { problem: parsed.problem };
  let value = parsed.value;
  let misplaced: { misplacedExtends?: unknown } = {};
  if (baseName.startsWith('.markdownlint-cli2')) {
    if (isObject(value) && 'extends' in value && value['extends'] !== null) misplaced = { misplacedExtends: value['extends'] };
    value = isObject(value) ? value['config'] : undefined;
    if (value === undefined) return { config: {}, withoutConfig: true, ...misplaced };
  }
  if (!isObject(value))
    return {
      ...misplaced,
      problem: {
        message: `${baseName} should hold settings between { } (rule names and true, false or options); it holds something else, so its settings are not used.`,
        line: 0,
        character: 0,
      },
    };
  return { config: value, ...misplaced };
}

type Read = { readonly value: unknown } | { readonly problem: { message: string; line: number; character: number } };

function readJsonc(text: string): Read {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length === 0) return { value };
  const first = errors[0];
  const at = new LineIndex(text).positionAt(first.offset);
  return {
    problem: {
      message: `This markdownlint settings file has a mistake here (${describeJsonError(printParseErrorCode(first.error))}), so its settings are not used until it is corrected.`,
      ...at,
    },
  };
}

function readYaml(text: string): Read {
  const document = parseDocument(text, { prettyErrors: false });
  const error = document.errors[0];
  if (!error) return { value: document.toJS() as unknown };
  const at = new LineIndex(text).positionAt(error.pos[0]);
  return {
    problem: {
      message:
        'This markdownlint settings file has a mistake here (usually the indentation, a missing : after a name, or a quote left open), so its settings are not used until it is corrected.',
      ...at,
    },
  };
}

/** jsonc-parser's error codes, in words. */
function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'a character that does not belong',
    InvalidNumberFormat: 'a number written wrongly',
    PropertyNameExpected: 'a setting name in "quotes" was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a : was expected after the setting name',
    CommaExpected: 'a comma was expected between settings',
    CloseBraceExpected: 'a closing } is missing',
    CloseBracketExpected: 'a closing ] is missing',
    EndOfFileExpected: 'there is text after the last }',
    UnexpectedEndOfString: 'a text value is missing its closing quote',
    UnexpectedEndOfComment: 'a comment is not closed',
  };
  return words[code] ?? 'it could not be read';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where a settings file's `extends` value is written (the start of the value), for a note about it; the top of the
 * file when it cannot be found. `.markdownlint-cli2.*` files hold it under `config` (`top`: the one beside `config`).
 */
export function extendsPosition(fileName: string, text: string, where: 'settings' | 'top' = 'settings'): { readonly line: number; readonly character: number } {
  const baseName = baseNameOf(fileName);
  const path = baseName.startsWith('.markdownlint-cli2') && where === 'settings' ? ['config', 'extends'] : ['extends'];
  let offset = 0;
  if (isYamlName(baseName)) {
    const node = parseDocument(text, { prettyErrors: false }).getIn(path, true);
    if (isNode(node) && node.range) offset = node.range[0];
  } else {
    const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    offset = (tree && findNodeAtLocation(tree, path)?.offset) ?? 0;
  }
  return new LineIndex(text).positionAt(offset);
}

function baseNameOf(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

function isYamlName(baseName: string): boolean {
  return /\.ya?ml$/i.test(baseName);
}
