/**
 * Runs a pass every `intervalMs` without overlap: a pass still running when the next is due
 * makes that one skip rather than run beside it. `stop` clears the timer and waits for the pass
 * in flight, so a shutdown never cuts one in half. A pass reports its own failures; a rejection
 * that escapes it is dropped here rather than crash the process.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly intervalMs: number,
    private readonly pass: () => Promise<unknown>,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => {
      this.running ??= this.pass()
        .catch(() => undefined)
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
