import type { CheckConfig, SiteGenerator } from '../core';
import { checkFiles } from './checkFiles';
import { loadProjectConfig } from './config';
import { loadMarkdownlintConfig, type MarkdownlintConfig } from './markdownlintConfig';
import { formatRules } from './formatRules';
import { parseArguments, type OutputFormat } from './args';
import { findHtmlFiles } from './files';
import { formatJson } from './formatJson';
import { formatText } from './formatText';
import { helpText } from './help';
import type { FileReport } from './report';
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
  const reports: FileReport[] = [];
  let unreadableFiles = 0;
  // A file that cannot be read is explained on stderr and left out, so the others still get checked.
  (await checkFiles(files, config, { root: process.cwd(), generator }, markdownlint)).forEach((result, index) => {
    if ('report' in result) {
      reports.push(result.report);
    } else {
      printProblem(`Cannot check '${files[index].displayPath}': ${result.unreadable}.`);
      unreadableFiles++;
    }
  });

  const output = format === 'json' ? formatJson(reports) : formatText(reports, { color: useColor() });
  process.stdout.write(output);

  if (unreadableFiles > 0) return exitCode.cannotRun;
  const hasErrors = reports.some((report) => report.findings.some((finding) => finding.severity === 'error'));
  return hasErrors ? exitCode.errorsFound : exitCode.clean;
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
