import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { TrackingTestWorld } from './test-support/tracking-test-world';
import { TrackingErrorCode } from './tracking-error-code';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OPTIMIZERS = ['adam', 'sgd', 'rmsprop'];
const q = encodeURIComponent;

async function rejects(promise: Promise<unknown>, code: TrackingErrorCode): Promise<void> {
  await assert.rejects(
    promise,
    (error: unknown) => error instanceof PlatformError && error.code === code,
  );
}

describe('experiment tracking (the real service and PostgreSQL)', () => {
  let world: TrackingTestWorld;
  /** The searchable runs: 24 succeeded runs of two models, every third without test_roc_auc. */
  const seeded: { id: string; model: string; optimizer: string; auc: number | null }[] = [];

  before(async () => {
    world = await TrackingTestWorld.start();
    for (let i = 0; i < 24; i++) {
      const model = i % 2 === 0 ? 'flights-delay' : 'seattle-weather';
      const optimizer = OPTIMIZERS[i % 3];
      // Ties on purpose (i and i + 12 share a value): pages must still cut cleanly.
      const auc = i % 3 === 2 ? null : 0.5 + (i % 12) / 40;
      const id = await world.createRun({
        modelName: model,
        params: { optimizer, 'batch size': String(32 * (1 + (i % 4))) },
        tags: { trigger: i % 4 === 0 ? 'drift' : 'schedule' },
      });
      await world.store.startAttempt(world.manager, id, 1, {
        backend: 'wasm',
        startedAt: new Date(),
      });
      await world.store.finishRun(world.manager, id, {
        status: 'succeeded',
        metrics: { val_loss: 1 - i / 100, ...(auc === null ? {} : { test_roc_auc: auc }) },
        artifacts: [],
        durationMs: 1000 + i,
        samplesPerSecond: 40_000 + i,
      });
      seeded.push({ id, model, optimizer, auc });
    }
  });
  after(() => world?.close());

  it('records a run through its attempts: a crash shows as an interrupted attempt', async () => {
    const id = await world.createRun({ params: { optimizer: 'adam' } });
    const startedAt = new Date(Date.now() - 5000);
    await world.store.startAttempt(world.manager, id, 1, { backend: 'wasm', startedAt });
    await world.store.logMetrics(world.manager, id, [{ key: 'loss', step: 0, value: 0.9 }]);
    // The process dies; the job runs again as attempt 2.
    const second = await world.store.startAttempt(world.manager, id, 2, {
      backend: 'cpu',
      startedAt: new Date(),
      featureSetId: 'fs-1',
      configHash: 'c'.repeat(64),
      params: { optimizer: 'adam', epochs: '5' },
      lineage: { seed: 7 },
    });
    assert.deepEqual(second.interrupted, [1]);
    await rejects(
      world.store.startAttempt(world.manager, id, 2, { backend: 'cpu', startedAt: new Date() }),
      TrackingErrorCode.AttemptNotNewer,
    );
    const artifact = {
      name: 'model',
      uri: 's3://m/x',
      sha256: 'a'.repeat(64),
      sizeBytes: 10,
      mediaType: 'application/json',
    };
    await world.store.finishRun(world.manager, id, {
      status: 'succeeded',
      metrics: { test_roc_auc: 0.81, diverged: Number.NaN },
      artifacts: [artifact],
      durationMs: 4200,
      samplesPerSecond: 41_000,
    });
    await rejects(
      world.store.finishRun(world.manager, id, {
        status: 'failed',
        error: { code: 'X', message: 'late', retriable: false },
      }),
      TrackingErrorCode.IllegalRunTransition,
    );
    assert.equal(await world.store.addCoalescedRequest(world.manager, id, 'req-2'), true);
    assert.equal(await world.store.addCoalescedRequest(world.manager, id, 'req-2'), false);
    await world.store.setTags(world.manager, id, { reviewed: 'yes' });

    const { status, body } = await world.api(`/runs/${id}`);
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.status, 'succeeded');
    assert.deepEqual(
      body.attemptHistory.map((a: Json) => [a.attempt, a.outcome, a.backend]),
      [
        [1, 'interrupted', 'wasm'],
        [2, 'succeeded', 'cpu'],
      ],
    );
    assert.match(body.attemptHistory[0].note, /attempt 2 started before this one ended/);
    assert.equal(body.attempts, 2);
    assert.equal(body.backend, 'cpu');
    assert.equal(body.startedAt, startedAt.toISOString());
    assert.deepEqual(body.params, { optimizer: 'adam', epochs: '5' });
    assert.equal(body.featureSetId, 'fs-1');
    assert.deepEqual(body.lineage, { seed: 7 });
    assert.equal(body.metrics.test_roc_auc, 0.81);
    assert.deepEqual(body.artifacts, [artifact]);
    assert.equal(body.coalesced, 1);
    assert.equal(body.requestIds.at(-1), 'req-2');
    assert.equal(body.tags.reviewed, 'yes');
    assert.equal(body.durationMs, 4200);
  });

  it('refuses what the lifecycle does not allow', async () => {
    await rejects(world.createRun({ id: seeded[0].id }), TrackingErrorCode.RunExists);
    await rejects(
      world.store.logMetrics(world.manager, randomUUID(), [{ key: 'loss', step: 0, value: 1 }]),
      TrackingErrorCode.RunNotFound,
    );
    const failed = await world.createRun();
    await world.store.finishRun(world.manager, failed, {
      status: 'failed',
      error: { code: 'TRAINING.NO_FEATURE_SET', message: 'no feature set', retriable: true },
    });
    const retried = await world.store.startAttempt(world.manager, failed, 1, {
      backend: 'wasm',
      startedAt: new Date(),
    });
    assert.deepEqual(retried.interrupted, []);
    assert.equal((await world.store.getRun(world.manager, failed))?.error, null);
  });

  it('searches by metric, param, tag and attribute, sorted by a metric, missing values last', async () => {
    const { status, body } = await world.api(
      `/runs?filter=${q("metrics.val_loss > 0.5 and params.optimizer IN ('adam', 'sgd') and tags.trigger = 'drift' and attributes.model_name = 'flights-delay'")}&orderBy=${q('metrics.test_roc_auc DESC, attributes.created_at')}`,
    );
    assert.equal(status, 200, JSON.stringify(body));
    const expected = seeded
      .map((run, i) => ({ ...run, i }))
      .filter(
        (run) => run.model === 'flights-delay' && run.i % 4 === 0 && run.optimizer !== 'rmsprop',
      )
      .sort((a, b) => (b.auc ?? -Infinity) - (a.auc ?? -Infinity) || a.i - b.i);
    assert.ok(expected.length >= 2);
    assert.deepEqual(
      body.runs.map((run: Json) => run.id),
      expected.map((run) => run.id),
    );
    assert.equal(body.nextPageToken, null);

    const byKeyWithSpace = await world.api(
      `/runs?filter=${q("params.`batch size` = '128' and attributes.status = 'succeeded'")}`,
    );
    assert.equal(byKeyWithSpace.body.runs.length, 6);
  });

  it('pages through every run once, in order, with a token bound to the search', async () => {
    const orderBy = q('metrics.test_roc_auc DESC');
    const filter = q("attributes.status = 'succeeded' and params.optimizer != 'none'");
    const seen: Json[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const page: { status: number; body: Json } = await world.api(
        `/runs?filter=${filter}&orderBy=${orderBy}&limit=5${token === null ? '' : `&pageToken=${q(token)}`}`,
      );
      assert.equal(page.status, 200, JSON.stringify(page.body));
      seen.push(...page.body.runs);
      token = page.body.nextPageToken;
      pages++;
    } while (token !== null);
    const ids = seen.map((run) => run.id);
    assert.equal(new Set(ids).size, ids.length, 'a run appeared twice');
    const aucs = seen.map((run) => run.metrics.test_roc_auc ?? null);
    const withAuc = aucs.filter((auc) => auc !== null);
    assert.deepEqual(
      withAuc,
      [...withAuc].sort((a, b) => b - a),
    );
    assert.ok(aucs.indexOf(null) === withAuc.length, 'runs without the metric come last');
    assert.ok(pages >= 5);
    for (const run of seeded) assert.ok(ids.includes(run.id));

    const first = await world.api(`/runs?orderBy=${orderBy}&limit=5`);
    const mismatched = await world.api(
      `/runs?orderBy=${q('metrics.val_loss')}&limit=5&pageToken=${q(first.body.nextPageToken)}`,
    );
    assert.equal(mismatched.status, 400);
    assert.equal(mismatched.body.code, TrackingErrorCode.InvalidPageToken);
  });

  it('answers a filter it cannot read with 400 and where it went wrong', async () => {
    const bad = await world.api(`/runs?filter=${q("metrics.auc > 'high'")}`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, TrackingErrorCode.InvalidFilter);
    assert.equal(bad.body.details.position, 15);
    const badOrder = await world.api(`/runs?orderBy=${q('metrics.auc SIDEWAYS')}`);
    assert.equal(badOrder.body.code, TrackingErrorCode.InvalidOrderBy);
    const badLimit = await world.api('/runs?limit=0');
    assert.equal(badLimit.status, 400);
    assert.equal(badLimit.body.code, TrackingErrorCode.InvalidQuery);
  });

  it('compares runs side by side and names the params that differ', async () => {
    const [a, b] = [seeded[0], seeded[1]];
    const { status, body } = await world.api(`/runs/compare?ids=${b.id},${a.id}`);
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(
      body.runs.map((run: Json) => run.id),
      [b.id, a.id],
    );
    assert.deepEqual(body.differingParams, ['batch size', 'optimizer']);
    assert.ok(body.differingMetrics.includes('val_loss'));
    const missing = await world.api(`/runs/compare?ids=${a.id},${randomUUID()}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, TrackingErrorCode.RunNotFound);
    const one = await world.api(`/runs/compare?ids=${a.id}`);
    assert.equal(one.status, 400);
  });

  it('keeps metric histories by step, replaces a re-logged step, and thins on request', async () => {
    const id = seeded[3].id;
    const points = Array.from({ length: 1000 }, (_, step) => [
      { key: 'val/loss', step, value: 1 / (step + 1) },
      { key: 'accuracy', step, value: step / 1000 },
    ]).flat();
    assert.equal(await world.store.logMetrics(world.manager, id, points.reverse()), 2000);
    await world.store.logMetrics(world.manager, id, [{ key: 'accuracy', step: 999, value: 0.5 }]);

    const history = await world.api(`/runs/${id}/metrics/${q('val/loss')}/history`);
    assert.equal(history.status, 200, JSON.stringify(history.body));
    assert.equal(history.body.points.length, 1000);
    assert.deepEqual(
      history.body.points.map((p: Json) => p.step),
      Array.from({ length: 1000 }, (_, step) => step),
    );
    const thinned = await world.api(`/runs/${id}/metrics/accuracy/history?maxPoints=50`);
    assert.equal(thinned.body.totalPoints, 1000);
    assert.equal(thinned.body.downsampled, true);
    assert.ok(thinned.body.points.length <= 50 && thinned.body.points.length >= 40);
    assert.equal(thinned.body.points[0].step, 0);
    assert.deepEqual(thinned.body.points.at(-1), {
      ...thinned.body.points.at(-1),
      step: 999,
      value: 0.5,
    });

    const summary = await world.api(`/runs/${id}/metrics`);
    assert.deepEqual(
      summary.body.metrics.map((m: Json) => [m.key, m.count, m.lastStep, m.lastValue]),
      [
        ['accuracy', 1000, 999, 0.5],
        ['val/loss', 1000, 999, 0.001],
      ],
    );
    const unknownKey = await world.api(`/runs/${id}/metrics/nope/history`);
    assert.equal(unknownKey.status, 404);
    assert.equal(unknownKey.body.code, TrackingErrorCode.MetricNotFound);
    const unknownRun = await world.api(`/runs/${randomUUID()}/metrics`);
    assert.equal(unknownRun.status, 404);
    assert.equal(unknownRun.body.code, TrackingErrorCode.RunNotFound);
    assert.equal((await world.api('/runs/not-a-uuid')).status, 404);
  });
});
