import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { UsageError } from './usageError';

/** Runs git in the folder and gives its output, or the reason it failed. */
function git(args: readonly string[], cwd: string): Promise<{ ok: true; stdout: string } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, message: (stderr || error.message).trim().split('\n')[0] });
      else resolve({ ok: true, stdout });
    });
  });
}

/**
 * The files changed since a git branch, tag or commit (committed or not, and new files git does not ignore), as
 * absolute paths. Deleted files are not listed: there is nothing left to check on them.
 */
export async function changedFilesSince(ref: string, cwd: string): Promise<Set<string>> {
  const root = await repositoryRoot(cwd);
  if (root === undefined) throw new UsageError(`--changed-since needs a git repository, and '${cwd}' is not inside one.`);
  const changed = await git(['diff', '--name-only', '--no-renames', '-z', ref, '--'], root);
  if (!changed.ok)
    throw new UsageError(
      `Cannot find the changes since '${ref}' (git says: ${changed.message}). Check the branch, tag or commit name; in CI, fetch enough history (for example fetch-depth: 0).`,
    );
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  const names = [...changed.stdout.split('\0'), ...(untracked.ok ? untracked.stdout.split('\0') : [])].filter((name) => name !== '');
  return new Set(names.map((name) => path.resolve(root, name)));
}

/** The top folder of the git repository holding `cwd`, or undefined when it is not in one (or git is not installed). */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  const result = await git(['rev-parse', '--show-toplevel'], cwd);
  return result.ok ? path.resolve(result.stdout.trim()) : undefined;
}
