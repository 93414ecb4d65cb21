import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** The repository root, from out/test/unit/cli where the compiled tests run. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** Built by `npm run build`, which `npm test` runs before the unit tests. */
const cliPath = path.join(repoRoot, 'dist', 'cli.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI as users do, in `cwd` (the repository root unless given). */
export function runCli(args: readonly string[], cwd: string = repoRoot, env: Readonly<Record<string, string>> = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
