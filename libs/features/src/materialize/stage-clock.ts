import type { MaterializationProgress } from './materialize-request';

type Stage = MaterializationProgress['stage'];

/** Milliseconds spent per materialization stage, reported in the result and by the benchmark. */
export class StageClock {
  private readonly spent: Record<Stage, number> = {
    load: 0,
    aggregate: 0,
    split: 0,
    fit: 0,
    transform: 0,
    write: 0,
    profile: 0,
  };

  async time<T>(stage: Stage, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.spent[stage] += performance.now() - started;
    }
  }

  timings(): Record<Stage, number> {
    const rounded = { ...this.spent };
    for (const stage of Object.keys(rounded) as Stage[])
      rounded[stage] = Math.round(rounded[stage]);
    return rounded;
  }
}
