/**
 * Long loops on the extension host's main thread (listing 10,000 files, publishing every page's problems) give way
 * every few milliseconds, so the host's timers, typing and other extensions keep running: in VS Code for the Web the
 * host is one web worker, and a loop that runs for half a second holds up everything in it.
 */
export class TimeSlices {
  private sliceStarted = Date.now();

  constructor(private readonly sliceMs = 20) {}

  /** True when the current slice has run its time: `await pause()` before going on. */
  get due(): boolean {
    return Date.now() - this.sliceStarted >= this.sliceMs;
  }

  /** Lets other work run (the next turn of the event loop), then starts a new slice. */
  async pause(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.sliceStarted = Date.now();
  }
}
