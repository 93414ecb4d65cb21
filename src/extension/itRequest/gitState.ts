import * as vscode from 'vscode';

/** The few parts of the built-in Git extension's API (version 1) that an IT request needs. */
interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: {
    readonly HEAD?: { readonly name?: string; readonly commit?: string };
    readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string; readonly pushUrl?: string }[];
    readonly workingTreeChanges: readonly unknown[];
    readonly indexChanges: readonly unknown[];
  };
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  readonly repositories: readonly GitRepository[];
}
interface GitExtension {
  getAPI(version: 1): GitApi;
}

export interface GitState {
  readonly branch?: string;
  readonly lastCommit?: string;
  readonly uncommittedChanges: number;
  /** The address of the `origin` remote (or the first remote). */
  readonly remote?: string;
}

/** Reads the repository state for a file, or undefined where git is not available (VS Code for the Web, no repository). */
export async function readGitState(uri: vscode.Uri | undefined): Promise<GitState | undefined> {
  const api = await gitApi();
  if (!api) return undefined;
  const repository = (uri && api.getRepository(uri)) ?? api.repositories[0];
  if (!repository) return undefined;
  const { HEAD, remotes, workingTreeChanges, indexChanges } = repository.state;
  const remote = remotes.find((candidate) => candidate.name === 'origin') ?? remotes[0];
  return {
    branch: HEAD?.name,
    lastCommit: HEAD?.commit?.slice(0, 12),
    uncommittedChanges: new Set([...workingTreeChanges, ...indexChanges].map(changeUri)).size,
    remote: remote?.fetchUrl ?? remote?.pushUrl,
  };
}

async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    return exports?.getAPI(1);
  } catch {
    return undefined; // Git disabled or not installed: the request simply says so.
  }
}

function changeUri(change: unknown): string {
  const uri = (change as { uri?: vscode.Uri }).uri;
  return uri ? uri.toString() : String(change);
}
