// First: the compiler settings for a short run apply to all the checking code (compilerFlags.ts).
import './compilerTuning';
import { loadProjectConfig } from './config';
import { markdownlintSettingsOf } from './markdownlintConfig';
import { formatRules } from './formatRules';
import { parseArguments } from './args';
import { runCheck } from './runCheck';
import { helpText } from './help';
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
        const note = printOnce();
        const markdownlint = markdownlintSettingsOf(process.cwd(), note);
        const outcome = await runCheck(
          {
            paths: command.paths,
            format: command.format,
            limits: command.limits,
            config: loaded.config,
            generator,
            markdownlint,
            color: useColor(),
            note,
            ...(loaded.siteUrl ? { siteUrl: loaded.siteUrl } : {}),
            ...(loaded.ignore ? { ignore: loaded.ignore } : {}),
            // --docs-url wins over "docsUrl" in .contentbridge.json.
            ...((command.docsUrl ?? loaded.docsUrl) ? { docsUrl: command.docsUrl ?? loaded.docsUrl } : {}),
          },
          write,
          printProblem,
        );
        if (outcome.unreadableFiles > 0) return exitCode.cannotRun;
        const tooManyWarnings = command.limits.maxWarnings !== undefined && outcome.warnings > command.limits.maxWarnings;
        if (tooManyWarnings && outcome.errors === 0)
          printProblem(`${outcome.warnings} warnings found, more than the ${command.limits.maxWarnings} allowed (--max-warnings).`);
        return outcome.errors > 0 || tooManyWarnings ? exitCode.errorsFound : exitCode.clean;
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

/** Writes to stdout, waiting when the reader is slower than the check so output never piles up in memory. */
function write(text: string): Promise<void> | void {
  if (text === '' || process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

function printProblem(message: string): void {
  process.stderr.write(`content-bridge: ${message}\n`);
}

/** Prints each message once: the checking threads each meet the same settings files. */
function printOnce(): (message: string) => void {
  const said = new Set<string>();
  return (message) => {
    if (said.has(message)) return;
    said.add(message);
    printProblem(message);
  };
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
