import * as vscode from 'vscode';

/** The few parts of the built-in Git extension's API (version 1) that an IT request needs. */
interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: {
    readonly HEAD?: { readonly name?: string; readonly commit?: string; readonly upstream?: unknown; readonly ahead?: number };
    readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string; readonly pushUrl?: string }[];
    readonly workingTreeChanges: readonly unknown[];
    readonly indexChanges: readonly unknown[];
    readonly untrackedChanges?: readonly unknown[];
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
  /** The full HEAD commit (links to lines need it whole). */
  readonly lastCommit?: string;
  readonly uncommittedChanges: number;
  /** Workspace-relative paths of the files with uncommitted changes. */
  readonly uncommittedFiles: readonly string[];
  /** The address of the `origin` remote (or the first remote). */
  readonly remote?: string;
  /** Whether the HEAD commit is on the remote: it has an upstream and nothing waits to be pushed. */
  readonly headPushed?: boolean;
}

/** Reads the repository state for a file, or undefined where git is not available (VS Code for the Web, no repository). */
export async function readGitState(uri: vscode.Uri | undefined): Promise<GitState | undefined> {
  const api = await gitApi();
  if (!api) return undefined;
  const repository = (uri && api.getRepository(uri)) ?? api.repositories[0];
  if (!repository) return undefined;
  const { HEAD, remotes, workingTreeChanges, indexChanges, untrackedChanges = [] } = repository.state;
  const remote = remotes.find((candidate) => candidate.name === 'origin') ?? remotes[0];
  const changed = [...new Set([...workingTreeChanges, ...indexChanges, ...untrackedChanges].map(changeUri))];
  return {
    branch: HEAD?.name,
    lastCommit: HEAD?.commit,
    uncommittedChanges: changed.length,
    uncommittedFiles: changed.map((uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false)),
    remote: remote?.fetchUrl ?? remote?.pushUrl,
    headPushed: HEAD?.commit === undefined ? undefined : HEAD.upstream === undefined ? false : HEAD.ahead === 0,
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
