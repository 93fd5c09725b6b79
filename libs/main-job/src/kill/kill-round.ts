import { setTimeout as delay } from 'node:timers/promises';
import type { Progress } from '../progress';
import { SERVICE_NAMES, type ServiceControl, type ServiceName } from '../target';

export interface KillRecord {
  service: ServiceName;
  killedAt: string;
  /** From SIGKILL to GET /ready answering 200 again. */
  downSeconds: number;
}

/**
 * The kill mode: while the replay runs, each of the seven services in turn gets SIGKILL (no
 * shutdown hook, nothing flushed) and is started again, one at a time, `everyMs` apart.
 */
export class KillRound {
  readonly records: KillRecord[] = [];
  private stopped = false;
  private running?: Promise<void>;

  constructor(
    private readonly control: ServiceControl,
    private readonly progress: Progress,
    private readonly everyMs: number,
  ) {}

  start(): this {
    this.running = this.run();
    return this;
  }

  /** Resolves once every service has had its turn (or the round was cut short). */
  async finished(): Promise<void> {
    await this.running;
  }

  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    for (const service of SERVICE_NAMES) {
      await delay(this.everyMs);
      if (this.stopped) return;
      const killedAt = Date.now();
      await this.control.kill(service);
      this.progress.line('kill', `${service}: SIGKILL`);
      await this.control.start(service);
      const downSeconds = (Date.now() - killedAt) / 1000;
      this.records.push({ service, killedAt: new Date(killedAt).toISOString(), downSeconds });
      this.progress.line(
        'kill',
        `${service}: ready again ${downSeconds.toFixed(1)} s after the kill`,
      );
    }
  }
}
