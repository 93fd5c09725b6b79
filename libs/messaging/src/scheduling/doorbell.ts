/**
 * Lets a polling loop sleep until someone rings (a NOTIFY arrived, a slot freed up), its timeout
 * passes or it is stopped, whichever comes first. A ring while the loop is busy is remembered,
 * so the next wait returns at once and no wake-up is lost between two waits.
 */
export class Doorbell {
  private wakeUp?: () => void;
  private rung = false;

  constructor(private readonly stopped: AbortSignal) {}

  ring(): void {
    if (this.wakeUp) this.wakeUp();
    else this.rung = true;
  }

  wait(ms: number): Promise<void> {
    if (this.rung || this.stopped.aborted) {
      this.rung = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopped.removeEventListener('abort', done);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopped.addEventListener('abort', done, { once: true });
      this.wakeUp = done;
    });
  }
}
