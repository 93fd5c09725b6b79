import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import {
  AvroSingleObjectCodec,
  EventHeader,
  type FeatureSetMaterialized,
  type TrainingFailed,
} from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { AvroEventSerializer, createEventMetadata, TopicNamer } from '@loopline/messaging';
import {
  testStackConfig,
  TopicRecorder,
  uniqueName,
  waitFor,
  contractSample,
} from '@loopline/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { JobsErrorCode } from './errors/jobs-error-code';
import { JobScript } from './test-support/job-script';
import { FAST_JOBS, JobsTestWorld } from './test-support/jobs-test-world';

const stack = testStackConfig();
const codec = new AvroSingleObjectCodec();
const materialized: FeatureSetMaterialized = contractSample('FeatureSetMaterialized');

const isFinal = (state: string) => state === 'succeeded' || state === 'failed';

let producer: Producer;
before(async () => {
  producer = new Kafka({
    clientId: 'it-jobs-raw',
    brokers: stack.brokers,
    logLevel: logLevel.NOTHING,
  }).producer();
  await producer.connect();
});
after(() => producer.disconnect());

// Tests run one at a time: two measure latencies that a crowded 2-core machine would blur.
describe('jobs against the real PostgreSQL (and Kafka)', { timeout: 90_000 }, () => {
  it('accepts the event in milliseconds, runs the job for seconds outside the callback, and commits its result with its event exactly once', async () => {
    const w = new JobsTestWorld();
    const script = new JobScript();
    const WORK_MS = 2_500; // longer than two leases: it only succeeds if the lease is renewed
    script.behave = (_job, _call, signal) => delay(WORK_MS, undefined, { signal });
    const service = await w.start(script, FAST_JOBS, {
      consumes: true,
      relayEnabled: true,
      consumerGroup: uniqueName('it-jobs'),
    });
    const topics = new TopicNamer(w.topicPrefix);
    const results = await new TopicRecorder(stack.brokers, topics.topicFor('ModelTrained')).start();
    try {
      const trigger = new AvroEventSerializer(codec).serialize({
        name: 'FeatureSetMaterialized',
        payload: materialized,
        metadata: createEventMetadata('FeatureSetMaterialized', 'it-feature-store', {
          correlationId: 'run-42',
        }),
      });
      const triggerId = trigger.headers[EventHeader.EventId];
      // Delivered twice, as after a rebalance: the inbox must start one job, not two.
      await producer.send({
        topic: topics.topicFor('FeatureSetMaterialized'),
        messages: [trigger, trigger],
      });

      const [accepted, duplicate] = await waitFor(
        () => script.consumed.length >= 2 && script.consumed,
        { description: 'both deliveries to be handled' },
      );
      assert.ok(accepted.jobId, 'the first delivery enqueued a job');
      assert.equal(duplicate.jobId, undefined, 'the redelivery changed nothing');
      const jobId = accepted.jobId;
      assert.ok(accepted.durationMs < 500, `consumer callback took ${accepted.durationMs} ms`);
      const whenAccepted = await w.job(service.dataSource, jobId);
      assert.ok(
        !isFinal(whenAccepted.state),
        'the job was still to run when the callback returned',
      );

      const done = await waitFor(
        async () => {
          const job = await w.job(service.dataSource, jobId);
          return isFinal(job.state) && job;
        },
        { description: 'the job to finish' },
      );
      assert.equal(done.state, 'succeeded');
      assert.equal(done.attempts, 1, 'renewed leases kept the job on its first attempt');
      assert.equal(done.causation_id, triggerId);
      assert.equal(done.correlation_id, 'run-42');
      const ranForMs = done.finished_at!.getTime() - done.started_at!.getTime();
      assert.ok(ranForMs >= WORK_MS, `job ran ${ranForMs} ms`);
      assert.ok(done.finished_at!.getTime() - accepted.returnedAt >= WORK_MS - 500);
      assert.deepEqual(done.result, {
        modelUri: `s3://it-models/${materialized.featureViewName}/${jobId}`,
        trainedForMs: (done.result as { trainedForMs: number }).trainedForMs,
      });

      assert.equal((await w.resultsFor(service.dataSource, jobId)).length, 1);
      const [published] = await results.waitForCount(1);
      assert.equal(published.headers[EventHeader.CausationId], triggerId);
      assert.equal(published.headers[EventHeader.CorrelationId], 'run-42');
      assert.equal(
        published.headers[EventHeader.Traceparent].split('-')[1],
        trigger.headers[EventHeader.Traceparent].split('-')[1],
        "the result event continues the trigger's trace",
      );
      const outbox = await w.outbox(service.dataSource, 'ModelTrained');
      assert.equal(outbox.length, 1);
      assert.equal(outbox[0].headers[EventHeader.EventId], published.headers[EventHeader.EventId]);
      assert.equal(results.messages.length, 1);
    } finally {
      await results.stop();
      await w.cleanup();
    }
  });

  it('retries a retriable failure with backoff until it succeeds; fails a permanent one at once with its code', async () => {
    const w = new JobsTestWorld();
    const script = new JobScript();
    script.behave = async (job, call) => {
      if (job.key === 'flaky' && call <= 2)
        throw new PlatformError('IT.GPU_BUSY', 'no GPU free', { kind: ErrorKind.Unavailable });
      if (job.key === 'broken')
        throw new PlatformError('IT.BAD_CONFIG', 'learning rate < 0', {
          kind: ErrorKind.InvalidInput,
        });
      if (job.key === 'down')
        throw new PlatformError('IT.STORE_DOWN', 'object store down', {
          kind: ErrorKind.Unavailable,
        });
    };
    const service = await w.start(script, FAST_JOBS);
    try {
      const flaky = await w.enqueue(service, 'flaky', 3);
      const broken = await w.enqueue(service, 'broken', 3);
      const down = await w.enqueue(service, 'down', 3);
      const [f, b, d] = await waitFor(
        async () => {
          const jobs = await Promise.all(
            [flaky, broken, down].map((job) => w.job(service.dataSource, job.id)),
          );
          return jobs.every((job) => isFinal(job.state)) && jobs;
        },
        { description: 'all three jobs to finish' },
      );

      assert.deepEqual([f.state, f.attempts, f.error_code], ['succeeded', 3, 'IT.GPU_BUSY']);
      assert.equal(script.callsFor(flaky.id), 3);
      assert.equal((await w.resultsFor(service.dataSource, flaky.id)).length, 1);

      assert.deepEqual([b.state, b.attempts, b.error_code], ['failed', 1, 'IT.BAD_CONFIG']);
      assert.equal(script.callsFor(broken.id), 1, 'a permanent error is not retried');

      assert.deepEqual([d.state, d.attempts, d.error_code], ['failed', 3, 'IT.STORE_DOWN']);
      assert.equal(script.callsFor(down.id), 3, 'a retriable error stops at the attempt cap');

      assert.equal((await w.outbox(service.dataSource, 'ModelTrained')).length, 1);
      const failures = (await w.outbox(service.dataSource, 'TrainingFailed')).map(
        (row) => codec.decode('TrainingFailed', row.payload) as TrainingFailed,
      );
      assert.deepEqual(
        failures.map((event) => [event.modelName, event.errorCode, event.retriable]).sort(),
        [
          ['broken', 'IT.BAD_CONFIG', false],
          ['down', 'IT.STORE_DOWN', true],
        ],
      );
    } finally {
      await w.cleanup();
    }
  });

  it('never runs one job on two workers at once, and commits each job exactly once', async () => {
    const w = new JobsTestWorld();
    const script = new JobScript(); // shared: a job running on both workers shows as an overlap
    script.behave = (_job, _call, signal) => delay(150, undefined, { signal });
    const a = await w.start(script, { ...FAST_JOBS, workerId: 'worker-a', concurrency: 3 });
    await w.start(script, { ...FAST_JOBS, workerId: 'worker-b', concurrency: 3 });
    try {
      const ids = await a.dataSource.transaction(async (manager) => {
        const enqueued = [];
        for (let i = 0; i < 16; i++) {
          enqueued.push(
            await a.queue.enqueue(manager, {
              kind: 'it-train-model',
              key: `model-${i}`,
              input: { featureSetId: `fs-${i}` },
            }),
          );
        }
        return enqueued.map((job) => job.id);
      });
      const jobs = await waitFor(
        async () => {
          const rows = await Promise.all(ids.map((id) => w.job(a.dataSource, id)));
          return rows.every((row) => isFinal(row.state)) && rows;
        },
        { description: 'all 16 jobs to finish' },
      );
      assert.deepEqual(script.overlaps, []);
      assert.ok(jobs.every((job) => job.state === 'succeeded' && job.attempts === 1));
      assert.ok(
        ids.every((id) => script.callsFor(id) === 1),
        'every job ran once',
      );
      const workers = new Set(ids.flatMap((id) => script.ranBy.get(id) ?? []));
      assert.deepEqual([...workers].sort(), ['worker-a', 'worker-b'], 'both workers took jobs');
      const results: { distinct: number; count: number }[] = await a.dataSource.query(
        `SELECT count(DISTINCT job_id)::int AS distinct, count(*)::int AS count FROM "${w.schema}".training_results`,
      );
      assert.deepEqual(results[0], { distinct: 16, count: 16 });
      assert.equal((await w.outbox(a.dataSource, 'ModelTrained')).length, 16);
    } finally {
      await w.cleanup();
    }
  });

  it('stops a worker whose lease was taken over, and discards what it returns', async () => {
    const w = new JobsTestWorld();
    const script = new JobScript();
    // Stops when told, but returns a result anyway: fencing, not the handler, must refuse it.
    script.behave = (_job, _call, signal) =>
      new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    const service = await w.start(script, { ...FAST_JOBS, workerId: 'worker-a' });
    try {
      const { id } = await w.enqueue(service, 'contested');
      await waitFor(async () => (await w.job(service.dataSource, id)).state === 'running');
      // What another worker's claim after an expiry looks like: new owner, next attempt.
      await service.dataSource.query(
        `UPDATE "${w.schema}".jobs SET lease_owner = 'worker-b', attempts = attempts + 1,
           lease_expires_at = now() + interval '1 hour' WHERE id = $1`,
        [id],
      );
      const [abort] = await waitFor(() => script.aborts.length > 0 && script.aborts);
      assert.equal((abort.reason as PlatformError).code, JobsErrorCode.LeaseLost);
      await waitFor(() => service.worker.runningCount() === 0);

      const job = await w.job(service.dataSource, id);
      assert.deepEqual([job.state, job.lease_owner, job.attempts], ['running', 'worker-b', 2]);
      assert.equal((await w.resultsFor(service.dataSource, id)).length, 0);
      assert.equal((await w.outbox(service.dataSource, 'ModelTrained')).length, 0);
    } finally {
      await w.cleanup();
    }
  });

  it('on shutdown, requeues jobs that stop on the signal and leaves the others to lease expiry', async () => {
    const w = new JobsTestWorld();
    const script = new JobScript();
    script.behave = async (job, _call, signal) => {
      // 'stubborn' ignores the signal, as CPU-bound code that never checks it would.
      await delay(60_000, undefined, job.key === 'stubborn' ? { ref: false } : { signal });
    };
    const observer = await w.start(new JobScript(), { ...FAST_JOBS, workerEnabled: false });
    const service = await w.start(script, {
      ...FAST_JOBS,
      workerId: 'worker-a',
      concurrency: 2,
      shutdownGraceMs: 1_000,
    });
    const ds = observer.dataSource;
    try {
      const polite = await w.enqueue(observer, 'polite');
      const stubborn = await w.enqueue(observer, 'stubborn');
      await waitFor(async () => {
        const jobs = await Promise.all([polite, stubborn].map((job) => w.job(ds, job.id)));
        return jobs.every((job) => job.state === 'running');
      });

      const closing = Date.now();
      await service.close();
      const tookMs = Date.now() - closing;
      assert.ok(tookMs < 5_000, `shutdown took ${tookMs} ms`);

      const p = await w.job(ds, polite.id);
      assert.deepEqual(
        [p.state, p.attempts, p.lease_expires_at],
        ['queued', 0, null],
        'interrupted by shutdown: requeued, the attempt not held against it',
      );
      const s = await w.job(ds, stubborn.id);
      assert.deepEqual([s.state, s.lease_owner], ['running', 'worker-a']);
      await waitFor(
        async () => {
          const [{ expired }] = await ds.query(
            `SELECT lease_expires_at < now() AS expired FROM "${w.schema}".jobs WHERE id = $1`,
            [stubborn.id],
          );
          return expired === true;
        },
        { description: 'the abandoned lease to run out (it is no longer renewed)' },
      );
    } finally {
      await w.cleanup();
    }
  });
});
