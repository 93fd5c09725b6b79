/**
 * Where the retraining slice reads the time: decisions, cool-downs, in-flight timeouts and
 * schedules all take it from here, so tests move time instead of waiting for it.
 */
export abstract class RetrainingClock {
  /** Epoch milliseconds. */
  abstract now(): number;
}

export class SystemRetrainingClock extends RetrainingClock {
  now(): number {
    return Date.now();
  }
}
