import { RetrainingClock } from '../retraining-clock';

/** A clock tests set and move, so cool-downs, timeouts and schedules need no waiting. */
export class ManualClock extends RetrainingClock {
  constructor(private time: number) {
    super();
  }

  now(): number {
    return this.time;
  }

  set(epochMs: number): void {
    this.time = epochMs;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
