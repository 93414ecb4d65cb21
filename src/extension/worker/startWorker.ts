import * as vscode from 'vscode';

/** The little a checking worker needs to be, on the desktop (worker_threads) and on the web (Web Worker) alike. */
export interface WorkerPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** A load failure, an uncaught error or the worker stopping: whatever is pending will not be answered. */
  onFailure(listener: (reason: string) => void): void;
  terminate(): void;
}

export type StartedWorker = { readonly port: WorkerPort } | { readonly reason: string };

interface NodeWorker {
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  postMessage(message: unknown): void;
  terminate(): Promise<number>;
  unref(): void;
}

interface WebWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/**
 * Starts the checking worker bundle: dist/checkWorker.js in a `worker_threads` Worker where the extension host is
 * Node, dist/web/checkWorker.js in a Web Worker where it is a web worker itself. Never throws: when no worker can be
 * started, the reason says why, in plain words, for the output channel.
 */
export async function startCheckWorker(extensionUri: vscode.Uri): Promise<StartedWorker> {
  try {
    const nodeProcess = (globalThis as { process?: { versions?: { node?: string } } }).process;
    if (nodeProcess?.versions?.node) return { port: startNodeWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'checkWorker.js').fsPath) };
    return await startWebWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'checkWorker.js'));
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function startNodeWorker(file: string): WorkerPort {
  // Loaded only on the desktop: the web build leaves this module out (see scripts/build.mjs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as { Worker: new (file: string) => NodeWorker };
  const worker = new Worker(file);
  // A worker waiting for work must not keep VS Code from closing.
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', (error) => listener(error.message));
      worker.on('exit', (code) => listener(vscode.l10n.t('the checking worker stopped (exit code {0})', code)));
    },
    terminate: () => void worker.terminate(),
  };
}

async function startWebWorker(script: vscode.Uri): Promise<StartedWorker> {
  const scope = globalThis as { Worker?: new (url: string) => WebWorker; Blob?: typeof Blob; URL?: typeof URL };
  if (!scope.Worker || !scope.Blob || !scope.URL?.createObjectURL)
    return { reason: vscode.l10n.t('this browser does not let extensions start a background worker') };
  // The extension's files are not served from the page's origin, so the worker is started from a copy of its code.
  const code = await vscode.workspace.fs.readFile(script);
  // The bytes as they are: decoding several megabytes to a string first would hold up the host.
  const url = scope.URL.createObjectURL(new scope.Blob([code as Uint8Array<ArrayBuffer>], { type: 'text/javascript' }));
  const worker = new scope.Worker(url);
  let failure: ((reason: string) => void) | undefined;
  worker.onerror = (event) => failure?.(event.message || vscode.l10n.t('the checking worker could not be started'));
  return {
    port: {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => {
        worker.onmessage = (event) => listener(event.data);
      },
      onFailure: (listener) => {
        failure = listener;
      },
      terminate: () => {
        worker.terminate();
        scope.URL?.revokeObjectURL(url);
      },
    },
  };
}
