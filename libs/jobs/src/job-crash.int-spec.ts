import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { waitFor } from '@loopline/testing';
import { JobScript } from './test-support/job-script';
import { FAST_JOBS, JobsTestWorld } from './test-support/jobs-test-world';

describe('a worker process that dies mid-job', { timeout: 90_000 }, () => {
  it('is killed with SIGKILL while running a job; after its lease expires another worker completes the job exactly once', async () => {
    const w = new JobsTestWorld();
    const leaseMs = FAST_JOBS.leaseMs!;
    const enqueuer = await w.start(new JobScript(), { ...FAST_JOBS, workerEnabled: false });
    const ds = enqueuer.dataSource;
    const child = spawn(
      process.execPath,
      [
        join(__dirname, 'test-support', 'crash-worker.js'),
        JSON.stringify({
          schema: w.schema,
          topicPrefix: w.topicPrefix,
          jobs: { ...FAST_JOBS, workerId: 'doomed-worker' },
        }),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    try {
      const { id } = await w.enqueue(enqueuer, 'flight-delay');
      await waitFor(
        async () => {
          if (child.exitCode !== null) throw new Error(`crash worker exited:\n${output}`);
          const job = await w.job(ds, id);
          return job.state === 'running' && job.lease_owner === 'doomed-worker';
        },
        { timeoutMs: 30_000, description: 'the child process to claim the job' },
      );

      // A second replica is up; as long as the doomed worker renews its lease, the job stays its.
      const survivorScript = new JobScript();
      await w.start(survivorScript, { ...FAST_JOBS, workerId: 'survivor' });
      const [{ now: survivorUp }] = await ds.query('SELECT now()');
      await waitFor(
        async () => {
          const job = await w.job(ds, id);
          assert.deepEqual([job.lease_owner, job.attempts], ['doomed-worker', 1]);
          return job.lease_expires_at!.getTime() > survivorUp.getTime() + 2 * leaseMs;
        },
        { description: 'the doomed worker to renew its lease with the survivor running' },
      );

      child.kill('SIGKILL');
      const [, signal] = await exited;
      assert.equal(signal, 'SIGKILL');

      const done = await waitFor(
        async () => {
          const job = await w.job(ds, id);
          return (job.state === 'succeeded' || job.state === 'failed') && job;
        },
        { description: 'another worker to finish the job' },
      );
      assert.deepEqual(
        [done.state, done.attempts, done.lease_owner, done.error_code],
        ['succeeded', 2, 'survivor', 'JOBS.LEASE_EXPIRED'],
      );
      assert.equal(survivorScript.callsFor(id), 1);
      assert.deepEqual(await w.resultsFor(ds, id), [{ worker: 'survivor', attempt: 2 }]);
      assert.equal((await w.outbox(ds, 'ModelTrained')).length, 1);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await w.cleanup();
    }
  });
});
