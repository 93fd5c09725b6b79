import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RetrainingSchedule } from './retraining-schedule';

const at = (iso: string) => Date.parse(iso);

describe('RetrainingSchedule', () => {
  const hourly = RetrainingSchedule.parse('flights', '0 * * * *');

  it('is due at its time exactly, and not before the schedule was first seen', () => {
    const since = at('2030-01-01T10:30:00Z');
    assert.equal(hourly.latestDue(since, at('2030-01-01T10:59:59.999Z')), null);
    assert.equal(hourly.latestDue(since, at('2030-01-01T11:00:00Z')), at('2030-01-01T11:00:00Z'));
    assert.equal(hourly.latestDue(since, at('2030-01-01T11:20:00Z')), at('2030-01-01T11:00:00Z'));
    // A time equal to the first sighting is not after it.
    assert.equal(hourly.latestDue(at('2030-01-01T11:00:00Z'), at('2030-01-01T11:20:00Z')), null);
  });

  it('returns only the latest missed time after downtime', () => {
    const since = at('2030-01-01T10:30:00Z');
    assert.equal(hourly.latestDue(since, at('2030-01-01T14:10:00Z')), at('2030-01-01T14:00:00Z'));
  });

  it('reads the expression in UTC and gives the next time', () => {
    const weekly = RetrainingSchedule.parse('flights', '30 3 * * 1');
    // 2030-01-01 is a Tuesday; the next Monday is 2030-01-07.
    assert.equal(weekly.nextAfter(at('2030-01-01T00:00:00Z')), at('2030-01-07T03:30:00Z'));
  });

  it('refuses anything but a valid five-field expression, with the code and what to write', () => {
    for (const expression of ['0 0 * * * *', '* * * *', '61 * * * *', 'every day'])
      assert.throws(
        () => RetrainingSchedule.parse('flights', expression),
        (error: Error & { code?: string }) =>
          error.code === 'MONITORING.INVALID_RETRAINING_SCHEDULE' &&
          /minute hour day-of-month month day-of-week/.test(error.message),
        expression,
      );
  });
});
