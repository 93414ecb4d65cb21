import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ruleById } from '../rules';
import type { CheckConfig, OptionValue, RuleEntry, RuleMeta, RuleOptionSpec } from '../types';
import { isSiteGenerator, siteGenerators, type SiteGenerator } from '../site/generator';

/** The project's shared config file, read by the editor and the CLI alike. */
export const projectConfigFileName = '.contentbridge.json';

export interface ConfigProblem {
  /** What is wrong and what happens meanwhile, in plain words. */
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface ProjectConfig {
  /** The usable part of the file: everything valid in it, or nothing when it cannot be read. */
  readonly config: CheckConfig;
  /** The first thing wrong with the file, if anything, for one clear diagnostic. */
  readonly problem?: ConfigProblem;
  /** The site generator the project names with `"site"`, overriding detection. */
  readonly site?: SiteGenerator;
}

const severities = ['off', 'error', 'warning', 'info'];

/**
 * Reads `.contentbridge.json` (comments and trailing commas allowed). A file
 * that does not parse gives the defaults and one problem; an entry that is
 * wrong is left out, so the rest of the file still applies.
 */
export function parseProjectConfig(text: string): ProjectConfig {
  if (text.trim() === '') return { config: {} };
  const errors: ParseError[] = [];
  const root: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    return {
      config: {},
      problem: {
        message: `${projectConfigFileName} could not be read (${describeParseError(first.error)} at line ${lineOf(text, first.offset)}), so the default checks are used until it is fixed.`,
        start: first.offset,
        end: first.offset + Math.max(first.length, 1),
      },
    };
  }
  if (!isPlainObject(root)) {
    return { config: {}, problem: whole(text, `${projectConfigFileName} must hold an object like { "rules": { … } }, so the default checks are used until it is fixed.`) };
  }
  const complaints: string[] = [];
  for (const key of Object.keys(root)) {
    if (key !== 'rules' && key !== 'site' && key !== '$schema') complaints.push(`"${key}" is not a setting Content Bridge knows (only "rules" and "site")`);
  }
  const site = readSite(root['site'], complaints);
  const rawRules = root['rules'];
  if (rawRules !== undefined && !isPlainObject(rawRules)) complaints.push('"rules" must be an object of rule ids');
  const config: CheckConfig = { rules: readRuleEntries(rawRules, complaints) };
  const siteEntry = site === undefined ? {} : { site };
  if (complaints.length === 0) return { config, ...siteEntry };
  const more = complaints.length > 1 ? ` (and ${complaints.length - 1} more problem${complaints.length > 2 ? 's' : ''})` : '';
  return {
    config,
    ...siteEntry,
    problem: whole(text, `${projectConfigFileName}: ${complaints[0]}${more}. Those entries are ignored; the rest of the file applies.`),
  };
}

/** `"site": "hugo"`: which site generator builds the site, when detection gets it wrong. */
function readSite(raw: unknown, complaints: string[]): SiteGenerator | undefined {
  if (raw === undefined) return undefined;
  if (isSiteGenerator(raw)) return raw;
  complaints.push(`"site" must be one of ${siteGenerators.map((name) => `"${name}"`).join(', ')}`);
  return undefined;
}

/**
 * The valid entries of a `rules` object (from the config file or from VS Code
 * settings); what is wrong is described in `complaints` and left out.
 */
export function readRuleEntries(raw: unknown, complaints: string[] = []): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  for (const [ruleId, value] of Object.entries(isPlainObject(raw) ? raw : {})) {
    const rule = ruleById(ruleId);
    if (!rule) {
      complaints.push(`there is no rule "${ruleId}" (\`content-bridge rules\` lists them)`);
      continue;
    }
    const entry = validEntry(rule.meta, value, complaints);
    if (entry !== undefined) rules[ruleId] = entry;
  }
  return rules;
}

function validEntry(meta: RuleMeta, raw: unknown, complaints: string[]): RuleEntry | undefined {
  if (typeof raw === 'string') {
    if (severities.includes(raw)) return raw as RuleEntry;
    complaints.push(`"${meta.id}" must be one of ${severities.map((s) => `"${s}"`).join(', ')}, not "${raw}"`);
    return undefined;
  }
  if (!isPlainObject(raw)) {
    complaints.push(`"${meta.id}" must be a severity ("off", "error", "warning", "info") or an object`);
    return undefined;
  }
  const entry: Record<string, OptionValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'severity') {
      if (typeof value === 'string' && severities.includes(value)) entry[name] = value;
      else complaints.push(`"${meta.id}".severity must be one of ${severities.map((s) => `"${s}"`).join(', ')}`);
      continue;
    }
    const spec = meta.options?.[name];
    if (!spec) {
      const known = Object.keys(meta.options ?? {});
      complaints.push(`"${meta.id}" has no option "${name}"${known.length ? ` (it has ${known.map((k) => `"${k}"`).join(', ')})` : ''}`);
      continue;
    }
    const problem = checkOption(spec, value);
    if (problem) complaints.push(`"${meta.id}".${name} ${problem}`);
    else entry[name] = value as OptionValue;
  }
  return entry as RuleEntry;
}

function checkOption(spec: RuleOptionSpec, value: unknown): string | undefined {
  if (spec.type === 'integer' || spec.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
      return `must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}`;
    }
    if (spec.minimum !== undefined && value < spec.minimum) return `must be at least ${spec.minimum}`;
    if (spec.maximum !== undefined && value > spec.maximum) return `must be at most ${spec.maximum}`;
    return undefined;
  }
  if (spec.type === 'boolean') return typeof value === 'boolean' ? undefined : 'must be true or false';
  if (typeof value !== 'string') return 'must be a text value';
  if (spec.enum && !spec.enum.includes(value)) return `must be one of ${spec.enum.map((v) => `"${v}"`).join(', ')}`;
  return undefined;
}

function whole(text: string, message: string): ConfigProblem {
  const start = Math.max(0, text.search(/\S/));
  return { message, start, end: Math.min(text.length, start + 1) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describeParseError(code: ParseError['error']): string {
  const name = printParseErrorCode(code);
  const plain: Record<string, string> = {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a badly written number',
    PropertyNameExpected: 'a setting name in quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon (:) was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing } was expected',
    CloseBracketExpected: 'a closing ] was expected',
    EndOfFileExpected: 'the file should end here',
    UnexpectedEndOfString: 'a quote is not closed',
    UnexpectedEndOfComment: 'a comment is not closed',
    InvalidCharacter: 'an invalid character',
  };
  return plain[name] ?? name;
}
