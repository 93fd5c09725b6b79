import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { canMoveRun, RUN_STATUSES, RunStatus } from './run-status';

describe('run lifecycle', () => {
  it('allows exactly the documented moves', () => {
    const allowed = RUN_STATUSES.flatMap((from) =>
      RUN_STATUSES.filter((to) => canMoveRun(from, to)).map((to) => `${from}->${to}`),
    );
    assert.deepEqual(allowed, [
      'queued->running',
      'queued->failed',
      'running->running',
      'running->succeeded',
      'running->failed',
      'failed->running',
    ]);
    assert.equal(canMoveRun(RunStatus.Succeeded, RunStatus.Running), false);
  });
});
