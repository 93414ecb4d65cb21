import { parseArgs } from 'node:util';
import { isSiteGenerator, siteGenerators, type SiteGenerator } from '../core/site/generator';
import { UsageError } from './usageError';

export const outputFormats = ['text', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly paths: readonly string[]; readonly format: OutputFormat; readonly configPath?: string; readonly site?: SiteGenerator }
  | { readonly kind: 'rules'; readonly format: OutputFormat };

const options = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  site: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const tryHelp = "Run 'content-bridge --help' to see how to use it.";

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
    if (token.name !== 'format' && token.name !== 'config' && token.name !== 'site' && token.value !== undefined) {
      throw new UsageError(`'${token.rawName}' does not take a value. ${tryHelp}`);
    }
  }

  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError(`Tell content-bridge what to do, for example: content-bridge check site/. ${tryHelp}`);
  if (command === 'rules') {
    if (paths.length > 0) throw new UsageError(`'content-bridge rules' takes no files. ${tryHelp}`);
    return { kind: 'rules', format: parseFormat(values.format) };
  }
  if (command !== 'check') throw new UsageError(`Unknown command '${command}'. The commands are 'check' and 'rules'. ${tryHelp}`);
  if (paths.length === 0) throw new UsageError("Say which files to check, for example: content-bridge check site/ or content-bridge check 'pages/**/*.html'");

  const configPath = typeof values.config === 'string' ? values.config : undefined;
  const site = isSiteGenerator(values.site) ? values.site : undefined;
  return { kind: 'check', paths, format: parseFormat(values.format), ...(configPath ? { configPath } : {}), ...(site ? { site } : {}) };
}

function parseFormat(value: string | boolean | undefined): OutputFormat {
  if (value === undefined) return 'text';
  const format = outputFormats.find((candidate) => candidate === value);
  if (!format) throw new UsageError(`Unknown format '${String(value)}'. Use --format text or --format json.`);
  return format;
}
