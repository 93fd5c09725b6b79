import { ErrorKind, PlatformError } from '@loopline/errors';
import { CronExpressionParser } from 'cron-parser';
import { RetrainingErrorCode } from '../retraining-error-code';

/** A model's retraining schedule: a five-field cron expression read in UTC. */
export class RetrainingSchedule {
  private constructor(
    readonly modelName: string,
    readonly expression: string,
  ) {}

  /** Checks the expression once, so a bad policy fails loudly instead of never firing. */
  static parse(modelName: string, expression: string): RetrainingSchedule {
    const fields = expression.trim().split(/\s+/);
    // cron-parser also reads six fields (seconds first); the policy format promises five.
    if (fields.length !== 5) throw invalid(modelName, expression, `it has ${fields.length} fields`);
    try {
      CronExpressionParser.parse(expression, { tz: 'UTC', currentDate: 0 });
    } catch (error) {
      throw invalid(modelName, expression, (error as Error).message);
    }
    return new RetrainingSchedule(modelName, expression.trim());
  }

  /**
   * The fire time to act on at `now`: the latest one at or before `now` and strictly after
   * `since` (when the schedule was first seen), or null. Only the latest missed time is returned:
   * after downtime the model retrains once on the newest data instead of once per missed time.
   */
  latestDue(since: number, now: number): number | null {
    if (now <= since) return null;
    // prev() is strictly before currentDate; one millisecond later includes `now` itself.
    const latest = this.iterate(now + 1)
      .prev()
      .getTime();
    return latest > since ? latest : null;
  }

  /** The first fire time strictly after `now`. */
  nextAfter(now: number): number {
    return this.iterate(now).next().getTime();
  }

  private iterate(currentDate: number) {
    return CronExpressionParser.parse(this.expression, { tz: 'UTC', currentDate });
  }
}

function invalid(modelName: string, expression: string, problem: string): PlatformError {
  return new PlatformError(
    RetrainingErrorCode.InvalidSchedule,
    `The retraining schedule "${expression}" of model ${modelName} is not a five-field cron expression (${problem}); write it as "minute hour day-of-month month day-of-week" in UTC, e.g. "0 3 * * 1".`,
    { kind: ErrorKind.InvalidInput, details: { modelName, expression, problem } },
  );
}
