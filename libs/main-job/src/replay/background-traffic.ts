import type { LabelFeed } from './label-feed';
import type { Replayer } from './traffic';

/**
 * A second model's traffic beside the main replay: its rows over and over until stopped, its
 * outcomes reported after each pass.
 */
export class BackgroundTraffic<R> {
  private stopped = false;
  private running?: Promise<void>;

  constructor(
    private readonly replayer: Replayer<R>,
    private readonly labels: LabelFeed,
    private readonly rows: readonly R[],
    private readonly chunk = 100,
  ) {}

  start(): this {
    this.running = this.run();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
    await this.labels.publishUpTo();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      for (let i = 0; i < this.rows.length && !this.stopped; i += this.chunk)
        await this.replayer.play(this.rows.slice(i, i + this.chunk));
      await this.labels.publishUpTo();
    }
  }
}
