import { RetrainingSchedule } from '../retraining/domain/retraining-schedule';

/** What is wrong with a schedule's cron expression, or null: policies are checked at start-up. */
export function cronExpressionFault(expression: string): string | null {
  try {
    RetrainingSchedule.parse('policy', expression);
    return null;
  } catch (error) {
    return `is not a five-field cron expression (${(error as Error).message})`;
  }
}
