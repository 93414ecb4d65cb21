import type { SiteGenerator } from '../core/site/generator';
import type { CheckConfig } from '../core/types';
import { checkFiles } from './checkFiles';
import { loadProjectConfig } from './config';
import { loadMarkdownlintConfig, type MarkdownlintConfig } from './markdownlintConfig';
import { formatRules } from './formatRules';
import { parseArguments, type OutputFormat } from './args';
import { findHtmlFiles } from './files';
import { jsonWriter } from './formatJson';
import { textWriter } from './formatText';
import { helpText } from './help';
import { printablePath } from './printable';
import { UsageError } from './usageError';
import { packageVersion } from './version';
import { detectSiteOf } from './site';

const exitCode = { clean: 0, errorsFound: 1, cannotRun: 2 } as const;
type ExitCode = (typeof exitCode)[keyof typeof exitCode];

async function main(argv: readonly string[]): Promise<ExitCode> {
  try {
    const command = parseArguments(argv);
    switch (command.kind) {
      case 'help':
        process.stdout.write(helpText);
        return exitCode.clean;
      case 'version':
        process.stdout.write(`${packageVersion()}\n`);
        return exitCode.clean;
      case 'rules':
        process.stdout.write(formatRules(command.format));
        return exitCode.clean;
      case 'check': {
        const loaded = await loadProjectConfig(process.cwd(), command.configPath);
        if (loaded.warning) printProblem(loaded.warning);
        // The tool that builds the site decides which files are layouts: --site, else the config's "site", else detected.
        const generator = command.site ?? loaded.site ?? (await detectSiteOf(process.cwd()));
        const markdownlint = await loadMarkdownlintConfig(process.cwd());
        markdownlint.warnings.forEach(printProblem);
        return await runCheck(command.paths, command.format, loaded.config, generator, markdownlint.config);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      printProblem(error.message);
      return exitCode.cannotRun;
    }
    throw error;
  }
}

async function runCheck(paths: readonly string[], format: OutputFormat, config: CheckConfig, generator: SiteGenerator, markdownlint?: MarkdownlintConfig): Promise<ExitCode> {
  const files = await findHtmlFiles(paths, process.cwd());
  const writer = format === 'json' ? jsonWriter() : textWriter({ color: useColor() });
  let unreadableFiles = 0;
  let hasErrors = false;
  // Each file's result is written as soon as it is known; only counts are kept.
  for await (const result of checkFiles(files, config, { root: process.cwd(), generator }, markdownlint)) {
    if ('report' in result) {
      await write(writer.add(result.report));
      hasErrors ||= result.report.findings.some((finding) => finding.severity === 'error');
    } else {
      // A file that cannot be read is explained on stderr and left out, so the others still get checked.
      printProblem(`Cannot check '${printablePath(result.file.displayPath)}': ${result.unreadable}.`);
      unreadableFiles++;
    }
  }
  await write(writer.finish());
  if (unreadableFiles > 0) return exitCode.cannotRun;
  return hasErrors ? exitCode.errorsFound : exitCode.clean;
}

/** Writes to stdout, waiting when the reader is slower than the check so output never piles up in memory. */
function write(text: string): Promise<void> | void {
  if (text === '' || process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

function printProblem(message: string): void {
  process.stderr.write(`content-bridge: ${message}\n`);
}

function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env['NO_COLOR'];
}

// `content-bridge check site | head` closes the pipe early: stop quietly rather than crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

main(process.argv.slice(2)).then(
  (code) => {
    // Setting exitCode (not calling exit) lets piped output finish writing.
    process.exitCode = code;
  },
  (error: unknown) => {
    printProblem(`Something went wrong inside Content Bridge: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = exitCode.cannotRun;
  },
);
