import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { JobsErrorCode } from '../errors/jobs-error-code';
import { assertTransition, canTransition, isFinal, JOB_TRANSITIONS, JobState } from './job-state';

const ALL = Object.values(JobState);

describe('job lifecycle', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = ALL.flatMap((from) =>
      ALL.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    assert.deepEqual(allowed.sort(), [
      'queued→running',
      'running→failed',
      'running→queued',
      'running→succeeded',
    ]);
  });

  it('ends in succeeded or failed, and only there', () => {
    assert.deepEqual(ALL.filter(isFinal).sort(), [JobState.Failed, JobState.Succeeded].sort());
    for (const state of ALL) assert.equal(isFinal(state), JOB_TRANSITIONS[state].length === 0);
  });

  it('refuses an illegal transition with a stable code', () => {
    for (const [from, to] of [
      [JobState.Queued, JobState.Succeeded],
      [JobState.Succeeded, JobState.Queued],
      [JobState.Failed, JobState.Running],
      [JobState.Running, JobState.Running],
    ] as const) {
      assert.throws(
        () => assertTransition(from, to),
        (error: unknown) =>
          error instanceof PlatformError &&
          error.code === JobsErrorCode.IllegalTransition &&
          !error.retriable,
        `${from}→${to}`,
      );
    }
    assertTransition(JobState.Running, JobState.Queued);
  });
});
