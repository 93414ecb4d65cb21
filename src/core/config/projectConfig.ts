import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ruleById } from '../rules';
import type { CheckConfig, OptionValue, RuleEntry, RuleMeta, RuleOptionSpec } from '../types';
import { isForbiddenKey, jsonShapeProblem, maxConfigDepth } from './jsonShape';
import { isSiteGenerator, siteGenerators, type SiteGenerator } from '../site/generator';

/** The project's shared config file, read by the editor and the CLI alike. */
export const projectConfigFileName = '.contentbridge.json';

/** Said when something named like the config file is a folder or a special file (a pipe would never finish reading). */
export const configNotAFileMessage = `${projectConfigFileName} is a folder or a special file, not a file, so the default checks are used.`;

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
  /** `"siteUrl"`: the site's own web address, so links written with it count as links inside the site. */
  readonly siteUrl?: string;
  /** `"ignore"`: files and folders the whole-site check leaves out, as .gitignore patterns. */
  readonly ignore?: readonly string[];
  /** `"docsUrl"`: where the check pages (`docs/rules/…`) are published, for the help links of CI reports. */
  readonly docsUrl?: string;
}

const severities = ['off', 'error', 'warning', 'info'];

/**
 * Reads `.contentbridge.json` (comments and trailing commas allowed). A file
 * that does not parse gives the defaults and one problem; an entry that is
 * wrong is left out, so the rest of the file still applies.
 */
export function parseProjectConfig(fileText: string): ProjectConfig {
  // Some Windows editors start the file with a byte-order mark; it is not part of the settings. A space in its
  // place keeps every offset where the editor shows it.
  const text = fileText.charCodeAt(0) === 0xfeff ? ` ${fileText.slice(1)}` : fileText;
  if (text.trim() === '') return { config: {} };
  const shape = jsonShapeProblem(text);
  if (shape?.kind === 'too-deep') {
    return {
      config: {},
      problem: {
        message: `${projectConfigFileName} is nested too deeply to be read (more than ${maxConfigDepth} levels of { } or [ ]; settings need three or four), so the default checks are used until it is fixed.`,
        start: shape.offset,
        end: shape.offset + 1,
      },
    };
  }
  if (shape?.kind === 'forbidden-key') {
    return {
      config: {},
      problem: {
        message: `${projectConfigFileName} uses the name "${shape.key}", which is not a setting and is never applied. Remove it; meanwhile the default checks are used.`,
        start: shape.offset,
        end: shape.offset + shape.length,
      },
    };
  }
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
    return {
      config: {},
      problem: whole(text, `${projectConfigFileName} must hold an object like { "rules": { … } }, so the default checks are used until it is fixed.`),
    };
  }
  const complaints: string[] = [];
  for (const key of Object.keys(root)) {
    if (!knownKeys.has(key)) complaints.push(`"${key}" is not a setting Content Bridge knows (only "rules", "site", "siteUrl", "ignore" and "docsUrl")`);
  }
  const site = readSite(root['site'], complaints);
  const siteUrl = readSiteUrl(root['siteUrl'], complaints);
  const ignore = readIgnore(root['ignore'], complaints);
  const docsUrl = readDocsUrl(root['docsUrl'], complaints);
  const rawRules = root['rules'];
  if (rawRules !== undefined && !isPlainObject(rawRules)) complaints.push('"rules" must be an object of rule ids');
  const config: CheckConfig = { rules: readRuleEntries(rawRules, complaints) };
  const siteEntry = {
    ...(site === undefined ? {} : { site }),
    ...(siteUrl === undefined ? {} : { siteUrl }),
    ...(ignore === undefined ? {} : { ignore }),
    ...(docsUrl === undefined ? {} : { docsUrl }),
  };
  if (complaints.length === 0) return { config, ...siteEntry };
  const more = complaints.length > 1 ? ` (and ${complaints.length - 1} more problem${complaints.length > 2 ? 's' : ''})` : '';
  return {
    config,
    ...siteEntry,
    problem: whole(text, `${projectConfigFileName}: ${complaints[0]}${more}. Those entries are ignored; the rest of the file applies.`),
  };
}

const knownKeys = new Set(['rules', 'site', 'siteUrl', 'ignore', 'docsUrl', '$schema']);

/** `"docsUrl": "https://github.com/org/content-bridge/blob/main/"`: an http or https address. */
function readDocsUrl(raw: unknown, complaints: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && (raw.startsWith('https://') || raw.startsWith('http://')) && raw.length > 'https://'.length) return raw;
  complaints.push('"docsUrl" must be the web address where the docs/rules pages are published, like "https://github.com/your-org/content-bridge/blob/main/"');
  return undefined;
}

/** `"siteUrl": "https://library.example/"`: an http or https address. */
function readSiteUrl(raw: unknown, complaints: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && (raw.startsWith('https://') || raw.startsWith('http://')) && raw.length > 'https://'.length) return raw;
  complaints.push('"siteUrl" must be the site\'s web address, like "https://www.example.org/"');
  return undefined;
}

/** `"ignore": ["drafts/", "*.tmp.html"]`: a list of .gitignore patterns. */
function readIgnore(raw: unknown, complaints: string[]): string[] | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw as string[];
  complaints.push('"ignore" must be a list of files and folders, like ["drafts/", "old/*.html"]');
  return undefined;
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
    if (isForbiddenKey(ruleId)) {
      complaints.push(forbiddenKeyComplaint(ruleId));
      continue;
    }
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
    if (isForbiddenKey(name)) {
      complaints.push(forbiddenKeyComplaint(name));
      continue;
    }
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
  dropCrossedLimits(meta, entry, complaints);
  return entry as RuleEntry;
}

/**
 * A lower limit above its upper limit (`minLength` 200, `maxLength` 160) would report every page; the pair
 * is left out, so the defaults apply. An option not given counts at its default.
 */
function dropCrossedLimits(meta: RuleMeta, entry: Record<string, OptionValue>, complaints: string[]): void {
  for (const minName of Object.keys(meta.options ?? {})) {
    if (!minName.startsWith('min')) continue;
    const maxName = `max${minName.slice(3)}`;
    if (!meta.options?.[maxName] || (entry[minName] === undefined && entry[maxName] === undefined)) continue;
    const min = entry[minName] ?? meta.options[minName].default;
    const max = entry[maxName] ?? meta.options[maxName].default;
    if (typeof min !== 'number' || typeof max !== 'number' || min <= max) continue;
    complaints.push(`"${meta.id}".${minName} (${min}) is more than ${maxName} (${max}), so every page would be reported`);
    delete entry[minName];
    delete entry[maxName];
  }
}

function forbiddenKeyComplaint(key: string): string {
  return `"${key}" is not a setting and is never applied`;
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
