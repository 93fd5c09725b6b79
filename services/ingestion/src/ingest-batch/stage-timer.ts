/** Wall-clock time per named stage of one batch's ingestion, for the log and the benchmark. */
export class StageTimer {
  private readonly elapsed = new Map<string, number>();

  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.elapsed.set(stage, (this.elapsed.get(stage) ?? 0) + performance.now() - started);
    }
  }

  /** e.g. "fetch 40 ms, load 130 ms, validate 260 ms". */
  toString(): string {
    return [...this.elapsed].map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(', ');
  }
}
