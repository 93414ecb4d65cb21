import { parseArgs } from 'node:util';
import { isSiteGenerator, siteGenerators, type SiteGenerator } from '../core/site/generator';
import { UsageError } from './usageError';

export const outputFormats = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** This runner's share of a site split across CI runners: `--shard 2/4` is { index: 2, count: 4 }. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** How `check` narrows and judges its run (beyond which files and which config). */
export interface CheckLimits {
  /** Fail (exit 1) when more warnings than this are found. */
  readonly maxWarnings?: number;
  /** Page checks only on files changed since this git ref. */
  readonly changedSince?: string;
  readonly shard?: Shard;
  /** `--jobs N`: how many threads check pages (1: this thread alone). Undefined: chosen by the number of pages. */
  readonly jobs?: number;
}

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'check';
      readonly paths: readonly string[];
      readonly format: OutputFormat;
      readonly configPath?: string;
      readonly site?: SiteGenerator;
      readonly limits: CheckLimits;
      /** `--docs-url`: where the rule pages are published, for SARIF's help links. */
      readonly docsUrl?: string;
    }
  | { readonly kind: 'rules'; readonly format: 'text' | 'json' };

const options = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  site: { type: 'string' },
  'max-warnings': { type: 'string' },
  'changed-since': { type: 'string' },
  shard: { type: 'string' },
  'docs-url': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const tryHelp = "Run 'content-bridge --help' to see how to use it.";

const valueOptions = new Set(['format', 'config', 'site', 'max-warnings', 'changed-since', 'shard', 'docs-url', 'jobs']);

/** Turns the command-line arguments (without `node` and the script) into what to do. */
export function parseArguments(argv: readonly string[]): CliCommand {
  // Non-strict parsing plus our own checks, so mistakes get plain messages
  // instead of Node's wording.
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(options, token.name)) throw new UsageError(`Unknown option '${token.rawName}'. ${tryHelp}`);
    if (token.name === 'format' && token.value === undefined) {
      throw new UsageError(`'${token.rawName}' needs a value: ${outputFormats.join(' or ')}. For example: --format json`);
    }
    if (token.name === 'config' && token.value === undefined) {
      throw new UsageError(`'${token.rawName}' needs the path of a config file. For example: --config site/.contentbridge.json`);
    }
    if (token.name === 'site' && (token.value === undefined || !isSiteGenerator(token.value))) {
      throw new UsageError(`'${token.rawName}' needs the tool that builds the site: ${siteGenerators.join(', ')}. For example: --site hugo`);
    }
    if (token.name === 'max-warnings' && (token.value === undefined || !/^\d{1,9}$/.test(token.value))) {
      throw new UsageError(`'${token.rawName}' needs a number of warnings (0 or more). For example: --max-warnings 10`);
    }
    if (token.name === 'changed-since' && (token.value === undefined || token.value === '' || token.value.startsWith('-'))) {
      throw new UsageError(`'${token.rawName}' needs a git branch, tag or commit. For example: --changed-since origin/main`);
    }
    if (token.name === 'shard' && (token.value === undefined || parseShard(token.value) === undefined)) {
      throw new UsageError(`'${token.rawName}' needs this runner's part and the number of parts, like 2/4 (the second of four parts).`);
    }
    if (token.name === 'docs-url' && (token.value === undefined || !isWebAddress(token.value))) {
      throw new UsageError(
        `'${token.rawName}' needs the web address where the docs/rules pages are published. For example: --docs-url https://github.com/your-org/content-bridge/blob/main/`,
      );
    }
    if (token.name === 'jobs' && (token.value === undefined || parseJobs(token.value) === undefined)) {
      throw new UsageError(`'${token.rawName}' needs how many pages to check at once, from 1 to ${maxJobs}. For example: --jobs 2`);
    }
    if (!valueOptions.has(token.name) && token.value !== undefined) {
      throw new UsageError(`'${token.rawName}' does not take a value. ${tryHelp}`);
    }
  }

  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError(`Tell content-bridge what to do, for example: content-bridge check site/. ${tryHelp}`);
  if (command === 'rules') {
    if (paths.length > 0) throw new UsageError(`'content-bridge rules' takes no files. ${tryHelp}`);
    const format = parseFormat(values.format);
    if (format !== 'text' && format !== 'json') throw new UsageError(`'content-bridge rules' prints text or json, not ${format}.`);
    return { kind: 'rules', format };
  }
  if (command !== 'check') throw new UsageError(`Unknown command '${command}'. The commands are 'check' and 'rules'. ${tryHelp}`);
  if (paths.length === 0) throw new UsageError("Say which files to check, for example: content-bridge check site/ or content-bridge check 'pages/**/*.html'");

  const configPath = typeof values.config === 'string' ? values.config : undefined;
  const site = isSiteGenerator(values.site) ? values.site : undefined;
  const limits: CheckLimits = {
    ...(typeof values['max-warnings'] === 'string' ? { maxWarnings: Number(values['max-warnings']) } : {}),
    ...(typeof values['changed-since'] === 'string' ? { changedSince: values['changed-since'] } : {}),
    ...(typeof values.shard === 'string' ? { shard: parseShard(values.shard)! } : {}),
    ...(typeof values.jobs === 'string' ? { jobs: parseJobs(values.jobs)! } : {}),
  };
  const docsUrl = typeof values['docs-url'] === 'string' ? values['docs-url'] : undefined;
  return {
    kind: 'check',
    paths,
    format: parseFormat(values.format),
    ...(configPath ? { configPath } : {}),
    ...(site ? { site } : {}),
    limits,
    ...(docsUrl ? { docsUrl } : {}),
  };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** `2/4` → the second of four parts; undefined unless 1 ≤ index ≤ count. */
export function parseShard(value: string): Shard | undefined {
  const slash = value.indexOf('/');
  const index = Number(value.slice(0, slash));
  const count = Number(value.slice(slash + 1));
  if (slash === -1 || !Number.isInteger(index) || !Number.isInteger(count) || index < 1 || index > count || count > 10000) return undefined;
  return { index, count };
}

/** More threads than this only wait for each other: the pages are read and printed by one thread. */
export const maxJobs = 64;

/** `--jobs 2` → 2; undefined unless a whole number from 1 to maxJobs. */
export function parseJobs(value: string): number | undefined {
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const jobs = Number(value);
  return jobs >= 1 && jobs <= maxJobs ? jobs : undefined;
}

function parseFormat(value: string | boolean | undefined): OutputFormat {
  if (value === undefined) return 'text';
  const format = outputFormats.find((candidate) => candidate === value);
  if (!format) throw new UsageError(`Unknown format '${String(value)}'. Use --format text, json, sarif or github.`);
  return format;
}
