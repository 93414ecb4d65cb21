import * as vscode from 'vscode';

/**
 * A development server run in a terminal of our own (a task's pseudoterminal), so its output can be read: servers
 * print the address they serve on, which is surer than any port chosen beforehand. Desktop only: in VS Code for the
 * Web there is no Node, and `canRunServerHere` is false.
 */

interface ChildProcess {
  readonly pid?: number;
  readonly stdout: { on(event: 'data', listener: (chunk: Uint8Array) => void): void } | null;
  readonly stderr: { on(event: 'data', listener: (chunk: Uint8Array) => void): void } | null;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number | null) => void): void;
  kill(signal?: string): boolean;
}
interface ChildProcessModule {
  spawn(command: string, options: { cwd: string; shell: boolean; detached: boolean; env: Record<string, string | undefined> }): ChildProcess;
}
interface NodeProcess {
  readonly platform: string;
  readonly env: Record<string, string | undefined>;
  kill(pid: number, signal?: string): void;
}

function nodeProcess(): NodeProcess | undefined {
  const found = (globalThis as { process?: NodeProcess & { versions?: { node?: string } } }).process;
  return found?.versions?.node ? found : undefined;
}

function childProcess(): ChildProcessModule | undefined {
  // Through a plain reference to `require`, so no browser bundle (the web extension, the web tests) tries to include it.
  const nodeRequire = nodeProcess() && typeof require === 'function' ? require : undefined;
  return nodeRequire?.('node:child_process') as ChildProcessModule | undefined;
}

/** Whether this extension host can run a server itself (the desktop; not VS Code for the Web). */
export function canRunServerHere(): boolean {
  return nodeProcess() !== undefined;
}

/** Most of what a server prints at start fits here; the address is among its first lines. */
const keptOutputChars = 64_000;

/** The servers running from this window: stopped with it, so none is left holding its port after a reload. */
const running = new Set<ServerTerminal>();

export function stopServersStartedHere(): void {
  for (const terminal of running) terminal.close();
}

/** The terminal of one server run: what it prints is shown and handed to `onOutput`; closing it stops the server. */
export class ServerTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private child: ChildProcess | undefined;
  private output = '';
  private finished = false;

  constructor(
    private readonly command: string,
    private readonly folder: string,
    /** Everything printed so far (the last 64,000 characters), each time more is printed. */
    private readonly onOutput: (output: string) => void,
    private readonly onExit: () => void,
  ) {}

  open(): void {
    const spawn = childProcess();
    const process = nodeProcess();
    if (!spawn || !process) {
      this.print(vscode.l10n.t('This window cannot start programs, so the server was not started.') + '\n');
      this.finish(1);
      return;
    }
    this.print(`> ${this.command}\n\n`);
    // Its own process group on Linux and macOS, so stopping it stops what the command started (npx, node…).
    const child = spawn.spawn(this.command, { cwd: this.folder, shell: true, detached: process.platform !== 'win32', env: process.env });
    this.child = child;
    running.add(this);
    const decoder = new TextDecoder();
    const read = (chunk: Uint8Array) => this.print(decoder.decode(chunk, { stream: true }));
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('error', (error) => {
      this.print(`\n${error.message}\n`);
      this.finish(1);
    });
    child.on('exit', (code) => {
      this.print(`\n${vscode.l10n.t('The server stopped.')}\n`);
      this.finish(code ?? 0);
    });
  }

  /** Ctrl+C in the terminal stops the server, as in any terminal. */
  handleInput(data: string): void {
    if (data === '\u0003') this.stop();
  }

  close(): void {
    this.stop();
  }

  private print(text: string): void {
    this.output = (this.output + text).slice(-keptOutputChars);
    this.written.fire(text.replace(/\r?\n/g, '\r\n'));
    this.onOutput(this.output);
  }

  private finish(code: number): void {
    if (this.finished) return;
    this.finished = true;
    this.child = undefined;
    running.delete(this);
    this.onExit();
    this.closed.fire(code);
  }

  private stop(): void {
    const child = this.child;
    const process = nodeProcess();
    if (!child?.pid || !process) return;
    try {
      if (process.platform === 'win32')
        childProcess()?.spawn(`taskkill /pid ${child.pid} /T /F`, { cwd: this.folder, shell: true, detached: false, env: process.env });
      else process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill(); // The group has gone already: the process itself, if it is still there.
    }
  }
}
